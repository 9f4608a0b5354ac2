package workbench.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import workbench.model.Frame;
import workbench.model.MethodId;

/**
 * Unique names for the functions of one export: a name made by {@code base} (a label without the descriptor), and,
 * for overloads that would share one, the JVM descriptor after it, so that two methods never merge in a tool that
 * keys on names.
 */
final class ExportNames {

    private final Map<MethodId, String> names = new HashMap<>();

    /**
     * @param frames every frame the export names (duplicates allowed)
     * @param base   the name of a frame before disambiguation
     */
    ExportNames(Collection<Frame> frames, Function<Frame, String> base) {
        Map<String, Set<MethodId>> byName = new LinkedHashMap<>();
        Map<MethodId, String> baseOf = new LinkedHashMap<>();
        for (Frame f : frames) {
            if (baseOf.containsKey(f.method())) continue;
            String b = base.apply(f);
            baseOf.put(f.method(), b);
            byName.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(f.method());
        }
        baseOf.forEach((m, b) -> names.put(m, byName.get(b).size() > 1 ? b + m.descriptor() : b));
    }

    /** @return the frame's unique name */
    String name(Frame f) {
        String n = names.get(f.method());
        if (n == null) throw new IllegalArgumentException("no name for " + f.method());
        return n;
    }
}
