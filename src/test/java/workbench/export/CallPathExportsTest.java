package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import one.convert.Arguments;
import one.convert.FlameGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deterministic run's call paths ({@link ExportData#paths()}) in collapsed, pprof, speedscope and the flame graph. */
class CallPathExportsTest {

    private static final String MAIN = "demo.App.main";
    private static final String LAMBDA = "demo.App.lambda$main$0";
    private static final String INIT = "demo.Wörk.<init>";
    private static final String PI = "demo.Größe.berechne_π";
    private static final String SPACES = "demo.With Space.do it";
    private static final String NEXT = "java.util.Random.nextInt";

    @TempDir
    Path dir;

    private List<String> collapsed(PathValue value) throws IOException {
        Path file = dir.resolve("out-" + value.cliName() + ".collapsed");
        new CollapsedExporter().export(ExportData.paths(), value, file);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.sort(null);
        return lines;
    }

    @Test
    void collapsed_has_a_line_per_call_path_with_its_exact_calls_threads_merged() throws IOException {
        assertEquals(List.of(
                LAMBDA + " 2",
                LAMBDA + ";" + INIT + " 2",
                LAMBDA + ";" + INIT + ";" + PI + " 3",
                MAIN + " 1",
                MAIN + ";" + LAMBDA + " 3",
                MAIN + ";" + LAMBDA + ";" + INIT + " 5",
                MAIN + ";" + LAMBDA + ";" + INIT + ";" + PI + " 7",
                MAIN + ";" + LAMBDA + ";" + INIT + ";" + PI + ";" + NEXT + " 70",
                MAIN + ";" + SPACES + " 1",
                MAIN + ";" + SPACES + ";demo.App.twice 6"), // overloads are one frame, as in the sampled export
                collapsed(PathValue.CALLS));
    }

    @Test
    void collapsed_by_time_weighs_each_path_with_its_own_nanoseconds() throws IOException {
        List<String> lines = collapsed(PathValue.TIME);
        assertTrue(lines.contains(MAIN + ";" + LAMBDA + ";" + INIT + ";" + PI + ";" + NEXT + " 7000"), lines.toString());
        assertTrue(lines.contains(MAIN + ";" + SPACES + ";demo.App.twice 60"), lines.toString());
        long total = 0;
        for (String l : lines) total += Long.parseLong(l.substring(l.lastIndexOf(' ') + 1));
        assertEquals(7300, total, "the own times add up to the run's total: 7230 on main, 70 on the worker");
    }

