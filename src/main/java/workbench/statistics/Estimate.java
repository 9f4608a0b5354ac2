package workbench.statistics;

/**
 * A point estimate with its confidence interval.
 *
 * <p>The intervals in this package are distribution-free and built from order statistics, so the confidence they
 * reach is a step function of the sample sizes: {@code level} is the level the interval actually has (at least the
 * one asked for whenever the sample is large enough to reach it), not the level that was asked for.
 *
 * <p>The value need not lie inside the interval: {@link RatioInterval} pairs the ratio of medians with an interval
 * from a different, better covering method, and in rare samples the two disagree.
 *
 * @param value the point estimate, NaN when there is nothing to estimate from
 * @param lower the interval's lower end, NaN when unknown
 * @param upper the interval's upper end, NaN when unknown
 * @param level the confidence level the interval has, in [0, 1], NaN when unknown
 */
public record Estimate(double value, double lower, double upper, double level) {

    /** The estimate of an empty sample: every field NaN. */
    public static final Estimate UNKNOWN = new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /**
     * @throws IllegalArgumentException if {@code lower > upper} or {@code level} lies outside [0, 1]
     */
    public Estimate {
        if (lower > upper) throw new IllegalArgumentException("interval [" + lower + ", " + upper + "] is reversed");
        if (level < 0 || level > 1) throw new IllegalArgumentException("level " + level + " is not in [0, 1]");
    }

    /** @return whether {@code x} lies in the closed interval; false when the interval is unknown */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /** @return whether there was data to estimate from (the value is not NaN) */
    public boolean isKnown() {
        return !Double.isNaN(value);
    }
}
