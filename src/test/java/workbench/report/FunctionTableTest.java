package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.FrameKey;
import workbench.model.FunctionStats;
import workbench.model.FunctionStats.CallerStats;

class FunctionTableTest {

    static final FrameKey CI = new FrameKey("BoxedBootstrap.java", 20, "BoxedBootstrap.confidenceInterval");
    static final FrameKey RANDINT = new FrameKey("Data.java", 23, "Data.randint");
    static final FrameKey NEXT = new FrameKey("~", 0, "java.util.Random.nextInt");
    static final FrameKey FIB = new FrameKey("Fib.java", 5, "Fib.fib");

    static List<FunctionStats> stats() {
        return List.of(
                new FunctionStats(CI, 4, 4, 1_688_000_000L, 7_238_000_000L, List.of()),
                new FunctionStats(RANDINT, 4_100_000, 4_100_000, 941_000_000L, 5_723_000_000L,
                        List.of(new CallerStats(CI, 4_000_000, 4_000_000, 911_000_000L, 5_550_000_000L),
                                new CallerStats(new FrameKey("Data.java", 34, "Data.generate"), 100_000, 100_000,
                                        30_000_000L, 173_000_000L))),
                new FunctionStats(NEXT, 4_100_000, 4_100_000, 288_000_000L, 288_000_000L,
                        List.of(new CallerStats(RANDINT, 4_100_000, 4_100_000, 288_000_000L, 288_000_000L))),
                new FunctionStats(FIB, 21891, 1, 5_000_000L, 6_000_000L, List.of()),
                new FunctionStats(new FrameKey("Zero.java", 1, "Zero.never"), 0, 0, 0, 0, List.of()));
    }

    private static String print(FunctionTable t, List<Restriction> r) {
        StringWriter sw = new StringWriter();
        t.printStats(new PrintWriter(sw), r);
        return sw.toString();
    }

    @Test
    void prints_header_order_restriction_and_columns_like_pstats() {
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("time")), null);
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
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("name")), "Calibrated: 1.0 ns");
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
        FunctionTable t = new FunctionTable(stats().subList(0, 1), List.of(SortKey.parse("cumulative")), null);
        String first = print(t, List.of()).lines().findFirst().orElseThrow();
        assertEquals("         4 function calls in 1.688 seconds", first);
    }

    @Test
    void a_fraction_keeps_that_share_rounded() {
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("calls")), null);
        String out = print(t, List.of(Restriction.parseLimit("0.5")));
        assertEquals(true, out.contains("   Ordered by: call count\n   List reduced from 5 to 3 due to restriction <0.5>\n"));
    }

    @Test
    void callers_view_matches_pstats_layout() {
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("time")), null);
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
        FunctionTable t = new FunctionTable(stats(), List.of(SortKey.parse("time")), null);
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
}
