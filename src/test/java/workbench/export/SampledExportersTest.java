package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import one.convert.Arguments;
import one.convert.FlameGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.Frame;
import workbench.model.Frames;
import workbench.model.SampleData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.ThreadScope;

/** collapsed, pprof and speedscope of hand-made samples whose names every format must keep. */
public class SampledExportersTest {

    private static final String MAIN = "demo.App.main";
    private static final String LAMBDA = "demo.App.lambda$main$0";
    private static final String INIT = "demo.Wörk.<init>";
    private static final String PI = "demo.Größe.berechne_π";
    private static final String SPACES = "demo.With Space.do it";

    @TempDir
    Path dir;

    // ---- collapsed

    @Test
    void collapsed_has_one_line_per_stack_root_first() throws IOException {
        Path file = dir.resolve("out.collapsed");
        new CollapsedExporter().export(ExportData.samples(), file);
        assertEquals(List.of(
                MAIN + ";" + LAMBDA + ";" + INIT + ";" + PI + " 52", // 40 + 10 (line 9) on main, 2 on worker 1
                MAIN + ";" + LAMBDA + ";" + INIT + ";" + PI + ";libjvm.so`Symbol:with semicolon 5",
                MAIN + ";" + SPACES + ";demo.App.twice 18"), // overloads are one frame, as in async-profiler's output
                sorted(Files.readAllLines(file)));
    }

