package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point toward {@code model}: this test reads every main source file and checks which workbench
 * packages (and, for the agent runtime, which libraries) it refers to.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern REFERENCE = Pattern.compile("\\bworkbench\\.([a-z]+(?:\\.rt)?)\\.[A-Z]");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Package to the workbench packages it may use besides itself. Packages not listed may use anything. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // session knows the agent only through its option string (AgentOptions), never its runtime
            Map.entry("session", Set.of("model", "sampling", "store", "io", "trace", "workload", "agent")),
            Map.entry("agent", Set.of("agent.rt", "instrument", "trace", "io", "model")),
            Map.entry("model", Set.of()),
            Map.entry("workload", Set.of()),
            Map.entry("agent.rt", Set.of()),
            Map.entry("io", Set.of()),
            Map.entry("statistics", Set.of()),
            Map.entry("store", Set.of("model", "io")),
            Map.entry("report", Set.of("model")),
            Map.entry("export", Set.of("model", "io")),
            Map.entry("sampling", Set.of("model")),
            Map.entry("trace", Set.of("model", "io")),
            Map.entry("instrument", Set.of("model", "agent.rt")));

    @Test
    void packages_only_use_the_packages_they_may() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) continue;
            Matcher m = REFERENCE.matcher(Files.readString(file));
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !allowed.contains(used)) {
                    violations.add(MAIN.relativize(file) + " uses workbench." + used);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void agent_runtime_imports_only_the_jdk() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            if (!packageOf(file).equals("agent.rt")) continue;
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).startsWith("java.")) violations.add(MAIN.relativize(file) + " imports " + m.group(1));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void statistics_imports_only_the_jdk_and_commons_statistics() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            if (!packageOf(file).equals("statistics")) continue;
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(1);
                if (!imported.startsWith("java.") && !imported.startsWith("org.apache.commons.statistics.")
                        && !imported.startsWith("org.apache.commons.rng.")) {
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
