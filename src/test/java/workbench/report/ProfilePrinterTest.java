package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static workbench.model.Frames.java;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.FunctionData.ThreadFunctions;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.model.SampleData.StackCount;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.ThreadScope;

class ProfilePrinterTest {

    @TempDir
    Path dir;

    private static String print(ProfileData data, ReportSettings settings) {
        StringWriter sw = new StringWriter();
        ProfilePrinter.print(data, settings, new PrintWriter(sw));
        return sw.toString();
    }

    private static List<String> firstLines(String text, int n) {
        return text.lines().limit(n).toList();
    }

    private static ReportSettings with(boolean perThread, Optional<Restriction> callers, Labels labels,
                                       SourceLookup sources) {
        ReportSettings d = ReportSettings.defaults();
        return new ReportSettings(d.sortKeys(), d.restrictions(), callers, d.callees(), perThread, d.by(), labels,
                sources);
    }

    private static FunctionData functions(boolean calibrated) {
        return new FunctionData(12.5, calibrated, List.of(new ThreadFunctions("main", FunctionTableTest.stats())));
    }

    private static SampleData samples() {
        Frame work = java("demo.Demo", "work", "(I)I", 7);
        Frame main = java("demo.Main", "main", "([Ljava/lang/String;)V", 3);
        return new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, 10_000_000L, 0, ""), List.of(work, main),
                List.of(new StackCount("main", List.of(0, 1), 3), new StackCount("main", List.of(1), 1)));
    }

    private SourceLookup demoSources() throws Exception {
        Files.createDirectories(dir.resolve("demo"));
        Files.writeString(dir.resolve("demo/Demo.java"), String.join("\n", List.of(
                "package demo;",
                "",
                "final class Demo {",
                "    @Deprecated",
                "    static int work(int n) {",
                "        int s = 0; // a comment with a } brace",
                "        for (int i = 0; i < n; i++) s += i;",
                "        String t = \"}\";",
                "        return s;",
                "    }",
                "}")));
        return new SourceLookup(List.of(dir));
    }

    @Test
    void function_data_prints_pstats_table_with_the_calibration_note() {
        assertEquals(List.of(
                "         8221895 function calls (8200005 primitive calls) in 2.922 seconds",
                "   Calibrated: 12.5 ns of profiler overhead per call subtracted (--raw keeps it)",
                "",
                "   Ordered by: internal time",
                "",
                "   ncalls  tottime  percall  cumtime  percall filename:lineno(function)",
                "        4    1.688    0.422    7.238    1.810 BoxedBootstrap.java:20(BoxedBootstrap.confidenceInterval)",
                "  4100000    0.941    0.000    5.723    0.000 Data.java:23(Data.randint)"),
                firstLines(print(functions(true), ReportSettings.defaults()), 8));
    }

    @Test
    void raw_function_data_says_the_overhead_was_not_subtracted() {
        assertEquals("   Raw: profiler overhead of 12.5 ns per call not subtracted",
                print(functions(false), ReportSettings.defaults()).lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void per_thread_function_tables_are_headed_by_the_thread() {
        FunctionData two = new FunctionData(0, true, List.of(
                new ThreadFunctions("main", FunctionTableTest.stats().subList(0, 1)),
                new ThreadFunctions("worker-1", FunctionTableTest.stats().subList(3, 4))));
        String text = print(two, with(true, Optional.empty(), Labels.STRIPPED, new SourceLookup(List.of())));
        assertEquals(List.of(
                "Thread: main",
                "         4 function calls in 1.688 seconds",
                "   Calibrated: 0.0 ns of profiler overhead per call subtracted (--raw keeps it)",
                "",
                "   Ordered by: internal time",
                "",
                "   ncalls  tottime  percall  cumtime  percall filename:lineno(function)",
                "        4    1.688    0.422    7.238    1.810 BoxedBootstrap.java:20(BoxedBootstrap.confidenceInterval)",
                "",
                "",
                "Thread: worker-1",
                "         21891 function calls (1 primitive calls) in 0.005 seconds"), firstLines(text, 12));
    }

    @Test
    void the_callers_setting_adds_the_callers_view_in_the_settings_labels() {
        String text = print(functions(true),
                with(false, Optional.of(Restriction.regex("randint")), new Labels(false), new SourceLookup(List.of())));
        String callers = text.substring(text.indexOf("   Ordered by: internal time\n   List reduced"));
        assertEquals(List.of(
                "   Ordered by: internal time",
                "   List reduced from 5 to 1 due to restriction <'randint'>",
                "",
                "Function                                                          was called by...",
                "                                                                      ncalls  tottime  cumtime",
                "workbench/workload/Data.java:23(workbench.workload.Data.randint)  <- 4000000    0.911    5.550"
                        + "  workbench/workload/BoxedBootstrap.java:20"
                        + "(workbench.workload.BoxedBootstrap.confidenceInterval)"), firstLines(callers, 6));
    }

    @Test
    void sample_data_prints_statprofs_table() {
        assertEquals(List.of(
                "4 samples by async (perf_events), event cpu, interval 10ms, 0 lost, workload threads",
                "",
                "  %   cumulative      self",
                " time    seconds   seconds  name",
                " 75.00      0.03      0.03  Demo.java:7:Demo.work",
                " 25.00      0.04      0.01  Main.java:3:Main.main",
                "---"), firstLines(print(samples(), ReportSettings.defaults()), 7));
    }

    @Test
    void line_data_prints_line_profilers_table() throws Exception {
        LineData lines = LineProfilerTableTest.demo(LineTiming.EXACT);
        assertEquals(List.of(
                "Timer unit: 1e-06 s",
                "Timer overhead: 21.5 ns per timed line start, subtracted (calibrated)",
                "",
                "Total time: 9.16983 s",
                "File: demo/Demo.java",
                "Function: work at line 4",
                "",
                "Line #      Hits         Time  Per Hit   % Time  Line Contents",
                "=============================================================="),
                firstLines(print(lines, with(false, Optional.empty(), Labels.STRIPPED, demoSources())), 9));
    }

    @Test
    void sampled_line_data_prints_the_line_table_naming_its_samples() throws Exception {
        LineData lines = new LineData(LineTiming.SAMPLED, 0,
                LineProfilerTableTest.demo(LineTiming.SAMPLED).functions());
        String text = print(new HybridLineData(lines, samples()),
                with(false, Optional.empty(), Labels.STRIPPED, demoSources()));
        assertEquals(List.of(
                "Timer unit: 1e-06 s",
                "Times sampled: 4 samples, async cpu every 10ms; hits counted exactly",
                "",
                "Total time: 9.16983 s",
                "File: demo/Demo.java",
                "Function: work at line 4"), firstLines(text, 6));
    }

    @Test
    void sampled_function_times_say_what_is_exact_and_what_is_sampled() throws Exception {
        // 3 of the 4 samples (30 ms of tottime at 10 ms) fell in the profiled function
        FunctionData counts = new FunctionData(0, false, List.of(new ThreadFunctions("main", List.of(
                new FunctionStats(java("demo.Demo", "work", "(I)I", 5), 7, 7, 30_000_000L, 30_000_000L,
                        List.of())))));
        String text = print(new HybridFunctionData(counts, samples()),
                with(false, Optional.empty(), Labels.STRIPPED, demoSources()));
        assertEquals(List.of("         7 function calls in 0.030 seconds",
                "   Sampled: tottime, cumtime, percall from 4 samples, async cpu every 10ms (1 outside these"
                        + " functions); exact: ncalls and the --callers/--callees counts"), firstLines(text, 2));
    }
}
