package workbench.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import workbench.compare.SyntheticSets;
import workbench.model.CallTree;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.JvmInfo;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.OverheadRun;
import workbench.model.OverheadStudy;
import workbench.model.Profile;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.ThreadScope;
import workbench.model.SourceRef;
import workbench.model.Target;
import workbench.overhead.Configuration;
import workbench.overhead.StudyOrder;
import workbench.report.FunctionHeader;
import workbench.report.Labels;
import workbench.report.SourceLookup;
import workbench.report.StatprofTable;

/** The page's HTML from hand-made models: exact rows, escaped names, verdict colours, the chart inline. */
class ReportPageTest {

    private static final String EVIL = "demo.Evil<img src=x onerror=alert(1)>";

    private static ReportPage page() {
        return new ReportPage("test", Labels.STRIPPED, new SourceLookup(List.of()), StatprofTable.By.LINE);
    }

    private static Frame frame(String cls, String method, String descriptor, int line) {
        MethodId id = new MethodId(cls, method, descriptor);
        return new Frame(id, SourceRef.of(id, null, line), Frame.Kind.JAVA);
    }

    /** A run whose functions carry every name that must be escaped: constructors, lambdas, generics, markup. */
    private static RunSet crafted() {
        Frame main = frame("demo.Main", "main", "([Ljava/lang/String;)V", 3);
        Frame init = frame("demo.Box", "<init>", "(Ljava/util/List;)V", 10);
        Frame clinit = frame("demo.Box", "<clinit>", "()V", 5);
        Frame lambda = frame("demo.Main", "lambda$main$0", "(Ljava/util/Map;)Ljava/util/List;", 7);
        Frame evil = frame(EVIL, "work", "()V", 1);
        List<FunctionStats> stats = List.of(
                new FunctionStats(main, 1, 1, 1_000, 9_000, List.of()),
                new FunctionStats(init, 4, 4, 2_000, 2_000, List.of(new FunctionStats.CallerStats(main, 4, 4, 2_000, 2_000))),
                new FunctionStats(clinit, 1, 1, 500, 500, List.of(new FunctionStats.CallerStats(main, 1, 1, 500, 500))),
                new FunctionStats(lambda, 2, 2, 1_500, 3_000, List.of(new FunctionStats.CallerStats(main, 2, 2, 1_500, 3_000))),
                new FunctionStats(evil, 3, 3, 1_500, 1_500, List.of(new FunctionStats.CallerStats(lambda, 3, 3, 1_500, 1_500))));
        FunctionData data = new FunctionData(50, true, List.of(new FunctionData.ThreadFunctions(
                "<script>alert(2)</script>", stats)));
        Profile p = SyntheticSets.profile("20261130-000000-deterministic", data, 9_000);
        return new RunSet(p.run().id(), "<b>bold</b> & \"quoted\"", List.of(p));
    }

    @Test
    void every_name_reaches_the_page_as_text() {
        String html = page().run(crafted()).render();
        assertFalse(html.contains("<img"), "markup in a class name stays text");
        assertFalse(html.contains("<b>bold"), "markup in a run name stays text");
        assertTrue(html.contains("Evil&lt;img src=x onerror=alert(1)&gt;.work"), "the crafted class, escaped");
        assertTrue(html.contains("Box.&lt;init&gt;") && html.contains("Box.&lt;clinit&gt;"), "constructors");
        assertTrue(html.contains("Main.lambda$main$0"), "lambdas");
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"), "the run's name");
        assertEquals(1, count(html, "<script>"), "only the page's own script");
    }

