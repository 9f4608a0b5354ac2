package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point toward {@code model}: this test reads every main source file and checks which workbench
 * packages, and which libraries, it refers to. Every package must be in the table: a new one is a decision.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern REFERENCE = Pattern.compile("\\bworkbench\\.([a-z]+(?:\\.rt)?)\\.[A-Z]");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Package to the workbench packages it may use besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // only the command line sees everything
            Map.entry("cli", Set.of("model", "report", "export", "store", "session", "sampling", "instrument",
                    "workload", "io", "statistics", "compare", "overhead", "growth", "history", "html", "live")),
            // the live view reads a run while it runs, as the session set it up: its recorders, the agent's
            // checkpoint files, async-profiler's library
            Map.entry("live", Set.of("model", "session", "sampling", "agent")),
            // comparisons read the model, decide with statistics and name rows with the report's labels
            Map.entry("compare", Set.of("model", "statistics", "report")),
            // sweeps run children as overhead does (its configurations, order, wrapping) and fit with statistics;
            // two sweeps compare as compare prints its rows (its formatters)
            Map.entry("growth", Set.of("model", "statistics", "session", "overhead", "store", "workload", "io",
                    "compare", "report")),
            // history reads saved runs by identity as compare does, and decides with compare's statistics
            Map.entry("history", Set.of("model", "compare", "statistics", "report", "io")),
            Map.entry("overhead", Set.of("model", "statistics", "session", "report", "sampling", "store")),
            // one run: the child JVM and the recorders; it knows the agent only through its option string
            Map.entry("session", Set.of("model", "sampling", "store", "io", "trace", "workload", "agent",
                    "instrument")),
            Map.entry("agent", Set.of("agent.rt", "instrument", "trace", "io", "model")),
            Map.entry("instrument", Set.of("model", "agent.rt")),
            Map.entry("trace", Set.of("model", "io")),
            Map.entry("sampling", Set.of("model")),
            Map.entry("store", Set.of("model", "io")),
            // the HTML report draws what the tables, exports, comparisons, studies and sweeps compute (their figures,
            // never their runners); it never starts runs
            Map.entry("html", Set.of("model", "report", "export", "compare", "statistics", "overhead", "growth",
                    "io")),
            // reports and exports read the model and never start runs
            Map.entry("report", Set.of("model")),
            Map.entry("export", Set.of("model", "io", "report")),
            Map.entry("statistics", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("workload", Set.of()),
            Map.entry("agent.rt", Set.of()),
            Map.entry("io", Set.of()));

    /** Packages that may import only the JDK (and the libraries named), whatever else is on the class path. */
    private static final Map<String, List<String>> LIBRARIES = Map.of(
            "agent.rt", List.of("java."),
            "model", List.of("java."),
            "workload", List.of("java."),
            "statistics", List.of("java.", "org.apache.commons.statistics.", "org.apache.commons.rng."),
            "report", List.of("java.", "workbench."));

    @Test
    void every_package_is_in_the_table() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path file : sources()) packages.add(packageOf(file));
        Set<String> missing = new TreeSet<>(packages);
        missing.removeAll(ALLOWED.keySet());
        assertEquals(Set.of(), missing, "packages with no rule");
    }

    @Test
    void packages_only_use_the_packages_they_may() throws IOException {
        List<String> violations = new ArrayList<>();
        Map<String, Set<String>> arrows = new TreeMap<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            Set<String> allowed = ALLOWED.getOrDefault(pkg, Set.of());
            Matcher m = REFERENCE.matcher(Files.readString(file));
            while (m.find()) {
                String used = m.group(1);
                if (used.equals(pkg)) continue;
                arrows.computeIfAbsent(pkg, k -> new TreeSet<>()).add(used);
                if (!allowed.contains(used)) violations.add(MAIN.relativize(file) + " uses workbench." + used);
            }
        }
        arrows.forEach((from, to) -> System.out.println("workbench." + from + " -> " + String.join(", ", to)));
        assertEquals(List.of(), violations);
    }

    @Test
    void the_runtime_the_model_and_the_workload_import_only_the_jdk() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            List<String> allowed = LIBRARIES.get(packageOf(file));
            if (allowed == null) continue;
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(1);
                if (allowed.stream().noneMatch(imported::startsWith)) {
                    violations.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.resolve("workbench").relativize(file.getParent());
        return rel.toString().replace(java.io.File.separatorChar, '.');
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("workbench"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
