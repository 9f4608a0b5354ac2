package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import one.convert.Arguments;
import one.convert.FlameGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.export.SampledExportersTest;
import workbench.export.Tools;
import workbench.export.Wire;

/**
 * Profiles the real workload in each mode (small n), exports every format its mode carries and opens each file with
 * the tool it is for. A tool that is not installed skips its own test with a line saying so.
 */
class ExportIT {

    private static final Pattern SAVED = Pattern.compile("workbench: saved run (\\S+)");

    @TempDir
    static Path dir;

    static String deterministic;
    static String sampling;
    static String line;

    @BeforeAll
    static void profile() {
        deterministic = profile("--mode", "deterministic", "--iterations", "4", "--runs", "2", "10000");
        sampling = profile("--mode", "sampling", "--engine", "async", "--iterations", "40", "--runs", "1", "100000");
        line = profile("--mode", "line", "--iterations", "4", "--runs", "1", "10000");
    }

    private static String profile(String... options) {
        List<String> args = new ArrayList<>(List.of("profile", "--profiles", dir.resolve("profiles").toString()));
        args.addAll(List.of(options));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Matcher m = SAVED.matcher(r.err());
        assertTrue(m.find(), r.err());
        return m.group(1);
    }

    private static Path export(String run, String format) {
        Path out = dir.resolve("exports").resolve(run + "." + format);
        Cli.Result r = Cli.run("export", "--profiles", dir.resolve("profiles").toString(), run, "-f", format, "-o",
                out.toString(), "--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out), out.toString());
        return out;
    }

    @Test
    void pstats_opens_in_pythons_pstats_with_the_workloads_exact_calls_and_callers() throws IOException {
        Path file = export(deterministic, "pstats");
        Tools.assumePython();
        Tools.Result r = Tools.run(dir, List.of("python3", "-c", "import pstats, sys\ns = pstats.Stats(sys.argv[1])\n"
                + "s.strip_dirs().sort_stats('calls').print_stats(20)\ns.print_callers('randint')", file.toString()));
        assertEquals(0, r.code(), r.out());
        // n = 10000 data draws plus 4 iterations x 2 runs x n resample draws
        assertTrue(Pattern.compile("^\\s*90000\\s.*Data.java:\\d+\\(Data.randint\\)$", Pattern.MULTILINE)
                .matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("^\\s*90000\\s.*\\{java.util.Random.nextInt\\}$", Pattern.MULTILINE)
                .matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("Data.randint\\)\\s+<-\\s+80000\\s.*BoxedBootstrap.confidenceInterval\\)")
                .matcher(r.out()).find(), r.out());
        assertTrue(r.out().contains("(BoxedBootstrap.mean)"), r.out());
    }

    @Test
    void callgrind_of_a_deterministic_run_opens_in_callgrind_annotate() throws IOException {
        Path file = export(deterministic, "callgrind");
        Tools.assumeCallgrindAnnotate();
        Tools.Result r = Tools.run(dir, List.of("callgrind_annotate", "--inclusive=yes", "--threshold=100",
                file.toString()));
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("workbench/workload/Data.java:workbench.workload.Data.randint"), r.out());
        assertTrue(r.out().contains("~:java.util.Random.nextInt"), r.out());
        assertTrue(Files.readString(file).contains("calls=80000 "), "randint's calls from confidenceInterval");
    }

    @Test
    void callgrind_of_a_line_run_annotates_the_workloads_source() throws IOException {
        Path file = export(line, "callgrind");
        Tools.assumeCallgrindAnnotate();
        Tools.Result r = Tools.run(dir, List.of("callgrind_annotate", "--auto=yes",
                "--include=" + Path.of("src/main/java").toAbsolutePath(), file.toString()));
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("-- Auto-annotated source:"), r.out());
        // the resample loop: n + 1 hits per iteration, 4 iterations
        assertTrue(Pattern.compile("^\\s*40,004 \\(.*choices.add\\(values.get\\(Data.randint", Pattern.MULTILINE)
                .matcher(r.out()).find(), r.out());
    }

    @Test
    void collapsed_is_read_back_by_async_profilers_converter() throws IOException {
        Path file = export(sampling, "collapsed");
        long total = 0;
        for (String l : Files.readAllLines(file)) {
            assertTrue(l.matches("[^;]+(;[^;]+)* \\d+"), l);
            total += Long.parseLong(l.substring(l.lastIndexOf(' ') + 1));
        }
        assertTrue(total > 0);
        assertTrue(Files.readString(file).contains("workbench.workload.BoxedBootstrap.confidenceInterval"));
        FlameGraph graph = FlameGraph.parse(file.toString(), new Arguments());
        assertTrue(graph != null);
    }

    @Test
    void pprof_opens_in_go_tool_pprof() throws IOException {
        Path file = export(sampling, "pprof");
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertTrue(Wire.parse(in.readAllBytes()).all(2).size() > 0, "samples");
        }
        Tools.assumeGo();
        Tools.Result top = Tools.run(dir, List.of("go", "tool", "pprof", "-top", file.toString()));
        assertEquals(0, top.code(), top.out());
        assertTrue(top.out().contains("workbench.workload.BoxedBootstrap.confidenceInterval"), top.out());
        Tools.Result traces = Tools.run(dir, List.of("go", "tool", "pprof", "-traces", file.toString()));
        assertEquals(0, traces.code(), traces.out());
        assertTrue(traces.out().contains("workbench.workload.Main.main"), traces.out());
    }

    @Test
    void speedscope_passes_the_schemas_checks() throws IOException {
        Path file = export(sampling, "speedscope");
        var json = new ObjectMapper().readTree(Files.readAllBytes(file));
        SampledExportersTest.assertSpeedscopeSchema(json);
        assertTrue(json.path("profiles").size() > 0);
    }

    @Test
    void otlp_parses_as_profiles_data() throws IOException {
        Path file = export(sampling, "otlp");
        Wire.Message data = Wire.parse(Files.readAllBytes(file));
        List<String> strings = new ArrayList<>();
        for (Wire.Field f : data.one(2).message().all(5)) strings.add(f.string());
        assertTrue(strings.stream().anyMatch(s -> s.contains("confidenceInterval")), strings.toString());
        assertTrue(data.all(1).size() > 0, "resource_profiles");
    }

    @Test
    void jfr_opens_in_the_jdks_jfr_tool() throws IOException {
        Path file = export(sampling, "jfr");
        Tools.Result summary = Tools.run(dir, List.of(Tools.jfrTool(), "summary", file.toString()));
        assertEquals(0, summary.code(), summary.out());
        assertTrue(summary.out().contains("jdk.ExecutionSample"), summary.out());
        Tools.Result print = Tools.run(dir, List.of(Tools.jfrTool(), "print", "--events", "jdk.ExecutionSample",
                file.toString()));
        assertEquals(0, print.code(), print.out());
        assertTrue(print.out().contains("workbench.workload."), print.out());
    }
}
