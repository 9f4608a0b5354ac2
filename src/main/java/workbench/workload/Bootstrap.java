package workbench.workload;

/** One way of computing the bootstrap confidence interval; each variant is its own class so profiles tell them apart. */
public interface Bootstrap {

    /**
     * Resamples {@code values} {@code iterations} times with replacement and returns the pivotal interval.
     *
     * @param values     the data
     * @param iterations number of resamples, at least 2
     * @param alpha      1 − confidence level, in (0, 1)
     * @return the interval
     */
    Interval confidenceInterval(double[] values, int iterations, double alpha);
}
