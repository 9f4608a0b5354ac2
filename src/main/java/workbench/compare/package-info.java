/**
 * Comparing runs with statistics: per-run values of a measure by identity ({@link workbench.compare.Measure}), the
 * comparison of two run sets with confidence intervals and verdicts ({@link workbench.compare.Comparison}), and its
 * printing. Reads the model, decides with {@code workbench.statistics}, names rows with the report's labels.
 */
package workbench.compare;
