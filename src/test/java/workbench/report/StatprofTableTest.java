package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.FrameKey;
import workbench.model.SampleProfile;
import workbench.model.SampleProfile.StackCount;

class StatprofTableTest {

    private static final FrameKey LEAF = new FrameKey("A.java", 10, "A.leaf");
    private static final FrameKey REC_20 = new FrameKey("A.java", 20, "A.rec");
    private static final FrameKey REC_21 = new FrameKey("A.java", 21, "A.rec");
    private static final FrameKey MAIN = new FrameKey("Main.java", 5, "Main.main");

    /**
     * 10 samples at 10 ms: 6 in leaf under a twice-recursive rec (line 20), 3 in rec line 20 called from rec line 21,
     * 1 in main.
     */
    private static SampleProfile profile() {
        return new SampleProfile("async", "cpu", "perf_events", "workload", 10_000_000L, 2, "x.jfr",
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
        assertEquals(expected, print(new StatprofTable(profile(), StatprofTable.By.LINE)));
    }

    @Test
    void recursion_counts_once_per_sample_in_cumulative() {
        List<StatprofTable.Row> rows = new StatprofTable(profile(), StatprofTable.By.LINE).rows();
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
        assertEquals(expected, print(new StatprofTable(profile(), StatprofTable.By.FUNCTION)));
        // lines 20 and 21 of rec are both on the 3 samples' stacks: the function counts them once
        assertEquals(new StatprofTable.Row(REC_20.functionOnly(), 3, 9),
                new StatprofTable(profile(), StatprofTable.By.FUNCTION).rows().get(1));
    }

    @Test
    void an_empty_profile_says_so() {
        SampleProfile empty = new SampleProfile("jfr", "cpu", "jdk.ExecutionSample", "workload", 1_000_000L, 0,
                null, List.of(), List.of());
        assertEquals(String.join(System.lineSeparator(),
                "0 samples by jfr (jdk.ExecutionSample), event cpu, interval 1ms, 0 lost, workload threads", "",
                "No samples recorded.", ""), print(new StatprofTable(empty, StatprofTable.By.LINE)));
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
}
