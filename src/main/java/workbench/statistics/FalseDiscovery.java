package workbench.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Multiple-testing correction for tables that test one hypothesis per row: with a hundred functions compared at
 * 5 %, about five would otherwise be called changed by chance alone.
 */
public final class FalseDiscovery {

    private FalseDiscovery() {
    }

    /**
     * The Benjamini–Hochberg adjusted p-values (q-values): rejecting every row whose q is at most α keeps the
     * expected share of false discoveries among the rejected rows at most α (for independent or positively
     * dependent tests).
     *
     * <p>{@code q(i) = min over j with p(j) >= p(i) of min(1, p(j) * m / rank(j))}, where m counts the p-values
     * that are not NaN. The minimum over larger p-values makes q monotone in p, as the step-up procedure is.
     *
     * @param p p-values in [0, 1]; NaN for rows that were not tested
     * @return q-values in the same order; NaN where p is NaN (such rows are not counted in m)
     * @throws IllegalArgumentException if a p-value lies outside [0, 1]
     */
    public static double[] benjaminiHochberg(double[] p) {
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        for (double v : p) {
            if (v < 0 || v > 1) throw new IllegalArgumentException("p-value " + v + " is not in [0, 1]");
        }
        int[] tested = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
        int m = tested.length;
        // Walk from the largest p down, carrying the running minimum so that q never decreases with p.
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = tested[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = running;
        }
        return q;
    }
}
