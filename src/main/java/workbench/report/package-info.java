/** Tables printed from the profile model, in the formats of the tools they copy (pstats for the traced mode). */
package workbench.report;
