package workbench.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of two profiles matched by identity: what {@code compare} reads.
 *
 * @param <K> the identity ({@link MethodId}, {@link LineId}, a sampled {@link Frame} key)
 * @param <V> the statistics of one side
 */
public final class Diff<K, V> {

    /**
     * One identity on both sides.
     *
     * @param key the identity
     * @param a   the statistics in A, or {@code null} when A does not have it
     * @param b   the statistics in B, or {@code null} when B does not have it
     * @param <K> the identity's type
     * @param <V> the statistics' type
     */
    public record Row<K, V>(K key, V a, V b) {
        /** @return whether only B has it */
        public boolean added() {
            return a == null;
        }

        /** @return whether only A has it */
        public boolean removed() {
            return b == null;
        }
    }

    private Diff() {
    }

    /**
     * @param a   side A by identity
     * @param b   side B by identity
     * @param <K> the identity's type
     * @param <V> the statistics' type
     * @return A's identities in A's order, then those only B has, in B's order
     */
    public static <K, V> List<Row<K, V>> of(Map<K, V> a, Map<K, V> b) {
        List<Row<K, V>> rows = new ArrayList<>(a.size() + b.size());
        for (Map.Entry<K, V> e : a.entrySet()) rows.add(new Row<>(e.getKey(), e.getValue(), b.get(e.getKey())));
        for (Map.Entry<K, V> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) rows.add(new Row<>(e.getKey(), null, e.getValue()));
        }
        return rows;
    }

    /**
     * Sums values by key, keeping the order keys first appear in.
     *
     * @param values the values
     * @param keyOf  each value's key
     * @param plus   how two values of one key add up
     * @param <K>    the key's type
     * @param <V>    the values' type
     * @return one value per key
     */
    public static <K, V> Map<K, V> sumBy(Iterable<V> values, java.util.function.Function<V, K> keyOf,
                                         java.util.function.BinaryOperator<V> plus) {
        Map<K, V> byKey = new LinkedHashMap<>();
        for (V v : values) byKey.merge(keyOf.apply(v), v, plus);
        return byKey;
    }
}
