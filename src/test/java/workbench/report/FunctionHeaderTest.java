package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.Clock;
import workbench.model.Frame;
import workbench.model.Frames;
import workbench.model.FunctionData;
import workbench.model.FunctionData.ThreadFunctions;
import workbench.model.FunctionStats;
import workbench.model.ProcessTimes;

/** What a merged table says its total is, which clock it was read with, and which rows wait. */
class FunctionHeaderTest {

    private static final Frame WORK = Frames.java("demo.Split", "work", "(J)J", 10);
    private static final Frame TAKE = Frames.builtin("java.util.concurrent.BlockingQueue", "take");

    private static FunctionStats row(Frame f, long calls, long nanos) {
        return new FunctionStats(f, calls, calls, nanos, nanos, List.of());
    }

    /** One thread working 1 s, three parked 1 s each in {@code take}: 4 s summed in a process that ran 1.2 s. */
    private static FunctionData split(Clock clock, ProcessTimes process) {
        List<ThreadFunctions> threads = List.of(new ThreadFunctions("main", List.of(row(WORK, 1, 1_000_000_000L))),
                new ThreadFunctions("waiter-0", List.of(row(TAKE, 1, 1_000_000_000L))),
                new ThreadFunctions("waiter-1", List.of(row(TAKE, 1, 1_000_000_000L))),
                new ThreadFunctions("waiter-2", List.of(row(TAKE, 1, 1_000_000_000L))));
        return new FunctionData(40.0, true, threads, clock, 310.2, process);
    }

    private static List<String> print(FunctionData data, boolean perThread) {
        ReportSettings d = ReportSettings.defaults();
        ReportSettings s = new ReportSettings(d.sortKeys(), d.restrictions(), d.callers(), d.callees(), perThread,
                d.by(), d.labels(), d.sources());
        StringWriter out = new StringWriter();
        ProfilePrinter.print(data, s, new PrintWriter(out));
        return out.toString().lines().toList();
    }

    @Test
    void a_merged_table_of_four_threads_names_them_and_the_process_times_beside_the_sum() {
        List<String> lines = print(split(Clock.WALL, new ProcessTimes(1_200_000_000L, 1_350_000_000L)), false);
        assertEquals("         4 function calls in 4.000 seconds", lines.get(0));
        assertEquals("   Summed over 4 threads (the wall-clock time of each; --per-thread splits them); the process ran"
                + " 1.200 s of wall time and 1.350 s of CPU time", lines.get(1));
        assertEquals("   Calibrated: 40.0 ns of profiler overhead per call subtracted (--raw keeps it); clock wall:"
                + " 310.2 ns per reading", lines.get(2));
    }

    /** The agent keeps thousands of finished threads as one total: the header counts its threads, not its rows. */
    @Test
    void a_total_of_finished_threads_counts_as_the_threads_it_holds() {
        FunctionData data = new FunctionData(40.0, true, List.of(
                new ThreadFunctions("main", List.of(row(WORK, 1, 1_000_000_000L))),
                new ThreadFunctions("(unnamed) (finished)", List.of(row(TAKE, 10_000, 1_000_000_000L)),
                        null, 10_000)), Clock.WALL, 310.2, ProcessTimes.UNKNOWN);
        assertEquals("   Summed over 10,001 threads (the wall-clock time of each; --per-thread splits them)",
                print(data, false).get(1));
        assertTrue(print(data, true).contains("Thread: (unnamed) (finished) (10,000 threads)"));
    }

    @Test
    void the_parked_row_is_marked_waiting_and_the_legend_says_what_that_means() {
        List<String> lines = print(split(Clock.WALL, ProcessTimes.UNKNOWN), false);
        assertEquals("   Summed over 4 threads (the wall-clock time of each; --per-thread splits them)", lines.get(1));
        String take = lines.stream().filter(l -> l.contains("take}")).findFirst().orElseThrow();
        assertEquals("        3    3.000    1.000    3.000    1.000 {java.util.concurrent.BlockingQueue.take}"
                + " [waiting]", take);
        String work = lines.stream().filter(l -> l.contains("work)")).findFirst().orElseThrow();
        assertTrue(!work.contains(FunctionHeader.WAITING), work);
        assertTrue(lines.contains("   " + FunctionHeader.legend()), String.join("\n", lines));
    }

    @Test
    void the_cpu_clock_is_named_in_the_calibration_line_and_the_threads_line() {
        List<String> lines = print(split(Clock.CPU, ProcessTimes.UNKNOWN), false);
        assertEquals("   Summed over 4 threads (the thread CPU time of each; --per-thread splits them)", lines.get(1));
        assertTrue(lines.get(2).endsWith("; clock cpu: 310.2 ns per reading"), lines.get(2));
    }

    @Test
    void one_thread_and_per_thread_tables_print_pstats_header_alone() {
        FunctionData one = new FunctionData(40.0, true, List.of(new ThreadFunctions("main",
                List.of(row(WORK, 1, 1_000_000_000L)))));
        List<String> lines = print(one, false);
        assertEquals("   Calibrated: 40.0 ns of profiler overhead per call subtracted (--raw keeps it)", lines.get(1));
        assertEquals("", lines.get(2));
        List<String> split = print(split(Clock.WALL, ProcessTimes.UNKNOWN), true);
        assertEquals("Thread: main", split.get(0));
        assertTrue(split.get(2).startsWith("   Calibrated: "), split.get(2));
        assertTrue(split.stream().noneMatch(l -> l.startsWith("   Summed over")), String.join("\n", split));
    }
}
