package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats} prints a saved run exactly as {@code profile} printed it, for every mode and report option;
 * {@code runs} lists them; names and ids find them.
 */
class StatsIT {

    private static final Pattern SAVED = Pattern.compile("workbench: saved run (\\S+)");

    @TempDir
    Path dir;

    private String profiles() {
        return dir.resolve("profiles").toString();
    }

    private Cli.Result profile(List<String> recordOptions, List<String> reportOptions) {
        List<String> args = new ArrayList<>(List.of("profile", "--profiles", profiles()));
        args.addAll(recordOptions);
        args.addAll(reportOptions);
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static String savedId(Cli.Result r) {
        Matcher m = SAVED.matcher(r.err());
        assertTrue(m.find(), r.err());
        return m.group(1);
    }

    private Cli.Result stats(String run, List<String> reportOptions) {
        List<String> args = new ArrayList<>(List.of("stats", "--profiles", profiles(), run));
        args.addAll(reportOptions);
        return Cli.run(args.toArray(String[]::new));
    }

    private void assertRoundTrip(List<String> record, List<List<String>> reportOptionSets) {
        for (List<String> report : reportOptionSets) {
            Cli.Result made = profile(record, report);
            Cli.Result again = stats(savedId(made), report);
            assertEquals(0, again.code(), again.err());
            assertEquals(made.out(), again.out(), "stats with " + report + " of a run made with " + record);
            assertEquals("", again.err());
            assertFalse(made.out().isBlank());
        }
    }

    @Test
    void deterministic_runs_print_again_byte_for_byte_with_every_report_option() {
        assertRoundTrip(List.of("--mode", "deterministic", "--iterations", "4", "--runs", "2", "1000"), List.of(
                List.of(),
                List.of("--sort", "calls,name", "--limit", "0.5", "--callers", "randint", "--callees", "mean"),
                List.of("--match", "Bootstrap", "--per-thread", "--no-strip-dirs", "--sort", "cumulative")));
    }

    @Test
    void sampling_runs_print_again_byte_for_byte_by_line_and_by_function() {
        assertRoundTrip(List.of("--mode", "sampling", "--engine", "jfr", "--iterations", "20", "--runs", "1",
                "100000"), List.of(List.of(), List.of("--by", "function", "--no-strip-dirs")));
    }

    @Test
    void line_runs_print_again_byte_for_byte_for_each_timing() {
        assertRoundTrip(List.of("--mode", "line", "--timing", "hits", "--iterations", "4", "--runs", "1", "1000"),
                List.of(List.of()));
        assertRoundTrip(List.of("--mode", "line", "--timing", "exact", "--function", "*.mean", "--iterations", "4",
                "--runs", "1", "1000"), List.of(List.of()));
    }

    @Test
    void hybrid_and_allocation_runs_print_again_byte_for_byte() {
        assertRoundTrip(List.of("--mode", "deterministic", "--timing", "sampled", "--iterations", "20", "--runs", "1",
                "100000"), List.of(List.of(), List.of("--sort", "calls", "--callers", "randint", "--callees", "mean")));
        assertRoundTrip(List.of("--mode", "sampling", "--event", "alloc", "--iterations", "20", "--runs", "1",
                "100000"), List.of(List.of(), List.of("--by", "function")));
    }

    @Test
    void runs_lists_newest_first_and_names_last_and_prefixes_find_runs() {
        Cli.Result first = profile(List.of("--name", "baseline", "--iterations", "2", "--runs", "1", "500"), List.of());
        Cli.Result second = profile(List.of("--variant", "fused", "--iterations", "3", "--runs", "2", "600"), List.of());
        assertTrue(first.err().contains("workbench: saved run " + savedId(first) + " (baseline)"), first.err());
        Cli.Result runs = Cli.run("runs", "--profiles", profiles());
        assertEquals(0, runs.code(), runs.err());
        List<String> lines = runs.out().lines().toList();
        assertEquals(3, lines.size(), runs.out());
        assertTrue(lines.get(0).matches("id +name +mode +target +runs +jdk +wall \\(s\\) +date"), lines.get(0));
        assertTrue(lines.get(1).startsWith(savedId(second) + " "), runs.out());
        assertTrue(lines.get(1).contains(" deterministic  fused n=600 3x2 "), lines.get(1));
        // columns are as wide as their widest cell: an id of the same second gets a suffix (-2) and widens its column
        assertTrue(lines.get(2).matches(java.util.regex.Pattern.quote(savedId(first))
                + " +baseline +deterministic +boxed n=500 2x1 .*"), lines.get(2));
        assertTrue(lines.get(2).contains("  " + System.getProperty("java.version") + " "), lines.get(2));
        assertEquals(2, Cli.run("runs", "--profiles", profiles(), "--limit", "1").out().lines().count());

        assertEquals(first.out(), stats("baseline", List.of()).out());
        assertEquals(second.out(), stats("last", List.of()).out());
        assertEquals(first.out(), stats("last~1", List.of()).out());
        String prefix = savedId(second);
        for (int n = 1; n <= prefix.length(); n++) {
            if (!savedId(first).startsWith(prefix.substring(0, n))) {
                prefix = prefix.substring(0, n);
                break;
            }
        }
        assertEquals(second.out(), stats(prefix, List.of()).out(), "by the unique prefix " + prefix);
        Path file = dir.resolve("profiles").resolve(savedId(first) + ".json");
        assertEquals(first.out(), Cli.run("stats", file.toString()).out(), "by path, from anywhere");
    }

    @Test
    void a_taken_or_escaping_name_and_an_unwritable_store_are_refused_before_anything_runs() throws IOException {
        profile(List.of("--name", "keep", "--iterations", "2", "--runs", "1", "500"), List.of());
        for (String bad : List.of("keep", "../out", "a/b", "last")) {
            Cli.Result r = Cli.run("profile", "--profiles", profiles(), "--name", bad, "500");
            assertBadInput(r);
        }
        Path file = Files.writeString(dir.resolve("file"), "x");
        Cli.Result r = Cli.run("profile", "--profiles", file.resolve("profiles").toString(), "500");
        assertBadInput(r);
        assertTrue(r.err().contains("cannot create the profiles directory"), r.err());
        assertEquals(1, savedRuns(), "nothing saved but the first run");
    }

    @Test
    void unknown_ambiguous_corrupt_newer_and_non_recording_files_are_one_line_of_bad_input() throws IOException {
        profile(List.of("--iterations", "2", "--runs", "1", "500"), List.of());
        profile(List.of("--iterations", "2", "--runs", "1", "500"), List.of());
        assertBadInput(stats("no-such-run", List.of()));
        Cli.Result ambiguous = stats("20", List.of());
        assertBadInput(ambiguous);
        assertTrue(ambiguous.err().contains("is ambiguous: 2 runs start with it"), ambiguous.err());
        Path run = dir.resolve("profiles").resolve(savedIdOfLast() + ".json");
        byte[] bytes = Files.readAllBytes(run);
        Path cut = Files.write(dir.resolve("cut.json"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertBadInput(Cli.run("stats", cut.toString()));
        Path newer = Files.writeString(dir.resolve("newer.json"),
                Files.readString(run).replace("\"format\" : 2", "\"format\" : 7"));
        Cli.Result r = Cli.run("stats", newer.toString());
        assertBadInput(r);
        assertTrue(r.err().contains("format 7; this build reads format 2"), r.err());
        Path notJfr = Files.writeString(dir.resolve("notes.jfr"), "not a recording");
        assertBadInput(Cli.run("stats", notJfr.toString()));
        assertBadInput(stats("last", List.of("--sort", "nonsense")));
        assertEquals(bytes.length, Files.size(run), "the saved run is untouched");
        assertEquals(2, savedRuns());
    }

    @Test
    void patterns_that_match_nothing_are_bad_input_and_nothing_is_saved() throws IOException {
        Cli.Result include = Cli.run("profile", "--profiles", profiles(), "--include", "com.nowhere.*", "--iterations",
                "2", "--runs", "1", "500");
        assertBadInput(include);
        assertTrue(include.err().contains("--include com.nowhere.* matched no class"), include.err());
        Cli.Result function = Cli.run("profile", "--profiles", profiles(), "--mode", "line", "--function",
                "Nowhere.nothing", "--iterations", "2", "--runs", "1", "500");
        assertBadInput(function);
        assertTrue(function.err().contains("--function Nowhere.nothing matched no method"), function.err());
        assertEquals(0, savedRuns());
    }

    private String savedIdOfLast() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("profiles"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .reduce((a, b) -> b).orElseThrow().replace(".json", "");
        }
    }

    private long savedRuns() throws IOException {
        Path p = dir.resolve("profiles");
        if (!Files.isDirectory(p)) return 0;
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    private static void assertBadInput(Cli.Result r) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("workbench: ")).count(), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + r.err());
        assertNotEquals("", r.err());
    }
}
