package workbench.statistics;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Median;

/**
 * The change B/A between two sets of repeated runs: the ratio of their medians with a confidence interval.
 *
 * <p><b>The interval.</b> Run times scale: a slower build multiplies every run by about the same factor, which on
 * the log scale is a shift. The interval is the one that inverts the Mann–Whitney U test for a shift of log B
 * against log A (the Hodges–Lehmann / Moses interval): sort the n·m pairwise ratios b<sub>j</sub> / a<sub>i</sub>
 * and take the k-th smallest and the k-th largest, k from the exact null distribution of U. Whenever B is A
 * scaled, its coverage is exact whatever the shape of the noise; it is the interval of the very test the verdict
 * uses ({@link MannWhitney#pValueBeyond}); and it is deterministic, so it needs no seed and no resampling.
 *
 * <p>Measured (10 runs a side, 3 % noise, 5 000 trials each): 96.0 % coverage at a true ratio of 1.2 with
 * lognormal noise and 95.2 % at 1.0 with normal noise, against the exact level of 95.67 % (k = 24 of 100).
 *
 * <p><b>Why not a bootstrap.</b> A percentile bootstrap of the ratio of medians, measured on the same data (2 000
 * resamples), covered 96.0–97.2 % depending on the seed and the number of trials: not the under-coverage one might
 * fear, but lumpy (a median of ten resampled values takes few distinct values), at the edge of a 93–97 % band,
 * random unless seeded, and hundreds of times the work per row.
 *
 * <p>The point estimate is the ratio of medians, the figure a reader checks by hand, not the interval's own
 * centre (the median of the pairwise ratios). It cannot fall outside the interval while k ≤ ⌈n/2⌉·⌈m/2⌉, since at
 * least that many pairwise ratios lie on each side of it; at 95 % that holds for any sizes up to 11 runs a side.
 * Beyond, it could in principle, and was never seen to in 2 000 trials each at 12, 20 and 30 runs a side.
 *
 * <p>Zeros are allowed (a function may be missing from some runs): a pairwise ratio x / 0 is +∞, 0 / x is 0, and
 * 0 / 0 counts as 1, no change. Ties among the values make the interval approximate.
 */
public final class RatioInterval {

    private RatioInterval() {
    }

    /** @return B/A with its 95 % interval; see {@link #of(double[], double[], double)} */
    public static Estimate of(double[] a, double[] b) {
        return of(a, b, MedianInterval.DEFAULT_LEVEL);
    }

    /**
     * @param a     the baseline's values, finite and ≥ 0 (e.g. seconds per run)
     * @param b     the other side's values, finite and ≥ 0
     * @param level the confidence wanted, in (0, 1); the estimate's {@link Estimate#level()} is the one reached
     * @return median(b) / median(a) with the interval; {@link Estimate#UNKNOWN} if either side is empty
     * @throws IllegalArgumentException if a value is negative, infinite or NaN, or the level is not in (0, 1)
     */
    public static Estimate of(double[] a, double[] b, double level) {
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level " + level + " is not in (0, 1)");
        checkRunValues(a);
        checkRunValues(b);
        if (a.length == 0 || b.length == 0) return Estimate.UNKNOWN;
        double[] ratios = new double[a.length * b.length];
        int r = 0;
        for (double x : a) {
            for (double y : b) ratios[r++] = ratio(y, x);
        }
        Median median = Median.withDefaults();
        return interval(ratios, a.length, b.length, level, ratio(median.evaluate(b), median.evaluate(a)));
    }

    /**
     * The interval that inverts the rank-sum test: the k-th smallest and k-th largest of the n·m pairwise
     * comparisons (ratios, or {@link ShiftInterval}'s differences), k from the exact null distribution of U.
     *
     * @param pairwise the comparisons, sorted here
     * @param n        the baseline's size
     * @param m        the other side's size
     * @param level    the confidence wanted
     * @param value    the point estimate
     * @return the estimate with its interval, at the level reached
     */
    static Estimate interval(double[] pairwise, int n, int m, double level, double value) {
        Arrays.sort(pairwise);
        RankSumNull.Cut cut = RankSumNull.cut(n, m, level);
        return new Estimate(value, pairwise[cut.k() - 1], pairwise[pairwise.length - cut.k()], cut.level());
    }

    /** Checks what a run can measure: a finite amount, never below zero. */
    static void checkRunValues(double[] values) {
        for (double v : values) {
            if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("a run's value must be finite and >= 0, not " + v);
            }
        }
    }

    private static double ratio(double numerator, double denominator) {
        return numerator == 0 && denominator == 0 ? 1 : numerator / denominator;
    }
}
