package workbench.statistics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The null distribution of the Mann–Whitney U statistic (the number of pairs in which the first sample's value is
 * the larger), and from it the order statistic that bounds a distribution-free interval for a shift.
 *
 * <p>Commons Statistics computes this distribution inside {@code MannWhitneyUTest} but does not expose it, and an
 * interval needs its quantiles rather than a p-value. Like the library's {@code AUTO} method, it is exact while
 * both samples have fewer than {@value #EXACT_LIMIT} values and normal (with continuity correction) beyond.
 */
final class RankSumNull {

    /** Sizes from which the normal approximation is used: the same limit as the library's {@code AUTO}. */
    static final int EXACT_LIMIT = 50;

    /** Exact CDFs by (n, m): compare asks the same sizes for every row, and the table costs O(n² m²). */
    private static final Map<Long, double[]> CDF = new ConcurrentHashMap<>();

    private RankSumNull() {
    }

    /**
     * Where to cut the sorted n·m pairwise comparisons: the interval runs from the k-th smallest to the k-th
     * largest, where k is the largest rank with P(U &lt; k) ≤ (1 - level) / 2, so that each side misses with at
     * most half the allowed error. When even k = 1 misses more, the interval is the whole range (k = 1) and its
     * {@code level} says how little it reaches.
     *
     * @param k     the rank (1-based) of the interval's ends among the sorted comparisons
     * @param level the confidence the interval actually has: 1 - 2 P(U &lt; k)
     */
    record Cut(int k, double level) {
    }

    /** @return the cut for samples of n and m values (n, m ≥ 1) at the requested confidence level */
    static Cut cut(int n, int m, double level) {
        double tail = (1 - level) / 2;
        long pairs = (long) n * m;
        int k = 1;
        // P(U < k) grows with k; the interval must keep k ≤ pairs + 1 - k, so k stops at the middle.
        while (2L * (k + 1) <= pairs + 1 && cdf(n, m, k) <= tail) {
            k++;
        }
        return new Cut(k, Math.max(0, 1 - 2 * cdf(n, m, k - 1)));
    }

    /** @return P(U ≤ u) under the null hypothesis for samples of n and m distinct values */
    static double cdf(int n, int m, int u) {
        if (u < 0) return 0;
        if (u >= (long) n * m) return 1;
        if (Math.max(n, m) >= EXACT_LIMIT) {
            double mean = n * (double) m / 2;
            double sd = Math.sqrt(n * (double) m * (n + m + 1) / 12);
            return NormalDistribution.of(0, 1).cumulativeProbability((u + 0.5 - mean) / sd);
        }
        return CDF.computeIfAbsent(((long) n << 32) | m, key -> exactCdf(n, m))[u];
    }

    /**
     * The exact CDF by the recurrence on the largest of the n + m values: it belongs to the first sample with
     * probability n / (n + m) and then beats all m values of the second, so
     * {@code P(n, m; u) = n/(n+m) P(n-1, m; u-m) + m/(n+m) P(n, m-1; u)}. Probabilities, not counts, so that
     * nothing overflows; only the previous row of the (i, j) table is kept.
     */
    private static double[] exactCdf(int n, int m) {
        double[][] previous = new double[m + 1][];
        for (int j = 0; j <= m; j++) previous[j] = new double[] {1}; // i = 0: U is 0 for sure
        for (int i = 1; i <= n; i++) {
            double[][] row = new double[m + 1][];
            row[0] = new double[] {1};
            for (int j = 1; j <= m; j++) {
                double[] d = new double[i * j + 1];
                double first = (double) i / (i + j);
                double[] left = previous[j];
                double[] down = row[j - 1];
                for (int u = 0; u < d.length; u++) {
                    double fromFirst = u >= j && u - j < left.length ? left[u - j] : 0;
                    double fromSecond = u < down.length ? down[u] : 0;
                    d[u] = first * fromFirst + (1 - first) * fromSecond;
                }
                row[j] = d;
            }
            previous = row;
        }
        double[] density = previous[m];
        double[] cdf = new double[density.length];
        double sum = 0;
        for (int u = 0; u < density.length; u++) {
            sum += density[u];
            cdf[u] = Math.min(1, sum);
        }
        return cdf;
    }
}
