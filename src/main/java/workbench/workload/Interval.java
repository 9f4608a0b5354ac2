package workbench.workload;

/**
 * A bootstrap confidence interval of the mean, with the fields of the source document's result dict.
 *
 * @param lower lower bound
 * @param upper upper bound
 * @param value the sample mean
 * @param num   the number of data values
 */
public record Interval(double lower, double upper, double value, int num) {
}
