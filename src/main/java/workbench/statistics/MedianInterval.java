package workbench.statistics;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The median of a sample with a distribution-free confidence interval for the population's median.
 *
 * <p>Each value falls below the population median with probability ½, so the number below it is Binomial(n, ½)
 * whatever the distribution: the interval from the k-th smallest to the k-th largest value misses the median with
 * probability 2 P(B &lt; k). k is the largest rank that keeps this within 1 - level. Run times are skewed and have
 * outliers, which is why this, and not mean ± t·s, is the interval for them.
 *
 * <p>Below six values even the whole range cannot reach 95 % (it has 1 - 2<sup>1-n</sup>): the interval is then
 * the sample's minimum to maximum and its {@link Estimate#level()} says what it does reach.
 */
public final class MedianInterval {

    /** The confidence level used when none is given. */
    public static final double DEFAULT_LEVEL = 0.95;

    private MedianInterval() {
    }

    /** @return the median with its 95 % interval; see {@link #of(double[], double)} */
    public static Estimate of(double[] sample) {
        return of(sample, DEFAULT_LEVEL);
    }

    /**
     * @param sample the values (not modified)
     * @param level  the confidence wanted, in (0, 1)
     * @return the median and its interval; {@link Estimate#UNKNOWN} for an empty sample
     * @throws IllegalArgumentException if a value is NaN or the level is not in (0, 1)
     */
    public static Estimate of(double[] sample, double level) {
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level " + level + " is not in (0, 1)");
        int n = sample.length;
        if (n == 0) return Estimate.UNKNOWN;
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[n - 1])) throw new IllegalArgumentException("the sample holds NaN");
        BinomialDistribution below = BinomialDistribution.of(n, 0.5);
        double tail = (1 - level) / 2;
        int k = 1;
        // P(B < k + 1) = P(B <= k); the ends must not cross, hence k + 1 <= n - k.
        while (2 * (k + 1) <= n + 1 && below.cumulativeProbability(k) <= tail) {
            k++;
        }
        double reached = Math.max(0, 1 - 2 * below.cumulativeProbability(k - 1));
        return new Estimate(Median.withDefaults().evaluate(sorted), sorted[k - 1], sorted[n - k], reached);
    }
}
