package workbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import workbench.model.FunctionStats;

/**
 * pstats' sort keys ({@code sort_arg_dict_default}), with CPython's prefix rule ({@code get_sort_arg_defs}): every
 * prefix of a key selects it ({@code file} for {@code filename}), except a prefix claimed by two keys, which is
 * dropped even when both keys mean the same ({@code c}, {@code cum} and {@code t} are refused).
 *
 * @param name        the key as given in the table
 * @param description what pstats prints after {@code Ordered by:}
 * @param comparator  the order, most significant first
 */
public record SortKey(String name, String description, Function<Labels, Comparator<FunctionStats>> order) {

    private static final Comparator<FunctionStats> CALLS = Comparator.comparingLong(FunctionStats::calls).reversed();
    private static final Comparator<FunctionStats> PCALLS =
            Comparator.comparingLong(FunctionStats::primitiveCalls).reversed();
    private static final Comparator<FunctionStats> TIME =
            Comparator.comparingLong(FunctionStats::totalNanos).reversed();
    private static final Comparator<FunctionStats> CUMULATIVE =
            Comparator.comparingLong(FunctionStats::cumulativeNanos).reversed();
    private static final Comparator<FunctionStats> LINE = Comparator.comparingInt(s -> s.function().line());

    private static Comparator<FunctionStats> file(Labels l) {
        return Comparator.comparing(s -> l.file(s.function()));
    }

    private static Comparator<FunctionStats> name(Labels l) {
        return Comparator.comparing(s -> l.function(s.function()));
    }

    /** The keys in pstats' order, which decides which of two keys keeps a shared prefix. */
    private static final List<SortKey> DEFAULTS = List.of(
            new SortKey("calls", "call count", l -> CALLS),
            new SortKey("ncalls", "call count", l -> CALLS),
            new SortKey("cumtime", "cumulative time", l -> CUMULATIVE),
            new SortKey("cumulative", "cumulative time", l -> CUMULATIVE),
            new SortKey("filename", "file name", SortKey::file),
            new SortKey("line", "line number", l -> LINE),
            new SortKey("module", "file name", SortKey::file),
            new SortKey("name", "function name", SortKey::name),
            new SortKey("nfl", "name/file/line", l -> name(l).thenComparing(file(l)).thenComparing(LINE)),
            new SortKey("pcalls", "primitive call count", l -> PCALLS),
            new SortKey("stdname", "standard name", l -> Comparator.comparing(s -> l.label(s.function()))),
            new SortKey("time", "internal time", l -> TIME),
            new SortKey("tottime", "internal time", l -> TIME));

    private static final Map<String, SortKey> BY_PREFIX = prefixes();

    /** pstats' {@code get_sort_arg_defs}: every prefix of every key, minus the ones claimed twice. */
    private static Map<String, SortKey> prefixes() {
        Map<String, SortKey> map = new LinkedHashMap<>();
        Set<String> bad = new LinkedHashSet<>();
        for (SortKey k : DEFAULTS) {
            for (String fragment = k.name; !fragment.isEmpty(); fragment = fragment.substring(0, fragment.length() - 1)) {
                if (map.containsKey(fragment)) {
                    bad.add(fragment);
                    break;
                }
                map.put(fragment, k);
            }
        }
        for (String b : bad) map.remove(b);
        return map;
    }

    /**
     * @param text a key or a unique prefix of one
     * @return the key
     * @throws IllegalArgumentException naming the valid keys
     */
    public static SortKey parse(String text) {
        SortKey k = BY_PREFIX.get(text);
        if (k == null) {
            List<String> names = new ArrayList<>();
            for (SortKey d : DEFAULTS) names.add(d.name);
            throw new IllegalArgumentException("unknown or ambiguous sort key '" + text + "' (valid: "
                    + String.join(", ", names) + ", or a unique prefix)");
        }
        return k;
    }

    /**
     * @param keys   the keys, most significant first
     * @param labels how names and files are shown, which is what the name and file keys sort by
     * @return their combined order
     */
    public static Comparator<FunctionStats> comparator(List<SortKey> keys, Labels labels) {
        Comparator<FunctionStats> c = (a, b) -> 0;
        for (SortKey k : keys) c = c.thenComparing(k.order.apply(labels));
        return c;
    }

    /**
     * @param keys the keys
     * @return pstats' {@code sort_type}: the descriptions joined with commas
     */
    public static String describe(List<SortKey> keys) {
        List<String> d = new ArrayList<>();
        for (SortKey k : keys) d.add(k.description);
        return String.join(", ", d);
    }
}