    private static List<String> sorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        out.sort(null);
        return out;
    }

    @Test
    void async_profilers_converter_reads_collapsed_back() throws IOException {
        Path file = dir.resolve("out.collapsed");
        new CollapsedExporter().export(ExportData.samples(), file);
        FlameGraph graph = new FlameGraph(new Arguments());
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            graph.parseCollapsed(reader);
        }
        java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
        graph.dump(new java.io.PrintStream(html, true, StandardCharsets.UTF_8));
        Map<String, Long> widths = new TreeMap<>();
        for (FlameGraphPages.PageFrame f : FlameGraphPages.frames(html.toString(StandardCharsets.UTF_8))) {
            widths.merge(f.level() + " " + f.name(), f.width(), Long::sum);
        }
        assertEquals(75L, widths.get("0 all"));
        assertEquals(75L, widths.get("1 " + MAIN));
        assertEquals(57L, widths.get("3 " + INIT));
        assertEquals(57L, widths.get("4 " + PI));
        assertEquals(5L, widths.get("5 libjvm.so`Symbol:with semicolon"));
        assertEquals(18L, widths.get("2 " + SPACES));
        assertEquals(18L, widths.get("3 demo.App.twice"));
    }

    // ---- pprof

    private Wire.Message pprof(Path file) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Wire.parse(in.readAllBytes());
        }
    }

    @Test
    void pprof_is_a_gzipped_profile_proto_with_every_stack_leaf_first() throws IOException {
        Path file = dir.resolve("out.pb.gz");
        new PprofExporter().export(ExportData.samples(), file);
        Wire.Message p = pprof(file);
        List<String> strings = new ArrayList<>();
        for (Wire.Field f : p.all(6)) strings.add(f.string());
        assertEquals("", strings.get(0));
        Map<Long, String> functions = new TreeMap<>();
        for (Wire.Field f : p.all(5)) {
            Wire.Message fn = f.message();
            functions.put(fn.one(1).value(), strings.get((int) fn.one(2).value()));
        }
        Map<Long, String> locations = new TreeMap<>();
        for (Wire.Field f : p.all(4)) {
            Wire.Message loc = f.message();
            Wire.Message line = loc.one(4).message();
            locations.put(loc.one(1).value(), functions.get(line.one(1).value()) + ":" + line.one(2).value());
        }
        long samples = 0;
        long nanos = 0;
        List<String> stacks = new ArrayList<>();
        for (Wire.Field f : p.all(2)) {
            Wire.Message s = f.message();
            List<String> names = new ArrayList<>();
            for (long id : s.longs(1)) names.add(locations.get(id));
            List<Long> values = s.longs(2);
            samples += values.get(0);
            nanos += values.get(1);
            Wire.Message label = s.one(3).message();
            stacks.add(strings.get((int) label.one(2).value()) + " " + String.join(" <- ", names) + " " + values.get(0));
        }
        assertEquals(75, samples);
        assertEquals(75_000_000L, nanos);
        assertTrue(stacks.contains("main " + PI + ":7 <- " + INIT + ":5 <- " + LAMBDA + ":12 <- " + MAIN + ":10 40"),
                stacks.toString());
        assertTrue(stacks.contains("worker 1 demo.App.twice(J)J:20 <- " + SPACES + ":3 <- " + MAIN + ":10 11"),
                stacks.toString());
        assertTrue(functions.containsValue("libjvm.so`Symbol;with semicolon"), functions.toString());
    }

    /** Wall-clock samples (the hybrid's default since it samples its clock) are not called cpu time in a pprof file. */
    @Test
    void wall_clock_samples_are_wall_time_in_pprof_and_cpu_samples_cpu_time() throws IOException {
        SampleData cpu = ExportData.samples();
        SampleData wall = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.WALL, "",
                cpu.sampler().threads(), cpu.sampler().intervalNanos(), 0, ""), cpu.frames(), cpu.stacks());
        for (SampleData data : List.of(cpu, wall)) {
            Path file = dir.resolve(data.sampler().event().cliName() + ".pb.gz");
            new PprofExporter().export(data, file);
            Wire.Message p = pprof(file);
            List<String> strings = new ArrayList<>();
            for (Wire.Field f : p.all(6)) strings.add(f.string());
            Wire.Message period = p.one(11).message(); // period_type: the weight's name and unit
            assertEquals(List.of(data.sampler().event() == SamplingEvent.WALL ? "wall" : "cpu", "nanoseconds"),
                    List.of(strings.get((int) period.one(1).value()), strings.get((int) period.one(2).value())));
        }
        assertEquals("cpu", StackValues.timeName(SamplingEvent.ITIMER));
        assertEquals("cpu", StackValues.timeName(SamplingEvent.CPU_TIME));
    }

    @Test
    void go_tool_pprof_reads_it() throws IOException {
        Tools.assumeGo();
        Path file = dir.resolve("out.pb.gz");
        new PprofExporter().export(ExportData.samples(), file);
        Tools.Result top = Tools.run(dir, List.of("go", "tool", "pprof", "-top", "-nodecount=100", file.toString()));
        assertEquals(0, top.code(), top.out());
        assertTrue(top.out().contains("Type: cpu"), top.out());
        assertTrue(top.out().contains("of 75ms total"), top.out());
        for (String[] row : List.of(new String[] {"52ms", PI}, new String[] {"11ms", "demo.App.twice(J)J"},
                new String[] {"7ms", "demo.App.twice(I)I"}, new String[] {"5ms", "libjvm.so`Symbol;with semicolon"})) {
            assertTrue(Pattern.compile("^\\s*" + row[0] + "\\s.*\\s" + Pattern.quote(row[1]) + "$", Pattern.MULTILINE)
                    .matcher(top.out()).find(), row[1] + " in\n" + top.out());
        }
        assertTrue(Pattern.compile("^\\s*0\\s+0%\\s+[0-9.]+%\\s+75ms\\s+100%\\s+" + Pattern.quote(MAIN) + "$",
                Pattern.MULTILINE).matcher(top.out()).find(), top.out());
        Tools.Result traces = Tools.run(dir, List.of("go", "tool", "pprof", "-traces", file.toString()));
        assertEquals(0, traces.code(), traces.out());
        assertTrue(Pattern.compile("thread:\\s+worker 1\\n\\s+11ms\\s+demo.App.twice\\(J\\)J\\n\\s+" + Pattern.quote(SPACES)
                + "\\n\\s+" + Pattern.quote(MAIN) + "\\n").matcher(traces.out()).find(), traces.out());
        assertTrue(Pattern.compile("thread:\\s+main\\n\\s+40ms\\s+" + Pattern.quote(PI) + "\\n\\s+" + Pattern.quote(INIT)
                + "\\n\\s+" + Pattern.quote(LAMBDA) + "\\n\\s+" + Pattern.quote(MAIN) + "\\n").matcher(traces.out()).find(),
                traces.out());
    }

    // ---- speedscope

    /**
     * The checks of speedscope's published schema ({@code file-format-schema.json}, generated from
     * {@code src/lib/file-format-spec.ts}) that a sampled file must pass: the required fields and their types.
     */
    public static void assertSpeedscopeSchema(JsonNode file) {
        assertEquals(SpeedscopeExporter.SCHEMA, file.path("$schema").asText());
        assertTrue(file.path("shared").path("frames").isArray(), "shared.frames");
        assertTrue(file.path("profiles").isArray(), "profiles");
        if (file.has("name")) assertTrue(file.get("name").isTextual());
        if (file.has("activeProfileIndex")) assertTrue(file.get("activeProfileIndex").isNumber());
        if (file.has("exporter")) assertTrue(file.get("exporter").isTextual());
        int frames = file.path("shared").path("frames").size();
        for (JsonNode f : file.path("shared").path("frames")) {
            assertTrue(f.path("name").isTextual(), "frame.name");
            if (f.has("file")) assertTrue(f.get("file").isTextual());
            if (f.has("line")) assertTrue(f.get("line").isNumber());
            if (f.has("col")) assertTrue(f.get("col").isNumber());
        }
        for (JsonNode p : file.path("profiles")) {
            assertEquals("sampled", p.path("type").asText());
            assertTrue(p.path("name").isTextual(), "profile.name");
            assertTrue(List.of("none", "nanoseconds", "microseconds", "milliseconds", "seconds", "bytes")
                    .contains(p.path("unit").asText()), "unit");
            assertTrue(p.path("startValue").isNumber() && p.path("endValue").isNumber(), "start/endValue");
            assertTrue(p.path("endValue").asDouble() >= p.path("startValue").asDouble());
            assertTrue(p.path("samples").isArray() && p.path("weights").isArray(), "samples, weights");
            assertEquals(p.path("samples").size(), p.path("weights").size(), "a weight per sample");
            for (JsonNode s : p.path("samples")) {
                assertTrue(s.isArray());
                for (JsonNode i : s) assertTrue(i.isInt() && i.asInt() >= 0 && i.asInt() < frames, "frame index " + i);
            }
            for (JsonNode w : p.path("weights")) assertTrue(w.isNumber());
        }
    }

    @Test
    void speedscope_has_a_sampled_profile_per_thread_with_shared_frames() throws IOException {
        Path file = dir.resolve("out.speedscope.json");
        new SpeedscopeExporter("demo run").export(ExportData.samples(), file);
        JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(file));
        assertSpeedscopeSchema(json);
        List<String> frames = new ArrayList<>();
        for (JsonNode f : json.path("shared").path("frames")) frames.add(f.path("name").asText());
        assertEquals(List.of(MAIN, LAMBDA, INIT, PI, SPACES, "demo.App.twice(I)I", "demo.App.twice(J)J",
                "libjvm.so`Symbol;with semicolon"), frames);
        assertEquals("demo/Größe.java", json.path("shared").path("frames").get(3).path("file").asText());
        assertEquals(2, json.path("profiles").size());
        JsonNode main = json.path("profiles").get(0);
        assertEquals("main", main.path("name").asText());
        assertEquals("nanoseconds", main.path("unit").asText());
        assertEquals("[0,1,2,3]", main.path("samples").get(0).toString()); // root first
        assertEquals(40_000_000L, main.path("weights").get(0).asLong());
        assertEquals(55_000_000L, main.path("endValue").asLong());
        assertEquals("worker 1", json.path("profiles").get(1).path("name").asText());
    }

    static JsonNode read(byte[] bytes) throws IOException {
        return new ObjectMapper().readTree(new ByteArrayInputStream(bytes));
    }


    /** 3 MiB in 192 objects from leaf, 1 MiB in 16 objects from main itself. */
    private static SampleData allocations() {
        Frame leaf = Frames.java("demo.A", "leaf", "()V", 10);
        Frame main = Frames.java("demo.Main", "main", "([Ljava/lang/String;)V", 5);
        return new SampleData(new SamplerInfo(SamplingEngine.ASYNC,
                SamplingEvent.ALLOC, "TLAB", ThreadScope.WORKLOAD, 1, 0, ""),
                List.of(leaf, main), List.of(new SampleData.StackCount("main", List.of(0, 1), 3 << 20,
                        192), new SampleData.StackCount("main", List.of(1), 1 << 20, 16)));
    }

    @Test
    void allocations_export_as_pprof_alloc_space_and_objects_and_as_collapsed_bytes() throws IOException {
        Path file = dir.resolve("alloc.pb.gz");
        new PprofExporter().export(allocations(), file);
        Wire.Message p = pprof(file);
        List<String> strings = new ArrayList<>();
        for (Wire.Field f : p.all(6)) strings.add(f.string());
        List<String> types = new ArrayList<>();
        for (Wire.Field f : p.all(1)) {
            types.add(strings.get((int) f.message().one(1).value()) + "/" + strings.get((int) f.message().one(2).value()));
        }
        // the value flame graphs draw first (bytes), as every stack format here orders its values
        assertEquals(List.of("alloc_space/bytes", "alloc_objects/count"), types);
        long objects = 0;
        long bytes = 0;
        for (Wire.Field f : p.all(2)) {
            bytes += f.message().longs(2).get(0);
            objects += f.message().longs(2).get(1);
        }
        assertEquals(208, objects);
        assertEquals(4 << 20, bytes);

        Path collapsed = dir.resolve("alloc.collapsed");
        new CollapsedExporter().export(allocations(), collapsed);
        assertEquals(List.of("demo.Main.main;demo.A.leaf " + (3 << 20), "demo.Main.main " + (1 << 20)),
                Files.readAllLines(collapsed));
    }

    @Test
    void go_tool_pprof_reads_allocations_in_bytes() throws IOException {
        Tools.assumeGo();
        Path file = dir.resolve("alloc.pb.gz");
        new PprofExporter().export(allocations(), file);
        Tools.Result top = Tools.run(dir, List.of("go", "tool", "pprof", "-top", file.toString()));
        assertEquals(0, top.code(), top.out());
        assertTrue(top.out().contains("Type: alloc_space"), top.out());
        assertTrue(top.out().contains("of 4MB total"), top.out());
    }
}
