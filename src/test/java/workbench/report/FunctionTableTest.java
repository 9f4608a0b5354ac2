package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static workbench.model.Frames.builtin;
import static workbench.model.Frames.java;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.Frame;
import workbench.model.Frames;
import workbench.model.FunctionData;
import workbench.model.FunctionData.ThreadFunctions;
import workbench.model.FunctionStats;
import workbench.model.FunctionStats.CallerStats;

class FunctionTableTest {

    static final Frame CI = java("workbench.workload.BoxedBootstrap", "confidenceInterval", "(Ljava/util/List;)V", 20);
    static final Frame RANDINT = Frames.RANDINT;
    static final Frame GENERATE = java("workbench.workload.Data", "generate", "(I)Ljava/util/List;", 34);
    static final Frame NEXT = builtin("java.util.Random", "nextInt");
    static final Frame FIB = java("demo.Fib", "fib", "(I)I", 5);
    static final Frame NEVER = java("demo.Zero", "never", "()V", 1);

    static List<FunctionStats> stats() {
        return List.of(
                new FunctionStats(CI, 4, 4, 1_688_000_000L, 7_238_000_000L, List.of()),
                new FunctionStats(RANDINT, 4_100_000, 4_100_000, 941_000_000L, 5_723_000_000L,
                        List.of(new CallerStats(CI, 4_000_000, 4_000_000, 911_000_000L, 5_550_000_000L),
                                new CallerStats(GENERATE, 100_000, 100_000,
                                        30_000_000L, 173_000_000L))),
                new FunctionStats(NEXT, 4_100_000, 4_100_000, 288_000_000L, 288_000_000L,
                        List.of(new CallerStats(RANDINT, 4_100_000, 4_100_000, 288_000_000L, 288_000_000L))),
                new FunctionStats(FIB, 21891, 1, 5_000_000L, 6_000_000L, List.of()),
                new FunctionStats(NEVER, 0, 0, 0, 0, List.of()));
    }

    private static String print(FunctionTable t, List<Restriction> r) {
        StringWriter sw = new StringWriter();
        t.printStats(new PrintWriter(sw), r);
        return sw.toString();
    }

