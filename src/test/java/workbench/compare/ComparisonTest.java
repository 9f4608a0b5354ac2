package workbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.Profile;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.ThreadScope;
import workbench.report.Labels;
import workbench.statistics.Verdict;

/** Comparisons of run sets whose truth is known: what changed is called so, what did not is ~. */
class ComparisonTest {

    private static final Frame RESAMPLE = SyntheticSets.function("Boot", "resample", 20);
    private static final Frame MEAN = SyntheticSets.function("Boot", "mean", 40);
    private static final Frame RANDINT = SyntheticSets.function("Data", "randint", 23);
    private static final Frame SUM = SyntheticSets.function("Fused", "sum", 10);

    private static RunSet before(int runs) {
        Map<Frame, Double> s = new LinkedHashMap<>();
        s.put(RESAMPLE, 1.0);
        s.put(MEAN, 0.5);
        s.put(RANDINT, 0.3);
        return SyntheticSets.deterministic("a", runs, s, Map.of(RESAMPLE, 4L, MEAN, 44L, RANDINT, 41000L), 0.03, 1);
    }

    private static RunSet after(int runs) {
        Map<Frame, Double> s = new LinkedHashMap<>();
        s.put(RESAMPLE, 0.6);  // 40 % faster
        s.put(MEAN, 0.5);      // unchanged
        s.put(SUM, 0.2);       // new
        return SyntheticSets.deterministic("b", runs, s, Map.of(RESAMPLE, 4L, MEAN, 40L, SUM, 4L), 0.03, 2);
    }

    @Test
    void a_change_is_called_and_what_did_not_change_is_not() {
        Comparison c = Comparison.of(before(10), after(10), Measure.TOTTIME, false, 0.01);
        Map<Frame, Comparison.Row> rows = new LinkedHashMap<>();
        for (Comparison.Row r : c.rows()) rows.put(r.key().display(), r);
        assertEquals(Verdict.FASTER, rows.get(RESAMPLE).change().verdict());
        assertEquals(Verdict.SAME, rows.get(MEAN).change().verdict());
        assertTrue(rows.get(RESAMPLE).change().ratio().contains(0.6), rows.get(RESAMPLE).change().ratio().toString());
        assertFalse(rows.get(SUM).inA());
        assertFalse(rows.get(RANDINT).inB());
        assertEquals(Verdict.FASTER, c.total().change().verdict(), "1.8 s of work became 1.3 s");
        // largest absolute change first: resample (0.4 s), randint (0.3 s gone), sum (0.2 s new), mean (~0)
        assertEquals(List.of(RESAMPLE, RANDINT, SUM, MEAN), c.rows().stream().map(r -> r.key().display()).toList());
    }