    @Test
    void async_profilers_converter_reads_the_paths_back_with_inclusive_widths() throws IOException {
        Path file = dir.resolve("paths.collapsed");
        new CollapsedExporter().export(ExportData.paths(), PathValue.CALLS, file);
        FlameGraph graph = new FlameGraph(new Arguments());
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            graph.parseCollapsed(reader);
        }
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        graph.dump(new PrintStream(html, true, StandardCharsets.UTF_8));
        Map<String, Long> widths = new TreeMap<>();
        for (FlameGraphPages.PageFrame f : FlameGraphPages.frames(html.toString(StandardCharsets.UTF_8))) {
            widths.merge(f.level() + " " + f.name(), f.width(), Long::sum);
        }
        assertEquals(100L, widths.get("0 all"));
        assertEquals(93L, widths.get("1 " + MAIN)); // 1 + 3 + 5 + 7 + 70 + 1 + 6
        assertEquals(7L, widths.get("1 " + LAMBDA)); // the worker's
        assertEquals(77L, widths.get("4 " + PI));
        assertEquals(70L, widths.get("5 " + NEXT));
    }

    @Test
    void the_flame_graph_page_draws_the_call_paths() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path html = dir.resolve("paths.html");
        new FlameGraphExporter("paths", false).export(ExportData.paths(), PathValue.CALLS, html);
        Map<String, Long> widths = new TreeMap<>();
        for (FlameGraphPages.PageFrame f : FlameGraphPages.frames(Files.readString(html))) {
            widths.merge(f.level() + " " + f.name(), f.width(), Long::sum);
        }
        assertEquals(100L, widths.get("0 all"));
        assertEquals(92L, widths.get("2 " + LAMBDA) + widths.get("1 " + LAMBDA));
        assertEquals(6L, widths.get("3 demo.App.twice"));
        assertEquals(0, out.size());
    }

    @Test
    void go_tool_pprof_reads_calls_and_time_per_path() throws IOException {
        Tools.assumeGo();
        Path file = dir.resolve("paths.pb.gz");
        new PprofExporter().export(ExportData.paths(), file);
        Tools.Result top = Tools.run(dir, List.of("go", "tool", "pprof", "-top", "-nodecount=100", file.toString()));
        assertEquals(0, top.code(), top.out());
        assertTrue(top.out().contains("Type: calls"), top.out());
        assertTrue(top.out().contains("of 100 total"), top.out());
        for (String[] row : List.of(new String[] {"70", NEXT}, new String[] {"10", PI}, new String[] {"4", "demo.App.twice(J)J"},
                new String[] {"2", "demo.App.twice(I)I"})) {
            assertTrue(Pattern.compile("^\\s*" + row[0] + "\\s.*\\s" + Pattern.quote(row[1]) + "$", Pattern.MULTILINE)
                    .matcher(top.out()).find(), row[1] + " in\n" + top.out());
        }
        // main's cumulative calls: everything below it on the main thread
        assertTrue(Pattern.compile("^\\s*1\\s+1(\\.00)?%\\s+[0-9.]+%\\s+93\\s+93(\\.00)?%\\s+" + Pattern.quote(MAIN) + "$",
                Pattern.MULTILINE).matcher(top.out()).find(), top.out());
        Tools.Result time = Tools.run(dir, List.of("go", "tool", "pprof", "-top", "-sample_index=time", file.toString()));
        assertEquals(0, time.code(), time.out());
        assertTrue(time.out().contains("Type: time"), time.out());
        assertTrue(time.out().contains("of 7.30us total"), time.out());
        Tools.Result traces = Tools.run(dir, List.of("go", "tool", "pprof", "-traces", file.toString()));
        assertEquals(0, traces.code(), traces.out());
        assertTrue(Pattern.compile("thread:\\s+main\\n\\s+70\\s+" + Pattern.quote(NEXT) + "\\n\\s+" + Pattern.quote(PI)
                + "\\n\\s+" + Pattern.quote(INIT) + "\\n\\s+" + Pattern.quote(LAMBDA) + "\\n\\s+" + Pattern.quote(MAIN)
                + "\\n").matcher(traces.out()).find(), traces.out());
        assertTrue(Pattern.compile("thread:\\s+worker 1\\n\\s+3\\s+" + Pattern.quote(PI) + "\\n\\s+" + Pattern.quote(INIT)
                + "\\n\\s+" + Pattern.quote(LAMBDA) + "\\n").matcher(traces.out()).find(), traces.out());
    }

    @Test
    void speedscope_has_a_profile_per_thread_weighing_calls_or_nanoseconds() throws IOException {
        for (PathValue value : PathValue.values()) {
            Path file = dir.resolve("paths-" + value.cliName() + ".speedscope.json");
            new SpeedscopeExporter("paths").export(ExportData.paths(), value, file);
            JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(file));
            SampledExportersTest.assertSpeedscopeSchema(json);
            List<String> frames = new ArrayList<>();
            for (JsonNode f : json.path("shared").path("frames")) frames.add(f.path("name").asText());
            assertEquals(List.of(MAIN, LAMBDA, INIT, PI, NEXT, SPACES, "demo.App.twice(I)I", "demo.App.twice(J)J"),
                    frames, "overloads apart, as the sampled export keeps them");
            assertEquals(2, json.path("profiles").size());
            JsonNode main = json.path("profiles").get(0);
            assertEquals("main", main.path("name").asText());
            assertEquals(value == PathValue.CALLS ? "none" : "nanoseconds", main.path("unit").asText());
            assertEquals("[0,1,2,3,4]", main.path("samples").get(4).toString()); // root first
            assertEquals(value == PathValue.CALLS ? 70 : 7000, main.path("weights").get(4).asLong());
            assertEquals(value == PathValue.CALLS ? 93 : 7230, main.path("endValue").asLong());
            assertEquals(value == PathValue.CALLS ? 7 : 70, json.path("profiles").get(1).path("endValue").asLong());
        }
    }
}
