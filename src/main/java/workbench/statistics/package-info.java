/**
 * The statistics behind {@code compare} and {@code overhead}: medians with distribution-free confidence intervals,
 * the change B/A between two sets of repeated runs with its interval, the Mann–Whitney U test, the
 * Benjamini–Hochberg correction across many rows, a verdict per row, and rank agreement between profilers.
 *
 * <p>Depends on nothing else in workbench: only the JDK and Apache Commons Statistics (with the Commons RNG and
 * Numbers it brings). The U test, the binomial and normal distributions and the median come from Commons
 * Statistics; what it lacks is written here.
 */
package workbench.statistics;
