package workbench.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.MethodId;
import workbench.model.SourceRef;
import workbench.report.Labels;
import workbench.model.FunctionStats;

class TraceFileTest {

    @TempDir
    Path dir;

    /** main (id 0) calls work (id 1) 10 times; work calls nextInt (id 2, built-in) once each. */
    static TraceData sample() {
        List<TraceData.Function> functions = List.of(
                new TraceData.Function(0, false, "demo/Main", "main", "([Ljava/lang/String;)V", "Main.java", 5),
                new TraceData.Function(1, false, "demo/Main$Inner", "work", "()V", "Main.java", 12),
                new TraceData.Function(2, true, "java/util/Random", "nextInt", "", "", 0));
        TraceData.ThreadData main = new TraceData.ThreadData("main", 1, List.of(
                new TraceData.FunctionCounts(0, new TraceData.Counts(1, 1, 1_000, 10_000, 10, 20)),
                new TraceData.FunctionCounts(1, new TraceData.Counts(10, 10, 5_000, 8_000, 10, 10)),
                new TraceData.FunctionCounts(2, new TraceData.Counts(10, 10, 1_000, 1_000, 0, 0))),
                List.of(new TraceData.EdgeCounts(0, 1, new TraceData.Counts(10, 10, 5_000, 8_000, 10, 10)),
                        new TraceData.EdgeCounts(1, 2, new TraceData.Counts(10, 10, 1_000, 1_000, 0, 0))));
        return new TraceData(10, 20, 30, 1_000_000, functions, List.of(main));
    }

    @Test
    void what_is_written_reads_back_equal() throws IOException {
        Path f = dir.resolve("t.wbt");
        TraceWriter.write(sample(), f);
        assertEquals(sample(), TraceReader.read(f));
        assertFalse(Files.exists(dir.resolve("t.wbt.tmp")));
    }

    @Test
    void the_warmup_left_out_reads_back_and_a_row_open_across_it_keeps_its_time_with_no_call() throws IOException {
        TraceData s = sample();
        TraceData.ThreadData t = s.threads().get(0);
        // main was called before the boundary: 0 calls after it, its time after it kept
        TraceData.ThreadData after = new TraceData.ThreadData(t.name(), t.threadId(), List.of(
                new TraceData.FunctionCounts(0, new TraceData.Counts(0, 0, 1_000, 10_000, 10, 20)),
                t.functions().get(1), t.functions().get(2)), t.edges());
        TraceData warm = new TraceData(s.insideNanos(), s.outsideCallNanos(), s.outsideMethodNanos(), s.wallNanos(),
                0, s.functions(), List.of(after), s.clock(), 0, s.process(), 2);
        Path f = dir.resolve("w.wbt");
        TraceWriter.write(warm, f);
        assertEquals(warm, TraceReader.read(f));
        FunctionStats main = TraceConverter.toFunctionData(warm, false).threads().get(0).functions().get(0);
        assertEquals(0, main.calls());
        assertEquals(10_000, main.cumulativeNanos());
    }

    @Test
    void raw_conversion_keeps_the_counters_and_names_functions_like_pstats() {
        FunctionData p = TraceConverter.toFunctionData(sample(), false);
        assertFalse(p.calibrated());
        List<FunctionStats> s = p.threads().get(0).functions();
        assertEquals("Main.java:5(Main.main)", Labels.STRIPPED.label(s.get(0).function()));
        assertEquals("Main.java:12(Main.Inner.work)", Labels.STRIPPED.label(s.get(1).function()));
        assertEquals("{java.util.Random.nextInt}", Labels.STRIPPED.label(s.get(2).function()));
        assertEquals(new MethodId("demo.Main$Inner", "work", "()V"), s.get(1).method());
        assertEquals(new SourceRef("demo/Main.java", 12), s.get(1).function().source());
        assertEquals(Frame.Kind.BUILTIN, s.get(2).function().kind());
        assertEquals(5_000, s.get(1).totalNanos());
        assertEquals(8_000, s.get(1).cumulativeNanos());
        assertEquals(10, s.get(1).callers().get(0).calls());
        assertEquals(new MethodId("demo.Main", "main", "([Ljava/lang/String;)V"), s.get(1).callers().get(0).caller().method());
    }

    @Test
    void calibrated_cumulative_time_is_never_below_own_time() {
        // work: 10 calls, own 700 ns and cumulative 720 ns raw, 10 descendants (cheap built-ins): the cumulative
        // estimate (average outside cost per descendant) would take more off than the own-time estimate does
        List<TraceData.Function> functions = List.of(
                new TraceData.Function(0, false, "demo/Main", "main", "()V", "Main.java", 5),
                new TraceData.Function(1, false, "demo/Main", "work", "()V", "Main.java", 12),
                new TraceData.Function(2, true, "java/util/Random", "nextInt", "", "", 0));
        TraceData.ThreadData main = new TraceData.ThreadData("main", 1, List.of(
                new TraceData.FunctionCounts(0, new TraceData.Counts(1, 1, 100_000, 101_000, 10, 20)),
                new TraceData.FunctionCounts(1, new TraceData.Counts(10, 10, 700, 720, 10, 10)),
                new TraceData.FunctionCounts(2, new TraceData.Counts(10, 10, 20, 20, 0, 0))),
                List.of(new TraceData.EdgeCounts(0, 1, new TraceData.Counts(10, 10, 700, 720, 10, 10)),
                        new TraceData.EdgeCounts(1, 2, new TraceData.Counts(10, 10, 20, 20, 0, 0))));
        TraceData data = new TraceData(10, 1, 40, 1_000_000, functions, List.of(main));
        for (FunctionStats f : TraceConverter.toFunctionData(data, true).threads().get(0).functions()) {
            assertTrue(f.cumulativeNanos() >= f.totalNanos(), f.method() + ": ct " + f.cumulativeNanos() + " < tt "
                    + f.totalNanos());
            for (FunctionStats.CallerStats c : f.callers()) {
                assertTrue(c.cumulativeNanos() >= c.totalNanos(), f.method() + " from " + c.caller());
            }
        }
    }

