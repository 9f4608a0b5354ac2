/**
 * Text tables of profiles, in the formats of the Python tools they copy (statprof's for samples). They write to a
 * {@code PrintWriter} and depend only on {@code model}.
 */
package workbench.report;