    @Test
    void the_function_table_has_a_row_and_a_panel_per_function_with_its_edges() {
        String html = page().run(crafted()).render();
        String table = html.substring(html.indexOf("<table class=\"sortable functions\">"));
        assertEquals(5, count(table.substring(0, table.indexOf("</table>")), "<tr class=\"clickable\""));
        assertEquals(5, count(html, "<div class=\"edges\""));
        // ordered by tottime: Box.<init> (2000 ns) first
        Matcher first = Pattern.compile("<tr class=\"clickable\" data-row=\"(t0-f\\d+)\">(.*?)</tr>").matcher(html);
        assertTrue(first.find());
        assertTrue(first.group(2).contains("Box.&lt;init&gt;"), first.group(2));
        assertTrue(first.group(2).startsWith("<td class=\"num\" data-v=\"4.00000000\">4</td>"), first.group(2));
        // main's panel: called by nobody, called <init>, <clinit> and the lambda
        String panel = panel(html, "Main.java:3(Main.main)");
        assertTrue(panel.contains("was called by: none recorded"), panel);
        for (String callee : List.of("Box.&lt;init&gt;", "Box.&lt;clinit&gt;", "Main.lambda$main$0")) {
            assertTrue(panel.contains(callee), callee + " in " + panel);
        }
        // each callee's row leads to that callee's own panel
        Matcher lambdaRow = Pattern.compile("data-row=\"(t0-f\\d+)\">[^\n]*Main.lambda\\$main\\$0\\)</td></tr>").matcher(html);
        assertTrue(lambdaRow.find());
        assertTrue(panel.contains("data-row=\"" + lambdaRow.group(1) + "\""), panel);
    }

    @Test
    void a_run_of_two_threads_says_what_its_total_sums_and_marks_the_parked_row_waiting() {
        Frame work = frame("demo.Main", "work", "()V", 3);
        Frame take = new Frame(new MethodId("java.util.concurrent.BlockingQueue", "take", ""), SourceRef.UNKNOWN,
                Frame.Kind.BUILTIN);
        FunctionData data = new FunctionData(50, true, List.of(
                new FunctionData.ThreadFunctions("main", List.of(new FunctionStats(work, 1, 1, 9_000, 9_000, List.of()))),
                new FunctionData.ThreadFunctions("waiter", List.of(new FunctionStats(take, 1, 1, 9_000, 9_000,
                        List.of())))), workbench.model.Clock.WALL, 22.0,
                new workbench.model.ProcessTimes(2_000_000_000L, 1_000_000_000L));
        Profile p = SyntheticSets.profile("20261130-000100-deterministic", data, 9_000);
        String html = page().run(new RunSet(p.run().id(), "", List.of(p))).render();
        assertTrue(html.contains("Summed over 2 threads (the wall-clock time of each; --per-thread splits them); the"
                + " process ran 2.000 s of wall time and 1.000 s of CPU time."), html);
        assertTrue(html.contains("; clock wall: 22.0 ns per reading."), html);
        assertTrue(html.contains("{java.util.concurrent.BlockingQueue.take} [waiting]</td>"), html);
        assertFalse(html.contains("Main.work) [waiting]"), html);
        assertTrue(html.contains("<p>" + FunctionHeader.WAITING + ": a JDK call that blocks"), html);
    }

    @Test
    void a_deterministic_run_with_call_paths_gets_their_flame_graph_by_exact_calls() {
        assertEquals(0, count(page().run(crafted()).render(), "<iframe class=\"flame\""), "no paths, no graph");
        assertTrue(page().run(crafted()).render().contains("profile with --stacks to keep them"));

        Frame main = frame("demo.Main", "main", "([Ljava/lang/String;)V", 3);
        Frame work = frame("demo.Work", "work", "()V", 8);
        CallTree.Builder tree = new CallTree.Builder();
        int root = tree.add(CallTree.Node.ROOT, main, 1, 1_000);
        tree.add(root, work, 1234, 5_000);
        List<FunctionStats> stats = List.of(new FunctionStats(main, 1, 1, 1_000, 6_000, List.of()),
                new FunctionStats(work, 1234, 1234, 5_000, 5_000,
                        List.of(new FunctionStats.CallerStats(main, 1234, 1234, 5_000, 5_000))));
        FunctionData data = new FunctionData(50, true, List.of(new FunctionData.ThreadFunctions("main", stats,
                tree.build())));
        Profile p = SyntheticSets.profile("20261130-000001-deterministic", data, 6_000);
        String html = page().run(new RunSet(p.run().id(), "", List.of(p))).render();
        assertEquals(1, count(html, "<iframe class=\"flame\""), "the call paths' flame graph");
        // the converter's page, escaped into the frame, carries the exact count of the path main;work: 1234 calls
        String srcdoc = html.substring(html.indexOf("data-srcdoc=\""));
        assertTrue(srcdoc.contains("1234") || srcdoc.contains("1,234"), "the path's exact calls in the graph");
        assertFalse(html.contains("profile with --stacks to keep them"));
    }

