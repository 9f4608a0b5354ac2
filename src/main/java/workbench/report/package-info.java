/**
 * Text tables of profiles, in the formats of the Python tools they copy: pstats for the traced mode, statprof for
 * samples, line_profiler for lines. They write to a {@code PrintWriter} and depend only on {@code model}.
 */
package workbench.report;