    /** The same runs as if timed by samples ({@code --timing sampled}): the counts exact, the times sampled. */
    private static RunSet sampled(RunSet set) {
        SampleData none = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, 1_000_000L, 0, ""), List.of(), List.of());
        List<Profile> runs = new ArrayList<>();
        for (Profile p : set.runs()) {
            runs.add(new Profile(p.run(), new HybridFunctionData((FunctionData) p.data(), none)));
        }
        return new RunSet(set.id(), set.name(), runs);
    }

    @Test
    void runs_with_sampled_times_compare_their_counts_exactly_and_their_times_with_statistics() {
        Comparison timed = Comparison.of(before(4), after(4), Measure.TOTTIME, false, 0.01);
        Comparison c = Comparison.of(sampled(before(4)), sampled(after(4)), Measure.TOTTIME, false, 0.01);
        assertEquals(timed.rows().stream().map(r -> r.key().display() + " " + r.exactChanged() + " "
                + r.change().verdict()).toList(), c.rows().stream().map(r -> r.key().display() + " "
                + r.exactChanged() + " " + r.change().verdict()).toList());
        assertEquals(print(timed, 0), print(c, 0));
    }

    @Test
    void exact_counts_are_compared_exactly_and_a_change_in_them_is_shown() {
        Comparison c = Comparison.of(before(4), after(4), Measure.TOTTIME, false, 0.01);
        Comparison.Row mean = c.rows().stream().filter(r -> r.key().display().equals(MEAN)).findFirst().orElseThrow();
        Comparison.Row resample = c.rows().stream().filter(r -> r.key().display().equals(RESAMPLE)).findFirst()
                .orElseThrow();
        assertTrue(mean.exactChanged());
        assertFalse(resample.exactChanged());
        String table = print(c, 0);
        assertTrue(table.contains("44 -> 40"), table);
        assertTrue(table.lines().anyMatch(l -> l.contains("Boot.java:20(Boot.resample)") && l.contains("  4  ")),
                table);
    }

    @Test
    void the_table_names_both_sides_the_total_the_statistics_and_its_columns() {
        String table = print(Comparison.of(before(10), after(10), Measure.TOTTIME, false, 0.01), 0);
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).startsWith("A  a  boxed n=1000 10x1  deterministic  Java 17.0.15  10 runs"), lines.get(0));
        assertTrue(lines.get(1).startsWith("B  b  boxed n=1000 10x1  deterministic  Java 17.0.15  10 runs"), lines.get(1));
        assertTrue(lines.get(2).matches("total: own time, wall \\(s\\) +A [0-9.]+ \\[[0-9.]+, [0-9.]+\\] +B [0-9.]+ \\[[0-9.]+,"
                + " [0-9.]+\\] +B/A -[0-9.]+% \\[-[0-9.]+%, -[0-9.]+%\\] +faster \\(q=[0-9.]+\\)"), lines.get(2));
        assertTrue(table.contains("Benjamini-Hochberg"), table);
        String header = lines.stream().filter(l -> l.startsWith("A median")).findFirst().orElseThrow();
        assertTrue(header.matches("A median \\[95% CI\\] +B median \\[95% CI\\] +B/A \\[95% CI\\] +verdict +calls A -> B"
                + " +tottime \\(s\\)"), header);
        assertTrue(table.lines().anyMatch(l -> l.contains(" faster (q=") && l.endsWith("Boot.java:20(Boot.resample)")),
                table);
        assertTrue(table.lines().anyMatch(l -> l.contains(" removed ") && l.endsWith("Data.java:23(Data.randint)")),
                table);
        assertTrue(table.lines().anyMatch(l -> l.contains(" added ") && l.endsWith("Fused.java:10(Fused.sum)")), table);
        assertTrue(table.lines().anyMatch(l -> l.contains(" ~ (q=") && l.endsWith("Boot.java:40(Boot.mean)")), table);
    }

    @Test
    void with_fewer_than_four_runs_a_side_the_values_are_printed_without_a_verdict() {
        String table = print(Comparison.of(before(3), after(3), Measure.TOTTIME, false, 0.01), 0);
        assertTrue(table.lines().anyMatch(l -> l.contains("need >= 4 runs a side")
                && l.endsWith("Boot.java:20(Boot.resample)")), table);
        assertFalse(table.contains(" faster ("), table);
    }

    @Test
    void limit_and_match_keep_the_rows_asked_for() {
        Comparison c = Comparison.of(before(4), after(4), Measure.TOTTIME, false, 0.01);
        String limited = print(c, 1);
        assertTrue(limited.contains("(3 more rows; --limit 0 shows all)"), limited);
        StringWriter sw = new StringWriter();
        new CompareTable(c, Labels.STRIPPED).print(new PrintWriter(sw), 0, java.util.regex.Pattern.compile("mean"));
        assertEquals(1, sw.toString().lines().filter(l -> l.endsWith(")")).filter(l -> l.contains(".java:")).count(),
                sw.toString());
    }

    private static String print(Comparison c, int limit) {
        StringWriter sw = new StringWriter();
        new CompareTable(c, Labels.STRIPPED).print(new PrintWriter(sw), limit, null);
        return sw.toString();
    }
}
