package workbench.statistics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far two profilers agree on what is hot: {@code overhead} asks this of each pair of profilers, since a
 * profiler that slows the program can also distort which functions seem to cost the most.
 */
public final class RankAgreement {

    private RankAgreement() {
    }

    /**
     * Kendall's τ<sub>b</sub> between two score maps (e.g. self time per function), over the union of their keys;
     * a key missing from one map scores 0 there, as a function one profiler never saw.
     *
     * <p>τ<sub>b</sub> = (concordant - discordant) / √((pairs - ties in A)(pairs - ties in B)): 1 when the orders
     * agree, -1 when reversed. The b variant because scores tie (many functions at 0), and ties would otherwise
     * keep even identical rankings below 1. Counts all pairs, O(n²): fine for the thousands of functions of a
     * profile.
     *
     * @param <K> the key, e.g. a function's name
     * @param a   one profiler's scores
     * @param b   the other's
     * @return τ<sub>b</sub> in [-1, 1]; NaN with fewer than two keys or when one side ranks every key the same
     * @throws IllegalArgumentException if a score is NaN
     */
    public static <K> double kendallTauB(Map<K, ? extends Number> a, Map<K, ? extends Number> b) {
        Set<K> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        int n = keys.size();
        double[] x = new double[n];
        double[] y = new double[n];
        int i = 0;
        for (K key : keys) {
            x[i] = score(a, key);
            y[i] = score(b, key);
            i++;
        }
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        for (int s = 0; s < n; s++) {
            for (int t = s + 1; t < n; t++) {
                int dx = Integer.signum(Double.compare(x[s], x[t]));
                int dy = Integer.signum(Double.compare(y[s], y[t]));
                if (dx == 0) tiedX++;
                if (dy == 0) tiedY++;
                if (dx * dy > 0) concordant++;
                if (dx * dy < 0) discordant++;
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
        return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
    }

    /**
     * The share of the k highest scoring keys that both maps have in common: |top<sub>k</sub>(A) ∩
     * top<sub>k</sub>(B)| / k. What a reader of a profile looks at is its top, which τ weighs no more than the long
     * tail of cold functions.
     *
     * <p>Each top k is taken from the map's own keys, highest score first, equal scores in key order (so that the
     * result does not depend on map iteration order). A map with fewer than k keys has a shorter top, and the
     * overlap is still divided by k.
     *
     * @param <K> the key, e.g. a function's name
     * @param a   one profiler's scores
     * @param b   the other's
     * @param k   how many top keys to compare, ≥ 1
     * @return the overlap in [0, 1]
     * @throws IllegalArgumentException if k &lt; 1 or a score is NaN
     */
    public static <K extends Comparable<? super K>> double topKOverlap(Map<K, ? extends Number> a,
            Map<K, ? extends Number> b, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1, not " + k);
        Set<K> common = new HashSet<>(top(a, k));
        common.retainAll(top(b, k));
        return (double) common.size() / k;
    }

    private static <K extends Comparable<? super K>> List<K> top(Map<K, ? extends Number> scores, int k) {
        Map<K, Double> checked = new HashMap<>();
        for (K key : scores.keySet()) checked.put(key, score(scores, key));
        Comparator<K> highestFirst = Comparator.comparing(checked::get, Comparator.reverseOrder());
        return checked.keySet().stream().sorted(highestFirst.thenComparing(Comparator.naturalOrder())).limit(k)
                .toList();
    }

    private static <K> double score(Map<K, ? extends Number> scores, K key) {
        Number v = scores.get(key);
        double d = v == null ? 0 : v.doubleValue();
        if (Double.isNaN(d)) throw new IllegalArgumentException("score of " + key + " is NaN");
        return d + 0.0; // -0.0 becomes 0.0, so that Double.compare sees them equal
    }
}