    @Test
    void a_comparison_colours_its_verdicts() {
        Frame slow = SyntheticSets.function("Work", "slow", 10);
        Frame same = SyntheticSets.function("Work", "same", 20);
        Map<Frame, Double> a = new LinkedHashMap<>(Map.of(slow, 0.1, same, 0.2));
        Map<Frame, Double> b = new LinkedHashMap<>(Map.of(slow, 0.2, same, 0.2));
        Map<Frame, Long> calls = Map.of(slow, 10L, same, 10L);
        RunSet setA = SyntheticSets.deterministic("a", 8, a, calls, 0.01, 1);
        RunSet setB = SyntheticSets.deterministic("b", 8, b, calls, 0.01, 2);
        String html = page().compare(setA, setB, 0.01).render();
        Matcher row = Pattern.compile("<tr><td data-v=\"Work.java:10\\(Work.slow\\)\">.*?</tr>").matcher(html);
        assertTrue(row.find(), html);
        assertTrue(row.group().contains("<td class=\"slower\" data-v=\"slower"), row.group());
        Matcher flat = Pattern.compile("<tr><td data-v=\"Work.java:20\\(Work.same\\)\">.*?</tr>").matcher(html);
        assertTrue(flat.find());
        assertTrue(flat.group().contains("<td class=\"same\" data-v=\"~"), flat.group());
    }

    @Test
    void a_comparison_shows_the_cpu_total_tested_and_the_wall_total_untested_or_why_the_total_is_wall() {
        Frame work = SyntheticSets.function("Work", "run", 10);
        RunSet a = SyntheticSets.deterministic("a", 6, Map.of(work, 1.0), Map.of(work, 1L), 0.01, 1);
        RunSet b = SyntheticSets.deterministic("b", 6, Map.of(work, 1.0), Map.of(work, 1L), 0.01, 2);
        String html = page().compare(SyntheticSets.withCpu(a, 1.0, null, 3), SyntheticSets.withCpu(b, 2.0, null, 4),
                0.01).render();
        assertTrue(html.matches("(?s).*<p>Total: CPU time of the process \\(s\\): A 1[0-9.]* \\[[^<]*\\], B 2?[0-9.]*"
                + " \\[[^<]*: <span class=\"slower\">slower \\(q=[0-9.]+\\)</span></p>.*"), html);
        assertTrue(html.matches("(?s).*<p>Total: own time, wall \\(s\\): [^<]*: <span class=\"same\">not tested"
                + "</span></p>.*"), html);
        String wall = page().compare(a, SyntheticSets.withCpu(b, 2.0, null, 4), 0.01).render();
        assertTrue(wall.contains("<p>Total: own time, wall (s): A "), wall);
        assertTrue(wall.contains("<p class=\"note\">Note: the total is wall time, which the machine&#39;s load moves:"
                + " A&#39;s runs did not record their CPU time"), wall);
    }

    @Test
    void the_heat_map_shades_the_hottest_line_darkest_and_gives_hits_in_the_margin() {
        MethodId m = new MethodId("demo.Loop", "run", "()V");
        LineData lines = new LineData(LineTiming.EXACT, 30, List.of(new LineData.FunctionLines(m,
                new SourceRef("demo/Loop.java", 3), List.of(new LineData.LineStats(3, 1, 1_000),
                        new LineData.LineStats(4, 1000, 9_000)))));
        Profile p = SyntheticSets.profile("20261130-000000-line", lines, 10_000);
        String html = page().run(RunSet.of(p)).render();
        assertTrue(html.contains("<tr data-line=\"4\"><td class=\"hits\">1,000</td><td class=\"pct\">90.0</td>"), html);
        assertTrue(html.contains("rgba(230, 70, 0, 0.700)"), "the hottest line at full shade");
        assertTrue(html.contains("rgba(230, 70, 0, 0.078)"), "line 3 at a ninth of it");
        assertFalse(html.contains("Summed over"), "one thread: its times are the run's");
        LineData four = new LineData(lines.timing(), lines.overheadNanosPerHit(), lines.functions(), lines.clock(), 4,
                new workbench.model.ProcessTimes(1_200_000_000L, 1_350_000_000L));
        String summed = page().run(RunSet.of(SyntheticSets.profile("20261130-000001-line", four, 10_000))).render();
        assertTrue(summed.contains("Summed over 4 threads (the wall-clock time of each); the process ran 1.200 s of"
                + " wall time and 1.350 s of CPU time."), summed);
    }

