package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static workbench.model.Frames.java;
import static workbench.model.Frames.nativeCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.Frame;
import workbench.model.SampleData;
import workbench.model.SampleData.StackCount;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.ThreadScope;

class StatprofTableTest {

    private static final Frame LEAF = java("demo.A", "leaf", "()V", 10);
    private static final Frame REC_20 = java("demo.A", "rec", "(I)V", 20);
    private static final Frame REC_21 = java("demo.A", "rec", "(I)V", 21);
    private static final Frame MAIN = java("demo.Main", "main", "([Ljava/lang/String;)V", 5);

    /**
     * 10 samples at 10 ms: 6 in leaf under a twice-recursive rec (line 20), 3 in rec line 20 called from rec line 21,
     * 1 in main.
     */
    private static SampleData profile() {
        return new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, 10_000_000L, 2, "x.jfr"),
                List.of(LEAF, REC_20, REC_21, MAIN),
                List.of(new StackCount("main", List.of(0, 1, 1, 3), 6),
                        new StackCount("main", List.of(1, 2, 3), 3),
                        new StackCount("main", List.of(3), 1)));
    }

    private static String print(StatprofTable table) {
        StringWriter sw = new StringWriter();
        table.print(new PrintWriter(sw));
        return sw.toString();
    }

    @Test
    void by_line_prints_statprofs_columns_sorted_by_self_time() {
        String expected = String.join(System.lineSeparator(),
                "10 samples by async (perf_events), event cpu, interval 10ms, 2 lost, workload threads",
                "",
                "  %   cumulative      self",
                " time    seconds   seconds  name",
                " 60.00      0.06      0.06  A.java:10:A.leaf",
                " 30.00      0.09      0.03  A.java:20:A.rec",
                " 10.00      0.10      0.01  Main.java:5:Main.main",
                "  0.00      0.03      0.00  A.java:21:A.rec",
                "---",
                "Sample count: 10",
                "Total time: 0.100000 seconds",
                "");
        assertEquals(expected, print(new StatprofTable(profile(), StatprofTable.By.LINE, Labels.STRIPPED)));
    }

    @Test
    void recursion_counts_once_per_sample_in_cumulative() {
        List<StatprofTable.Row> rows = new StatprofTable(profile(), StatprofTable.By.LINE, Labels.STRIPPED).rows();
        // REC_20 is twice on the 6 samples' stacks and once on the 3 others': 9, not 15
        assertEquals(new StatprofTable.Row(REC_20, 3, 9), rows.get(1));
    }

    @Test
    void by_function_merges_lines_counting_a_sample_once_and_lists_lines_above_one_percent() {
        String expected = String.join(System.lineSeparator(),
                "10 samples by async (perf_events), event cpu, interval 10ms, 2 lost, workload threads",
                "",
                "  %   cumulative      self",
                " time    seconds   seconds  name",
                " 60.00      0.06      0.06  A.java:A.leaf",
                "                               60%   0.06   line 10",
                " 30.00      0.09      0.03  A.java:A.rec",
                "                               30%   0.03   line 20",
                " 10.00      0.10      0.01  Main.java:Main.main",
                "                               10%   0.01   line 5",
                "---",
                "Sample count: 10",
                "Total time: 0.100000 seconds",
                "");
        assertEquals(expected, print(new StatprofTable(profile(), StatprofTable.By.FUNCTION, Labels.STRIPPED)));
        // lines 20 and 21 of rec are both on the 3 samples' stacks: the function counts them once
        assertEquals(new StatprofTable.Row(REC_20.functionOnly(), 3, 9),
                new StatprofTable(profile(), StatprofTable.By.FUNCTION, Labels.STRIPPED).rows().get(1));
    }

    @Test
    void an_empty_profile_says_so() {
        SampleData empty = new SampleData(new SamplerInfo(SamplingEngine.JFR, SamplingEvent.CPU, "jdk.ExecutionSample",
                ThreadScope.WORKLOAD, 1_000_000L, 0, ""), List.of(), List.of());
        assertEquals(String.join(System.lineSeparator(),
                "0 samples by jfr (jdk.ExecutionSample), event cpu, interval 1ms, 0 lost, workload threads", "",
                "No samples recorded.", ""), print(new StatprofTable(empty, StatprofTable.By.LINE, Labels.STRIPPED)));
    }

    @Test
    void intervals_print_whole_units_or_two_decimals() {
        assertEquals("1ms", workbench.model.Durations.format(1_000_000L));
        assertEquals("10ms", workbench.model.Durations.format(10_000_000L));
        assertEquals("3.85ms", workbench.model.Durations.format(3_852_459L));
        assertEquals("250us", workbench.model.Durations.format(250_000L));
        assertEquals("1.50us", workbench.model.Durations.format(1_500L));
        assertEquals("2s", workbench.model.Durations.format(2_000_000_000L));
    }

    @Test
    void the_header_leaves_out_an_unknown_sampler_and_names_all_threads() {
        SampleData p = new SampleData(new SamplerInfo(SamplingEngine.JFR, SamplingEvent.WALL, "", ThreadScope.ALL,
                20_000_000L, 0, ""), List.of(MAIN), List.of(new StackCount("main", List.of(0), 3)));
        assertEquals("3 samples by jfr, event wall, interval 20ms, 0 lost, all threads",
                new StatprofTable(p, StatprofTable.By.LINE, Labels.STRIPPED).header());
    }

    @Test
    void full_labels_name_rows_by_source_path_and_binary_class() {
        String text = print(new StatprofTable(profile(), StatprofTable.By.LINE, new Labels(false)));
        assertEquals(" 60.00      0.06      0.06  demo/A.java:10:demo.A.leaf", text.lines().skip(4).findFirst()
                .orElseThrow());
    }

    @Test
    void native_frames_have_the_builtin_file_and_line_zero() {
        Frame spin = nativeCode("libjvm.so", "Spin");
        Frame irq = nativeCode("[kernel]", "irq_exit");
        SampleData p = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.ALL, 10_000_000L, 0, ""), List.of(irq, spin),
                List.of(new StackCount("VM Thread", List.of(0, 1), 2), new StackCount("VM Thread", List.of(1), 1)));
        List<String> rows = print(new StatprofTable(p, StatprofTable.By.LINE, Labels.STRIPPED)).lines().skip(4)
                .limit(2).toList();
        assertEquals(List.of(
                " 66.67      0.02      0.02  ~:0:irq_exit_[k]",
                " 33.33      0.03      0.01  ~:0:libjvm.so`Spin"), rows);
    }

    @Test
    void an_allocation_profile_is_told_in_bytes_and_objects() {
        SampleData alloc = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.ALLOC, "TLAB",
                ThreadScope.WORKLOAD, 1, 0, "x.jfr"),
                List.of(LEAF, REC_20, MAIN),
                List.of(new StackCount("main", List.of(0, 1, 2), 3L << 20, 3 * 64),
                        new StackCount("main", List.of(1, 2), 1L << 20, 16)));
        String text = print(new StatprofTable(alloc, StatprofTable.By.FUNCTION, Labels.STRIPPED));
        assertEquals(String.join("\n",
                "4.00 MiB allocated, sampled by async (TLAB), event alloc, 0 lost, workload threads; objects estimated"
                        + " from the sampled objects' sizes",
                "",
                "     %  cumulative        self        self",
                " bytes       bytes       bytes     objects  name",
                " 75.00    3.00 MiB    3.00 MiB         192  A.java:A.leaf",
                " 25.00    4.00 MiB    1.00 MiB          16  A.java:A.rec",
                "  0.00    4.00 MiB         0 B           0  Main.java:Main.main",
                "---",
                "Total: 4.00 MiB (4194304 bytes) in 208 objects",
                ""), text);
    }
}