    @Test
    void prints_header_order_restriction_and_columns_like_pstats() {
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("time")), null, Labels.STRIPPED);
        String expected = String.join("\n",
                "         8221895 function calls (8200005 primitive calls) in 2.922 seconds",
                "",
                "   Ordered by: internal time",
                "   List reduced from 5 to 3 due to restriction <3>",
                "",
                "   ncalls  tottime  percall  cumtime  percall filename:lineno(function)",
                "        4    1.688    0.422    7.238    1.810 BoxedBootstrap.java:20(BoxedBootstrap.confidenceInterval)",
                "  4100000    0.941    0.000    5.723    0.000 Data.java:23(Data.randint)",
                "  4100000    0.288    0.000    0.288    0.000 {java.util.Random.nextInt}",
                "", "", "");
        assertEquals(expected, print(t, List.of(Restriction.count(3))));
    }

    @Test
    void recursion_shows_total_slash_primitive_and_zero_divisors_leave_percall_blank() {
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("name")), "Calibrated: 1.0 ns",
                Labels.STRIPPED);
        String out = print(t, List.of(Restriction.regex("Fib|Zero")));
        assertEquals(String.join("\n",
                "         8221895 function calls (8200005 primitive calls) in 2.922 seconds",
                "   Calibrated: 1.0 ns",
                "",
                "   Ordered by: function name",
                "   List reduced from 5 to 2 due to restriction <'Fib|Zero'>",
                "",
                "   ncalls  tottime  percall  cumtime  percall filename:lineno(function)",
                "  21891/1    0.005    0.000    0.006    0.006 Fib.java:5(Fib.fib)",
                "        0    0.000             0.000          Zero.java:1(Zero.never)",
                "", "", ""), out);
    }

    @Test
    void no_recursion_leaves_out_the_primitive_count() {
        FunctionTable t = new FunctionTable(stats().subList(0, 1), List.of(SortKey.parse("cumulative")), null,
                Labels.STRIPPED);
        String first = print(t, List.of()).lines().findFirst().orElseThrow();
        assertEquals("         4 function calls in 1.688 seconds", first);
    }

    @Test
    void a_fraction_keeps_that_share_rounded() {
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("calls")), null, Labels.STRIPPED);
        String out = print(t, List.of(Restriction.parseLimit("0.5")));
        assertEquals(true, out.contains("   Ordered by: call count\n   List reduced from 5 to 3 due to restriction <0.5>\n"));
    }

    @Test
    void callers_view_matches_pstats_layout() {
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("time")), null, Labels.STRIPPED);
        StringWriter sw = new StringWriter();
        t.printCallers(new PrintWriter(sw), List.of(Restriction.regex("randint")));
        assertEquals(String.join("\n",
                "   Ordered by: internal time",
                "   List reduced from 5 to 1 due to restriction <'randint'>",
                "",
                "Function                    was called by...",
                "                                ncalls  tottime  cumtime",
                "Data.java:23(Data.randint)  <- 4000000    0.911    5.550  BoxedBootstrap.java:20(BoxedBootstrap.confidenceInterval)",
                "                                100000    0.030    0.173  Data.java:34(Data.generate)",
                "", "", ""), sw.toString());
    }

    @Test
    void callees_view_lists_what_a_function_called() {
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("time")), null, Labels.STRIPPED);
        StringWriter sw = new StringWriter();
        t.printCallees(new PrintWriter(sw), List.of(Restriction.regex("randint")));
        assertEquals(String.join("\n",
                "   Ordered by: internal time",
                "   List reduced from 5 to 1 due to restriction <'randint'>",
                "",
                "Function                    called...",
                "                                ncalls  tottime  cumtime",
                "Data.java:23(Data.randint)  -> 4100000    0.288    0.288  {java.util.Random.nextInt}",
                "", "", ""), sw.toString());
    }

    static final Frame A_RUN = java("a.Util", "run", "()V", 3);
    static final Frame B_RUN = java("b.Util", "run", "()V", 3);

    /** Two threads, each calling a.Util.run and b.Util.run, which both call Random.nextInt. */
    static FunctionData twoUtils() {
        return new FunctionData(0, true, List.of(
                new ThreadFunctions("main", List.of(
                        new FunctionStats(A_RUN, 2, 2, 300_000_000L, 350_000_000L, List.of()),
                        new FunctionStats(B_RUN, 5, 5, 100_000_000L, 120_000_000L, List.of()),
                        new FunctionStats(NEXT, 7, 7, 70_000_000L, 70_000_000L, List.of(
                                new CallerStats(A_RUN, 2, 2, 50_000_000L, 50_000_000L),
                                new CallerStats(B_RUN, 5, 5, 20_000_000L, 20_000_000L))))),
                new ThreadFunctions("worker", List.of(
                        new FunctionStats(B_RUN, 3, 3, 100_000_000L, 110_000_000L, List.of()),
                        new FunctionStats(A_RUN, 1, 1, 100_000_000L, 130_000_000L, List.of()),
                        new FunctionStats(NEXT, 4, 4, 40_000_000L, 40_000_000L, List.of(
                                new CallerStats(B_RUN, 3, 3, 10_000_000L, 10_000_000L),
                                new CallerStats(A_RUN, 1, 1, 30_000_000L, 30_000_000L)))))));
    }

    @Test
    void two_classes_of_one_simple_name_keep_separate_rows_in_the_merged_table() {
        List<FunctionStats> merged = twoUtils().merged();
        assertEquals(3, merged.size());
        FunctionTable t = new FunctionTable(merged, List.of(SortKey.parse("time")), null, Labels.STRIPPED);
        assertEquals(String.join("\n",
                "         22 function calls in 0.710 seconds",
                "",
                "   Ordered by: internal time",
                "",
                "   ncalls  tottime  percall  cumtime  percall filename:lineno(function)",
                "        3    0.400    0.133    0.480    0.160 Util.java:3(Util.run)",
                "        8    0.200    0.025    0.230    0.029 Util.java:3(Util.run)",
                "       11    0.110    0.010    0.110    0.010 {java.util.Random.nextInt}",
                "", "", ""), print(t, List.of()));
    }

    @Test
    void full_labels_tell_the_two_classes_apart_by_package() {
        FunctionTable t = new FunctionTable(twoUtils().merged(), List.of(SortKey.parse("time")), null,
                new Labels(false));
        List<String> rows = print(t, List.of()).lines().skip(5).limit(3).toList();
        assertEquals(List.of(
                "        3    0.400    0.133    0.480    0.160 a/Util.java:3(a.Util.run)",
                "        8    0.200    0.025    0.230    0.029 b/Util.java:3(b.Util.run)",
                "       11    0.110    0.010    0.110    0.010 {java.util.Random.nextInt}"), rows);
    }

    @Test
    void callers_of_one_simple_name_stay_separate_edges_after_threads_merge() {
        FunctionTable t = new FunctionTable(twoUtils().merged(), List.of(SortKey.parse("time")), null,
                new Labels(false));
        StringWriter sw = new StringWriter();
        t.printCallers(new PrintWriter(sw), List.of(Restriction.regex("nextInt")));
        assertEquals(String.join("\n",
                "   Ordered by: internal time",
                "   List reduced from 3 to 1 due to restriction <'nextInt'>",
                "",
                "Function                    was called by...",
                "                                ncalls  tottime  cumtime",
                "{java.util.Random.nextInt}  <-       3    0.080    0.080  a/Util.java:3(a.Util.run)",
                "                                     8    0.030    0.030  b/Util.java:3(b.Util.run)",
                "", "", ""), sw.toString());
    }
}
