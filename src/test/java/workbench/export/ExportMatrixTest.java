package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.CallTree;
import workbench.model.FunctionData;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.ProfileData;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.ThreadScope;
import workbench.store.SampleRuns;

/**
 * Every kind of run against every registered format: the format writes a file its consumer opens (read back here
 * with the parser each consumer's test uses) or refuses in one line naming the formats that can write the run.
 */
class ExportMatrixTest {

    /** The kept recording's name beside every run with samples. */
    private static final String RECORDING = "run.jfr";

    @TempDir
    static Path runDir;

    @TempDir
    Path out;

    static volatile double sink;

    /** A real recording of this JVM, kept beside the runs as the session keeps one beside a run with samples. */
    @BeforeAll
    static void keepRecording() throws IOException {
        try (Recording r = new Recording()) {
            r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            r.start();
            long end = System.nanoTime() + 100_000_000L;
            while (System.nanoTime() < end) sink += Math.sqrt(sink + 1);
            r.stop();
            r.dump(runDir.resolve(RECORDING));
        }
    }

    private static SampleData kept(SampleData s) {
        return new SampleData(s.sampler().withRecording(RECORDING), s.frames(), s.stacks());
    }

    private static SampleData allocations() {
        SampleData s = ExportData.samples();
        List<SampleData.StackCount> stacks = new ArrayList<>();
        for (SampleData.StackCount c : s.stacks()) {
            stacks.add(new SampleData.StackCount(c.thread(), c.frames(), c.count() * 1024, c.count() * 16));
        }
        return new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.ALLOC, "TLAB",
                ThreadScope.WORKLOAD, 1, 0, RECORDING), s.frames(), stacks);
    }

    /** A timed deterministic run with both its callers' edges and its call paths. */
    private static FunctionData withPaths() {
        List<FunctionData.ThreadFunctions> threads = new ArrayList<>();
        FunctionData edges = ExportData.functions();
        FunctionData paths = ExportData.paths();
        threads.add(new FunctionData.ThreadFunctions("main", edges.threads().get(0).functions(),
                paths.threads().get(0).tree()));
        threads.add(paths.threads().get(1));
        return new FunctionData(edges.overheadNanosPerCall(), true, threads);
    }

    /** @return one run of each kind, by a name that says it, with the formats that must write it, in their order */
    private static Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("deterministic with call paths", new Case(withPaths(),
                "pstats, callgrind, collapsed, pprof, speedscope"));
        cases.put("deterministic without call paths", new Case(ExportData.functions(), "pstats, callgrind"));
        cases.put("deterministic --timing sampled", new Case(new HybridFunctionData(
                new FunctionData(0, false, ExportData.functions().threads()), kept(ExportData.samples())),
                "pstats, callgrind, collapsed, pprof, speedscope, otlp, jfr"));
        cases.put("sampling cpu", new Case(kept(ExportData.samples()), "collapsed, pprof, speedscope, otlp, jfr"));
        cases.put("sampling alloc", new Case(allocations(), "collapsed, pprof, speedscope, otlp, jfr"));
        cases.put("line", new Case(ExportData.lines(), "callgrind"));
        cases.put("line --timing sampled", new Case(new HybridLineData(new LineData(LineTiming.SAMPLED, 0,
                ExportData.lines().functions()), kept(ExportData.samples())),
                "callgrind, collapsed, pprof, speedscope, otlp, jfr"));
        return cases;
    }

    /**
     * @param data   the run's data
     * @param writes the formats that must write it, comma-separated in registration order
     */
    private record Case(ProfileData data, String writes) {
        ExportRun run(String id) {
            return new ExportRun(RunSet.of(SampleRuns.profile(id, data)), runDir, PathValue.CALLS);
        }
    }

    @Test
    void every_kind_is_written_in_every_format_that_carries_it_or_refused_in_one_line_naming_those() throws IOException {
        int written = 0;
        int refused = 0;
        for (Map.Entry<String, Case> e : cases().entrySet()) {
            Case c = e.getValue();
            ExportRun run = c.run("20261206-000001-" + c.data().mode().cliName());
            assertEquals(c.writes(), String.join(", ", ExportFormat.names(ExportFormat.writing(run))), e.getKey());
            for (ExportFormat f : ExportFormat.values()) {
                String what = e.getKey() + " as " + f.cliName();
                Optional<String> refusal = f.refusal(run);
                if (List.of(c.writes().split(", ")).contains(f.cliName())) {
                    assertTrue(refusal.isEmpty(), what + ": " + refusal);
                    Path file = out.resolve(e.getKey().replace(' ', '_') + "." + f.cliName());
                    f.export(run, file);
                    readBack(f, file, c.data(), what);
                    written++;
                } else {
                    assertTrue(refusal.isPresent(), what);
                    String line = refusal.get();
                    assertFalse(line.contains("\n"), what + ": " + line);
                    assertTrue(line.startsWith("a " + run.kind() + " run cannot be exported as " + f.cliName())
                            || line.startsWith("run " + run.set().id() + " kept no "), what + ": " + line);
                    assertTrue(line.endsWith("(it can as: " + c.writes() + ")"), what + ": " + line);
                    Path file = out.resolve("refused");
                    assertThrows(IllegalArgumentException.class, () -> f.export(run, file), what);
                    assertFalse(Files.exists(file), what + ": nothing written");
                    refused++;
                }
            }
        }
        assertEquals(7 * ExportFormat.values().length, written + refused);
        assertEquals(31, written);
    }

    @Test
    void a_deterministic_run_without_call_paths_is_told_what_it_did_not_keep() {
        ExportRun run = cases().get("deterministic without call paths").run("r1");
        assertEquals("run r1 kept no call paths (profile with --stacks), which collapsed is made from (it can as:"
                + " pstats, callgrind)", ExportFormat.COLLAPSED.refusal(run).orElseThrow());
        assertEquals("a deterministic run cannot be exported as jfr (it can as: pstats, callgrind)",
                ExportFormat.JFR.refusal(run).orElseThrow());
    }

    @Test
    void a_refusal_names_the_kind_as_the_command_line_asks_for_it() {
        assertEquals("a line --timing sampled run cannot be exported as pstats (it can as: callgrind, collapsed, pprof,"
                + " speedscope, otlp, jfr)", ExportFormat.PSTATS.refusal(cases().get("line --timing sampled").run("r3"))
                .orElseThrow());
        assertEquals("a sampling run cannot be exported as callgrind (it can as: collapsed, pprof, speedscope, otlp,"
                + " jfr)", ExportFormat.CALLGRIND.refusal(cases().get("sampling alloc").run("r4")).orElseThrow());
    }

    @Test
    void a_run_whose_recording_is_gone_cannot_give_jfr_or_otlp_but_its_other_formats() {
        ExportRun run = new Case(ExportData.samples(), "").run("r2"); // the exporters' samples kept no recording
        assertEquals("run r2 kept no recording, which otlp is made from (it can as: collapsed, pprof, speedscope)",
                ExportFormat.OTLP.refusal(run).orElseThrow());
    }

    /** Opens the file as its consumer would and checks it holds the run's totals. */
    private static void readBack(ExportFormat f, Path file, ProfileData data, String what) throws IOException {
        switch (f) {
            case PSTATS -> pstats(file, data, what);
            case CALLGRIND -> callgrind(file, data, what);
            case COLLAPSED -> {
                long sum = 0;
                for (String line : Files.readAllLines(file)) sum += Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                assertEquals(stackCounts(data), sum, what);
            }
            case PPROF -> {
                byte[] raw;
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                    raw = in.readAllBytes();
                }
                long sum = 0;
                for (Wire.Field sample : Wire.parse(raw).all(2)) sum += sample.message().longs(2).get(0);
                assertEquals(stackCounts(data), sum, what);
            }
            case SPEEDSCOPE -> {
                JsonNode root = new ObjectMapper().readTree(file.toFile());
                assertEquals(SpeedscopeExporter.SCHEMA, root.get("$schema").asText(), what);
                long sum = 0;
                for (JsonNode p : root.get("profiles")) for (JsonNode w : p.get("weights")) sum += w.asLong();
                long interval = data.sampleData().map(s -> s.sampler().event().allocation() ? 1
                        : s.sampler().intervalNanos()).orElse(1L);
                assertEquals(stackCounts(data) * interval, sum, what);
            }
            case OTLP -> assertFalse(Wire.parse(Files.readAllBytes(file)).all(1).isEmpty(), what);
            case JFR -> assertEquals(RecordingFile.readAllEvents(runDir.resolve(RECORDING)).size(),
                    RecordingFile.readAllEvents(file).size(), what);
        }
    }

    /** @return what a stack format's counts add up to: the samples (bytes), or the calls along the call paths */
    private static long stackCounts(ProfileData data) {
        Optional<SampleData> samples = data.sampleData();
        if (samples.isPresent()) return samples.get().totalSamples();
        long calls = 0;
        for (FunctionData.ThreadFunctions t : data.functionData().orElseThrow().threads()) {
            for (CallTree.Node n : t.tree().nodes()) calls += n.calls();
        }
        return calls;
    }

    private static void callgrind(Path file, ProfileData data, String what) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("# callgrind format", lines.get(0), what);
        String totals = lines.get(lines.size() - 1);
        Optional<FunctionData> functions = data.functionData();
        String expected = functions.isPresent()
                ? "totals: " + functions.get().merged().stream().mapToLong(s -> Math.max(0, s.totalNanos())).sum()
                : "totals: " + data.lineData().orElseThrow().totalHits() + " " + data.lineData().orElseThrow().totalNanos();
        assertEquals(expected, totals, what);
    }

    /** python's pstats, when it is installed, loads the file and counts the run's calls; else the marshal header. */
    private static void pstats(Path file, ProfileData data, String what) throws IOException {
        boolean python;
        try {
            python = Tools.run(null, List.of("python3", "-c", "import pstats")).code() == 0;
        } catch (IOException e) {
            python = false;
        }
        if (!python) {
            System.out.println("SKIPPED: python3 is not installed, so " + what + " is checked by its first byte only");
            assertEquals('{', Files.readAllBytes(file)[0], what);
            return;
        }
        Tools.Result r = Tools.run(null, List.of("python3", "-c",
                "import pstats, sys\nprint(pstats.Stats(sys.argv[1]).total_calls)", file.toString()));
        assertEquals(0, r.code(), r.out());
        assertEquals(Long.toString(data.eventCount()), r.out().trim(), what);
    }
}
