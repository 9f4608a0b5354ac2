package workbench.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The program's classes that the class selection left out, by package, so that the run can say what it did not
 * profile. A program that starts through a launcher (Maven's classworlds, a framework's own loader) runs its real
 * code in packages the default selection (the main class's) does not name: its profile is then one call of
 * {@code {java.lang.reflect.Method.invoke}} holding the whole run, and nothing says why. Counted as the classes load,
 * a map update each; the packages kept are bounded.
 */
final class LeftOutClasses {

    /** Packages named at most, the biggest first. */
    private static final int NAMED = 3;
    /** Packages counted apart at most; classes of others still count in the total. */
    private static final int MAX_PACKAGES = 4096;
    /** A package is named by its first segments only: {@code org.apache.maven}, not each of its sub-packages. */
    private static final int SEGMENTS = 3;

    /** One package's classes left out: how many, and the first one's name, to show for the default package. */
    private static final class Seen {
        final LongAdder count = new LongAdder();
        final String first;

        Seen(String first) {
            this.first = first;
        }
    }

    private final Map<String, Seen> byPackage = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();

    /** @param internalName a class the program loaded and the selection left out ({@code org/apache/maven/cli/MavenCli}) */
    void saw(String internalName) {
        total.incrementAndGet();
        String key = packageOf(internalName);
        Seen seen = byPackage.get(key);
        if (seen == null && byPackage.size() < MAX_PACKAGES) {
            seen = byPackage.computeIfAbsent(key, k -> new Seen(internalName.replace('/', '.')));
        }
        if (seen != null) seen.count.increment();
    }

    /** @return the first {@link #SEGMENTS} segments of a class's package, dotted; {@code ""} for the default package */
    static String packageOf(String internalName) {
        int end = -1;
        for (int i = 0, segments = 0; i < internalName.length(); i++) {
            if (internalName.charAt(i) != '/') continue;
            end = i;
            if (++segments == SEGMENTS) break;
        }
        return end < 0 ? "" : internalName.substring(0, end).replace('/', '.');
    }

    /**
     * @return the notice (without the agent's prefix), or {@code null} when the selection left nothing of the
     *     program's out
     */
    String notice() {
        long n = total.get();
        if (n == 0 || byPackage.isEmpty()) return null;
        List<Map.Entry<String, Seen>> biggest = new ArrayList<>(byPackage.entrySet());
        biggest.sort((a, b) -> a.getValue().count.sum() != b.getValue().count.sum()
                ? Long.compare(b.getValue().count.sum(), a.getValue().count.sum()) : a.getKey().compareTo(b.getKey()));
        Map.Entry<String, Seen> top = biggest.get(0);
        // a package is named by a pattern; the default package has none but a class's name
        String include = top.getKey().isEmpty() ? top.getValue().first : top.getKey() + ".*";
        String tail = "; --include '" + include + "' profiles " + (n == 1 ? "it" : "those")
                + " (--include replaces the default selection: name the program's own classes too)";
        if (n == 1) {
            return "not profiled: 1 class the program loaded is outside the class selection, " + top.getValue().first
                    + tail;
        }
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, Seen> e : biggest.subList(0, Math.min(NAMED, biggest.size()))) {
            named.add((e.getKey().isEmpty() ? "the default package" : e.getKey()) + " (" + e.getValue().count.sum()
                    + ")");
        }
        return String.format(Locale.ROOT, "not profiled: %d classes the program loaded are outside the class selection,"
                + " most in %s%s", n, String.join(", ", named), tail);
    }
}
