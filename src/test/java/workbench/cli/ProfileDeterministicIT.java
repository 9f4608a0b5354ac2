package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.export.FlameGraphPages;
import workbench.export.Tools;
import workbench.model.FunctionData;
import workbench.store.ProfileStore;

/** {@code workbench profile --mode deterministic}: the whole path, child JVM to printed table and saved run. */
class ProfileDeterministicIT {

    @TempDir
    Path profiles;

    record Outcome(int code, String out, String err) {
    }

    private Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("profile", "--mode", "deterministic", "--profiles", profiles.toString()),
                Stream.of(args)).toArray(String[]::new);
        int code = Main.execute(all, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void prints_the_cprofile_table_and_saves_the_run() throws IOException {
        Outcome o = run("1000", "--sort", "calls", "--limit", "8", "--callers", "randint", "--callees", "confidenceInterval");
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.get(0).matches(" {9}\\d+ function calls in \\d+\\.\\d{3} seconds"), lines.get(0));
        assertTrue(lines.get(1).matches(" {3}Calibrated: \\d+\\.\\d ns of profiler overhead per call subtracted.*"),
                lines.get(1));
        assertEquals("", lines.get(2));
        assertEquals("   Ordered by: call count", lines.get(3));
        assertTrue(lines.get(4).matches("   List reduced from \\d+ to 8 due to restriction <8>"), lines.get(4));
        assertEquals("   ncalls  tottime  percall  cumtime  percall filename:lineno(function)", lines.get(6));
        // the row names randint's first line, read from the source rather than pinned here
        String randint = "Data.java:" + firstCodeLine("Data.java", "public static int randint(") + "(Data.randint)";
        assertTrue(o.out().contains("    41000 ") && o.out().contains(" " + randint + "\n"), o.out());
        assertTrue(o.out().contains(randint + "  <-   40000"), o.out());
        assertTrue(o.out().contains("was called by..."), o.out());
        assertTrue(o.out().contains("called..."), o.out());
        try (Stream<Path> saved = Files.list(profiles)) {
            assertEquals(1, saved.filter(p -> p.toString().endsWith("-deterministic.json")).count());
        }
    }

    @Test
    void the_flame_graph_and_the_path_exports_carry_exact_calls_per_path(@TempDir Path out) throws IOException {
        Path html = out.resolve("flame.html");
        Outcome o = run("200", "--stacks", "--flamegraph", html.toString(), "--limit", "3");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("workbench: flame graph " + html + " (exact calls per call path)"), o.err());
        Path saved;
        try (Stream<Path> files = Files.list(profiles)) {
            saved = files.filter(p -> p.toString().endsWith("-deterministic.json")).findFirst().orElseThrow();
        }
        FunctionData profile = (FunctionData) new ProfileStore(profiles).load(saved).merged();
        long randint = 0;
        long all = 0;
        for (FlameGraphPages.PageFrame f : FlameGraphPages.frames(Files.readString(html))) {
            if (f.level() == 0) all = f.width();
            if (f.name().equals("workbench.workload.Data.randint")) randint += f.width();
        }
        assertEquals(profile.totals().calls(), all, "the graph is as wide as the run's calls");
        // a frame is as wide as its calls and those of everything it called: randint's own, and its nextInt calls
        long randintCalls = 0;
        long itsNextInt = 0;
        for (workbench.model.FunctionStats s : profile.merged()) {
            if (s.method().method().equals("randint")) randintCalls += s.calls();
            for (workbench.model.FunctionStats.CallerStats c : s.callers()) {
                if (c.caller().method().method().equals("randint")) itsNextInt += c.calls();
            }
        }
        assertTrue(randintCalls > 0 && itsNextInt > 0, randintCalls + " " + itsNextInt);
        assertEquals(randintCalls + itsNextInt, randint, "randint's frames are as wide as its calls and its callees'");

        String id = saved.getFileName().toString().replace(".json", "");
        Path pprof = out.resolve("run.pb.gz");
        int code = Main.execute(new String[] {"export", id, "-f", "pprof", "-o", pprof.toString(), "--profiles",
            profiles.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        Tools.assumeGo();
        Tools.Result top = Tools.run(out, List.of("go", "tool", "pprof", "-top", pprof.toString()));
        assertEquals(0, top.code(), top.out());
        assertTrue(top.out().contains("Type: calls"), top.out());
        assertTrue(top.out().contains(" of " + profile.totals().calls() + " total"), top.out());
    }

    @Test
    void a_flame_graph_without_stacks_turns_call_paths_on_and_says_what_it_costs(@TempDir Path out) throws IOException {
        Path html = out.resolve("flame.html");
        Outcome o = run("200", "--flamegraph", html.toString(), "--limit", "1");
        assertEquals(0, o.code(), o.err());
        List<String> err = o.err().lines().toList();
        assertEquals("workbench: --flamegraph draws call paths, so --stacks is on: about 6.8 ns more per traced call"
                + " (docs/measurements.md)", err.get(0), o.err());
        assertEquals(1, err.stream().filter(l -> l.contains("--stacks is on")).count(), o.err());
        assertTrue(o.err().contains("workbench: flame graph " + html + " (exact calls per call path)"), o.err());
        Path saved;
        try (Stream<Path> files = Files.list(profiles)) {
            saved = files.filter(p -> p.toString().endsWith("-deterministic.json")).findFirst().orElseThrow();
        }
        FunctionData profile = (FunctionData) new ProfileStore(profiles).load(saved).merged();
        long all = FlameGraphPages.frames(Files.readString(html)).stream().filter(f -> f.level() == 0)
                .mapToLong(FlameGraphPages.PageFrame::width).sum();
        assertEquals(profile.totals().calls(), all, "the graph draws every call, as with --stacks");
    }

    @Test
    void a_tree_past_its_node_limit_is_said_once_on_stderr() {
        Outcome o = run("200", "--stacks", "--max-paths", "5", "--limit", "1");
        assertEquals(0, o.code(), o.err());
        assertEquals(1, o.err().lines().filter(l -> l.startsWith("workbench: call paths: thread main went beyond the"
                + " call tree's limits (5 nodes, 2048 calls deep); ")).count(), o.err());
        Outcome bad = run("200", "--stacks", "--max-paths", "0");
        assertEquals(2, bad.code(), bad.err());
        assertEquals("workbench: --max-paths must be at least 1, got 0", bad.err().strip());
    }

    @Test
    void per_thread_and_raw_change_the_report() {
        Outcome o = run("200", "--variant", "parallel", "--per-thread", "--raw", "--sort", "calls,name",
                "--limit", "3");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("Thread: main\n"), o.out());
        assertTrue(o.out().contains("   Raw: profiler overhead of "), o.out());
        assertTrue(o.out().contains("   Ordered by: call count, function name"), o.out());
    }

    @Test
    void bad_options_fail_with_one_line_and_exit_2() {
        for (String[] bad : new String[][] {{"100", "--sort", "c"}, {"100", "--limit", "ten"},
            {"100", "--callers", "(x"}, {"100", "--include", "a,b"}}) {
            Outcome o = run(bad);
            assertEquals(2, o.code(), String.join(" ", bad) + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("workbench: "), o.err());
        }
    }

    @Test
    void a_timeout_still_gives_a_table() {
        Outcome o = run("300000", "--runs", "200", "--timeout", "6", "--limit", "3");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("function calls"), o.out());
        assertTrue(o.err().contains("the profiled program exited with code"), o.err());
    }

    /** @return the line after the declaration that contains {@code declaration}: a one-statement method's first line */
    private static int firstCodeLine(String file, String declaration) throws IOException {
        List<String> src = Files.readAllLines(Path.of("src/main/java/workbench/workload", file));
        for (int i = 0; i < src.size(); i++) {
            if (src.get(i).contains(declaration)) return i + 2;
        }
        throw new AssertionError("no '" + declaration + "' in " + file);
    }
}
