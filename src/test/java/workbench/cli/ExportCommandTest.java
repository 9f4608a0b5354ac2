package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.export.ExportFormat;
import workbench.model.CallTree;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.LineTiming;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.store.ProfileStore;
import workbench.store.SampleRuns;

/** {@code export}'s bad input: one line on stderr, exit code 2, nothing written. */
class ExportCommandTest {

    private static final String DET = "20261130-000001-deterministic";
    private static final String SAM = "20261130-000002-sampling";
    private static final String LINE = "20261130-000003-line";
    private static final String PATHS = "20261130-000004-deterministic";
    private static final String HYBRID = "20261130-000005-deterministic";
    private static final String SAM_KEPT = "20261130-000006-sampling";

    @TempDir
    Path dir;

    private Path profiles;

    @BeforeEach
    void save() {
        profiles = dir.resolve("profiles");
        ProfileStore store = new ProfileStore(profiles);
        store.save(RunSet.of(SampleRuns.profile(DET, SampleRuns.functions())));
        store.save(RunSet.of(SampleRuns.profile(SAM, SampleRuns.samples()))); // its run.jfr was never kept
        store.save(RunSet.of(SampleRuns.profile(LINE, SampleRuns.lines(LineTiming.EXACT))));
        store.save(RunSet.of(SampleRuns.profile(PATHS, withPaths(SampleRuns.functions()))));
        store.save(RunSet.of(SampleRuns.profile(HYBRID, hybrid())));
        SampleData s = SampleRuns.samples();
        store.save(RunSet.of(SampleRuns.profile(SAM_KEPT, new SampleData(s.sampler().withRecording(SAM_KEPT + ".jfr"),
                s.frames(), s.stacks()))));
        try {
            Files.writeString(store.sibling(SAM_KEPT, ".jfr"), "its recording, as far as a refusal looks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the functions with their one call path: main's confidenceInterval → randint */
    private static FunctionData withPaths(FunctionData f) {
        FunctionStats randint = f.merged().get(0);
        CallTree.Builder tree = new CallTree.Builder();
        int ci = tree.add(CallTree.Node.ROOT, randint.callers().get(0).caller(), 1, 10);
        tree.add(ci, randint.function(), randint.calls(), randint.totalNanos());
        return new FunctionData(f.overheadNanosPerCall(), f.calibrated(),
                List.of(new FunctionData.ThreadFunctions("main", f.threads().get(0).functions(), tree.build())));
    }

    /** @return {@code profile --mode deterministic --timing sampled}: counted calls, their times from samples */
    private static HybridFunctionData hybrid() {
        return new HybridFunctionData(new FunctionData(0, false, SampleRuns.functions().threads()),
                SampleRuns.samples());
    }

    private Cli.Result export(String... args) {
        return Cli.run(Stream.concat(Stream.of("export", "--profiles", profiles.toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    private void assertBadInput(Cli.Result r, String contains) throws IOException {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("workbench: "), r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertEquals("", r.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(profiles), files.filter(p -> !p.getFileName().toString().equals("existing")).toList(),
                    "nothing written beside the saved runs");
        }
    }

    @Test
    void an_unknown_format_names_the_formats() throws IOException {
        assertBadInput(export(DET, "-f", "gprof", "-o", dir.resolve("x").toString()),
                "unknown export format 'gprof' (expected one of pstats, callgrind, collapsed, pprof, speedscope, otlp, jfr)");
    }

    @Test
    void a_format_the_mode_cannot_carry_names_the_ones_it_can() throws IOException {
        assertBadInput(export(PATHS, "-f", "jfr", "-o", dir.resolve("x").toString()),
                "a deterministic run cannot be exported as jfr (it can as: pstats, callgrind, collapsed, pprof, speedscope)");
        // a run without call paths is told only the formats it can be written in
        assertBadInput(export(DET, "-f", "jfr", "-o", dir.resolve("x").toString()),
                "a deterministic run cannot be exported as jfr (it can as: pstats, callgrind)");
        assertBadInput(export(LINE, "-f", "pstats", "-o", dir.resolve("x").toString()),
                "a line run cannot be exported as pstats (it can as: callgrind)");
        assertBadInput(export(SAM_KEPT, "-f", "callgrind", "-o", dir.resolve("x").toString()),
                "(it can as: collapsed, pprof, speedscope, otlp, jfr)");
        // a run that did not keep its recording cannot be written in the formats made from it
        assertBadInput(export(SAM, "-f", "callgrind", "-o", dir.resolve("x").toString()),
                "a sampling run cannot be exported as callgrind (it can as: collapsed, pprof, speedscope)");
    }

    @Test
    void a_deterministic_run_saved_without_call_paths_exports_only_its_edges() throws IOException {
        for (String f : List.of("collapsed", "pprof", "speedscope")) {
            assertBadInput(export(DET, "-f", f, "-o", dir.resolve("x").toString()), "run " + DET + " kept no call paths"
                    + " (profile with --stacks), which " + f + " is made from (it can as: pstats, callgrind)");
        }
    }

    @Test
    void a_deterministic_run_timed_by_samples_exports_its_samples_as_stacks_and_its_functions_as_tables()
            throws IOException {
        // its kept recording is gone: the formats made from it say so, and name the ones that can
        assertBadInput(export(HYBRID, "-f", "jfr", "-o", dir.resolve("x.jfr").toString()), "run " + HYBRID
                + " kept no recording at ");
        assertBadInput(export(HYBRID, "-f", "jfr", "-o", dir.resolve("x.jfr").toString()),
                ", which jfr is made from (it can as: pstats, callgrind, collapsed, pprof, speedscope)");
        for (String f : List.of("collapsed", "pprof", "speedscope", "pstats", "callgrind")) {
            Path out = dir.resolve("out").resolve("hybrid." + f);
            Cli.Result r = export(HYBRID, "-f", f, "-o", out.toString());
            assertEquals(0, r.code(), f + ": " + r.err());
            assertTrue(Files.size(out) > 0, out.toString());
        }
        // the samples' one stack, root first, with its 321 samples
        assertEquals(List.of("workbench.workload.BoxedBootstrap.confidenceInterval;workbench.workload.Data.randint;"
                + "java.util.Random.nextInt 321"), Files.readAllLines(dir.resolve("out").resolve("hybrid.collapsed")));
    }

    @Test
    void the_help_lists_every_registered_format() {
        Cli.Result r = Cli.run("export", "--help");
        assertEquals(0, r.code(), r.err());
        for (ExportFormat f : ExportFormat.values()) {
            assertTrue(r.out().contains(f.cliName() + ": "), f + " in\n" + r.out());
        }
        assertTrue(r.out().replaceAll("\\s+", " ").contains("One of " + String.join(", ",
                ExportFormat.names(List.of(ExportFormat.values()))) + "."), r.out());
    }

    @Test
    void an_unknown_path_value_is_refused() throws IOException {
        assertBadInput(export(DET, "-f", "collapsed", "--value", "samples", "-o", dir.resolve("x").toString()),
                "unknown --value 'samples' (expected calls or time)");
    }

    @Test
    void an_output_that_is_a_directory_or_under_a_file_is_refused() throws IOException {
        assertBadInput(export(DET, "-f", "pstats", "-o", profiles.toString()), "is a directory");
        Files.writeString(dir.resolve("existing"), "keep me");
        assertBadInput(export(DET, "-f", "pstats", "-o", dir.resolve("existing").resolve("x.pstats").toString()),
                "is not a directory");
    }

    @Test
    void an_existing_file_needs_force() throws IOException {
        Path existing = dir.resolve("existing");
        Files.writeString(existing, "keep me");
        assertBadInput(export(DET, "-f", "callgrind", "-o", existing.toString()), "exists (--force replaces it)");
        assertEquals("keep me", Files.readString(existing));
        Cli.Result r = export(DET, "-f", "callgrind", "-o", existing.toString(), "--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(existing).startsWith("# callgrind format"));
        assertTrue(r.err().contains("exported " + DET + " as callgrind to " + existing), r.err());
    }

    @Test
    void a_run_without_its_recording_cannot_give_jfr_or_otlp() throws IOException {
        assertBadInput(export(SAM, "-f", "jfr", "-o", dir.resolve("x.jfr").toString()), "kept no recording");
        assertBadInput(export(SAM, "-f", "otlp", "-o", dir.resolve("x.otlp").toString()), "kept no recording");
    }

    @Test
    void an_unknown_run_is_bad_input() throws IOException {
        assertBadInput(export("nope", "-f", "pstats", "-o", dir.resolve("x").toString()), "no saved run 'nope'");
    }

    @Test
    void every_format_a_mode_carries_is_written() throws IOException {
        for (String[] c : List.of(new String[] {DET, "pstats"}, new String[] {DET, "callgrind"},
                new String[] {LINE, "callgrind"}, new String[] {SAM, "collapsed"}, new String[] {SAM, "pprof"},
                new String[] {SAM, "speedscope"})) {
            Path out = dir.resolve("out").resolve(c[0] + "." + c[1]);
            Cli.Result r = export(c[0], "-f", c[1], "-o", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.size(out) > 0, out.toString());
            assertEquals("", r.out());
        }
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