    @Test
    void sampled_line_times_get_the_heat_map_and_the_flame_graph_of_their_samples() {
        MethodId m = new MethodId("demo.Loop", "run", "()V");
        Frame line4 = new Frame(m, new SourceRef("demo/Loop.java", 4), Frame.Kind.JAVA);
        Frame main = frame("demo.Main", "main", "([Ljava/lang/String;)V", 9);
        SampleData samples = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, 1_000_000, 0, ""), List.of(line4, main),
                List.of(new SampleData.StackCount("main", List.of(0, 1), 7)));
        LineData lines = new LineData(LineTiming.SAMPLED, 0, List.of(new LineData.FunctionLines(m,
                new SourceRef("demo/Loop.java", 3), List.of(new LineData.LineStats(3, 1, 0),
                        new LineData.LineStats(4, 1000, 7_000_000)))));
        Profile p = SyntheticSets.profile("20261130-000000-line", new HybridLineData(lines, samples), 10_000_000);
        String html = page().run(RunSet.of(p)).render();
        assertTrue(html.contains("<tr data-line=\"4\"><td class=\"hits\">1,000</td><td class=\"pct\">100.0</td>"),
                "line 4 holds every sampled millisecond");
        assertEquals(1, count(html, "<iframe class=\"flame\""), "the samples' flame graph");
        assertTrue(html.contains("7 samples by async (perf_events)"), "the samples' header");
    }

    /** A deterministic run timed by samples: 4321 counted calls of work, 5 samples in it. */
    private static Profile timedBySamples(String id) {
        Frame main = frame("demo.Main", "main", "([Ljava/lang/String;)V", 3);
        Frame work = frame("demo.Work", "work", "()V", 8);
        SampleData samples = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, 1_000_000, 0, ""), List.of(work, main),
                List.of(new SampleData.StackCount("main", List.of(0, 1), 5)));
        List<FunctionStats> stats = List.of(new FunctionStats(main, 1, 1, 0, 5_000_000, List.of()),
                new FunctionStats(work, 4321, 4321, 5_000_000, 5_000_000,
                        List.of(new FunctionStats.CallerStats(main, 4321, 4321, 5_000_000, 5_000_000))));
        FunctionData counted = new FunctionData(0, false, List.of(new FunctionData.ThreadFunctions("main", stats)));
        return SyntheticSets.profile(id, new HybridFunctionData(counted, samples), 6_000_000);
    }

    @Test
    void a_run_timed_by_samples_says_what_is_exact_and_shows_its_counted_table_and_its_samples() {
        String html = page().run(RunSet.of(timedBySamples("20261130-000002-deterministic"))).render();
        assertTrue(html.contains("Sampled: tottime, cumtime, percall from 5 samples"), "what is sampled");
        assertTrue(html.contains("exact: ncalls"), "what is exact");
        assertTrue(html.contains(">4321</td>") || html.contains(">4,321</td>"), "the exact calls in the table");
        assertEquals(1, count(html, "<iframe class=\"flame\""), "the samples' flame graph");
    }

    @Test
    void a_comparison_of_runs_timed_by_samples_draws_their_differential_flame_graph() {
        String html = page().compare(RunSet.of(timedBySamples("20261130-000003-deterministic")),
                RunSet.of(timedBySamples("20261130-000004-deterministic")), 0.01).render();
        assertTrue(html.contains("<h3>Differential flame graph</h3>"), "from the samples of both sides");
        String traced = page().compare(crafted(), crafted(), 0.01).render();
        assertFalse(traced.contains("Differential flame graph"), "traced runs have no samples to draw");
    }

    @Test
    void an_overhead_study_draws_its_slowdowns_as_an_inline_svg() {
        List<String> configs = List.of(Configuration.PLAIN.label(), Configuration.DETERMINISTIC.label());
        List<OverheadRun> runs = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            runs.add(new OverheadRun(configs.get(0), k, 2_000_000_000L, (long) (1e9 * (1 + 0.01 * k)), 1, 0, Map.of(), Map.of()));
            runs.add(new OverheadRun(configs.get(1), k, 4_000_000_000L, (long) (3e9 * (1 + 0.01 * k)), 3, 1000, Map.of(), Map.of()));
        }
        OverheadStudy study = new OverheadStudy("20261130-000000-overhead", "", new Target("demo.Main", List.of(),
                Map.of()), new JvmInfo("17", "vm", "Linux", "h", 2), "2026-11-30T00:00:00Z", 5, 1, configs,
                StudyOrder.shuffled(configs, 5, 1), runs, List.of());
        String html = page().overhead(study).render();
        assertTrue(html.contains("<div class=\"chart\"><svg"), "the chart inline, without its XML prolog");
        assertFalse(html.contains("<?xml"));
        assertTrue(html.contains("<td class=\"num\" data-v=\"3.00000000\">3.00x</td>"), "deterministic's slowdown");
    }

    @Test
    void an_accuracy_study_draws_each_configurations_share_of_the_delay_with_its_table_and_summary() {
        String html = page().accuracy(workbench.overhead.AccuracyFiguresTest.study()).render();
        assertTrue(html.contains("(accuracy)"), "its tab");
        assertTrue(html.contains("<div class=\"chart\"><svg"), "the chart inline");
        assertTrue(html.contains(">sampling jfr 1ms</td>"), "a row per configuration");
        assertTrue(html.contains("<td class=\"num\" data-v=\"0.500000000\">50%</td><td data-v=\"[47, 53]%\">"),
                "JFR's share on the method, with its interval");
        assertTrue(html.contains("<li>of a delay of 100us in A.f, deterministic put 100 %"), "the summary");
        assertFalse(html.contains("next lines"), "a method study has no column of neighbouring lines");
    }

    @Test
    void a_line_accuracy_study_has_a_column_of_what_went_to_the_neighbouring_lines() {
        String html = page().accuracy(workbench.overhead.AccuracyFiguresTest.lineStudy()).render();
        assertTrue(html.contains("next lines"), "the column");
        assertTrue(html.contains("<td class=\"num\" data-v=\"0.200000000\">20%</td>"), "async's 20 % on line 11");
        assertTrue(html.contains("<li>of a delay of 100us in A.f:10, line exact put 100 % on the right line"), html);
    }

    @Test
    void a_sweep_draws_its_chart_exponents_and_growth_per_function_quadratic_first() {
        String html = page().sweep(workbench.growth.Sweeps.withQuadratic()).render();
        assertTrue(html.contains("<div class=\"chart\"><svg"), "the chart inline, without its XML prolog");
        assertTrue(html.contains("Growth per function, primitive deterministic"), html);
        int pairs = html.indexOf("data-v=\"App.java:20(App.pairs)\"");
        int scan = html.indexOf("data-v=\"App.java:10(App.scan)\"");
        assertTrue(pairs > 0 && scan > pairs, "the quadratic function before the linear leader");
        Matcher row = Pattern.compile("<tr><td data-v=\"App.java:20\\(App.pairs\\)\">.*?</tr>").matcher(html);
        assertTrue(row.find(), html);
        assertTrue(row.group().contains("faster than the leader"), row.group());
        assertTrue(html.contains("with a fixed cost: own time ="), html);
    }

    private static String panel(String html, String label) {
        Matcher m = Pattern.compile("<div class=\"edges\" id=\"[^\"]+\" hidden><h4>" + Pattern.quote(label)
                + "</h4>(.*?)</div>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), label);
        return m.group(1);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