    @Test
    void calibration_subtracts_inside_from_callees_and_outside_per_kind_from_callers() {
        FunctionData p = TraceConverter.toFunctionData(sample(), true);
        List<FunctionStats> s = p.threads().get(0).functions();
        // main: own 1000 - 1 call x 10 inside - 10 method calls x 30 outside
        assertEquals(1_000 - 10 - 300, s.get(0).totalNanos());
        // work: own 5000 - 10 x 10 inside - 10 built-in calls x 20 outside
        assertEquals(5_000 - 100 - 200, s.get(1).totalNanos());
        // nextInt: 1000 - 10 x 10
        assertEquals(900, s.get(2).totalNanos());
        // 30 calls: 10 at 30 (methods) and 20 at 20 (built-ins... and main at 30): average outside
        double avgOutside = (1 * 30 + 10 * 30 + 10 * 20) / 21.0;
        assertEquals(Math.round(10_000 - 10 - 20 * (10 + avgOutside)), s.get(0).cumulativeNanos());
        assertEquals(10 + avgOutside, p.overheadNanosPerCall(), 1e-9);
    }

    @Test
    void a_truncated_file_fails_with_one_line_naming_it() throws IOException {
        Path f = dir.resolve("t.wbt");
        TraceWriter.write(sample(), f);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length - 5));
        IOException e = assertThrows(IOException.class, () -> TraceReader.read(f));
        assertEquals("trace file " + f + " is truncated", e.getMessage());
    }

    @Test
    void garbage_and_missing_files_fail_with_one_line() throws IOException {
        Path f = dir.resolve("g.wbt");
        Files.writeString(f, "this is not a trace at all, not even close");
        IOException e = assertThrows(IOException.class, () -> TraceReader.read(f));
        assertEquals(f + " is not a workbench trace file", e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> TraceReader.read(dir.resolve("none.wbt")));
        assertTrue(missing.getMessage().startsWith("no trace file "));
        assertFalse(missing.getMessage().contains("\n"));
    }

    @Test
    void traces_of_one_thread_merge_and_repeated_names_get_the_thread_id() {
        TraceData one = sample();
        TraceData.ThreadData t = one.threads().get(0);
        TraceData.ThreadData again = new TraceData.ThreadData("main", 1, t.functions(), t.edges());
        TraceData.ThreadData other = new TraceData.ThreadData("main", 7, t.functions(), t.edges());
        TraceData data = new TraceData(0, 0, 0, 0, one.functions(), List.of(t, again, other));
        FunctionData p = TraceConverter.toFunctionData(data, false);
        assertEquals(2, p.threads().size());
        assertEquals("main#1", p.threads().get(0).thread());
        assertEquals("main#7", p.threads().get(1).thread());
        assertEquals(20, p.threads().get(0).functions().get(1).calls());
        assertEquals(30, p.merged().get(1).calls());
    }

    /**
     * A total of finished threads keeps how many it holds through the file and the conversion, and the table sums
     * them: one thread's two traces are one thread, a total of 9,998 is 9,998.
     */
    @Test
    void a_total_of_finished_threads_keeps_its_count() throws IOException {
        TraceData one = sample();
        TraceData.ThreadData t = one.threads().get(0);
        TraceData.ThreadData again = new TraceData.ThreadData("main", 1, t.functions(), t.edges());
        TraceData.ThreadData total = new TraceData.ThreadData("(unnamed) (finished)", -1, t.functions(), t.edges(),
                List.of(), 9_998);
        Path f = dir.resolve("threads.wbt");
        TraceWriter.write(new TraceData(0, 0, 0, 0, one.functions(), List.of(t, again, total)), f);
        TraceData read = TraceReader.read(f);
        assertEquals(9_998, read.threads().get(2).threads());
        FunctionData p = TraceConverter.toFunctionData(read, false);
        assertEquals(List.of(1L, 9_998L), p.threads().stream().map(FunctionData.ThreadFunctions::threads).toList());
        assertEquals(9_999, p.threadCount());
    }

    /** Virtual threads have no name: two of them are "(unnamed)#id", as their total is "(unnamed) (finished)". */
    @Test
    void unnamed_threads_are_called_so_with_their_id() {
        TraceData one = sample();
        TraceData.ThreadData t = one.threads().get(0);
        TraceData data = new TraceData(0, 0, 0, 0, one.functions(), List.of(
                new TraceData.ThreadData("", 31, t.functions(), t.edges()),
                new TraceData.ThreadData("", 32, t.functions(), t.edges())));
        assertEquals(List.of("(unnamed)#31", "(unnamed)#32"), TraceConverter.toFunctionData(data, false).threads()
                .stream().map(FunctionData.ThreadFunctions::thread).toList());
    }
}
