package workbench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import workbench.model.Frame;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import org.junit.jupiter.api.Test;

/** A linear program with one quadratic function inside, swept over four sizes: the quadratic one is named first. */
class FunctionGrowthTest {

    private static final Frame LINEAR = Sweeps.LINEAR;
    private static final Frame QUADRATIC = Sweeps.QUADRATIC;
    /** A seed whose noise puts {@link Sweeps#SMALL}'s estimate above 0 (the case the order must not follow). */
    private static final long SMALL_ABOVE_ZERO = 14;

    private static SweepStudy sweep() {
        return Sweeps.withQuadratic();
    }

    @Test
    void the_quadratic_function_is_named_first_and_gains_on_the_linear_leader() {
        SweepStudy s = sweep();
        List<FunctionGrowth> rows = FunctionGrowth.of(s, s.series().get(0));
        assertEquals(QUADRATIC, rows.get(0).function());
        assertTrue(rows.get(0).fasterThanLeader(), rows.get(0).toString());
        assertEquals(LINEAR, rows.get(1).function());
        assertTrue(rows.get(1).leader() && !rows.get(1).fasterThanLeader(), rows.get(1).toString());
        assertEquals(1.0, rows.get(0).relative().value(), 0.1, "quadratic against linear");
        assertFalse(rows.get(2).fasterThanLeader(), rows.get(2).toString());
        assertEquals(1.0, rows.stream().filter(r -> r.function().equals(LINEAR)).findFirst().orElseThrow()
                .callsExponent(), 1e-9, "exact calls grow as the work");
        StringWriter out = new StringWriter();
        SweepTable.print(s, new PrintWriter(out));
        assertTrue(out.toString().lines().anyMatch(l -> l.endsWith("App.java:20(App.pairs)  (faster than the leader)")),
                out.toString());
    }

    @Test
    void each_function_has_its_own_exponent_beside_the_relative_one() {
        SweepStudy s = sweep();
        List<FunctionGrowth> rows = FunctionGrowth.of(s, s.series().get(0));
        assertEquals(2.0, rows.get(0).exponent().value(), 0.05, "the quadratic function's own k");
        assertEquals(1.0, rows.get(1).exponent().value(), 0.05, "the linear leader's own k");
        assertTrue(rows.get(0).exponent().lower() > rows.get(1).exponent().upper(), rows.toString());
    }

    @Test
    void a_run_whose_leader_had_no_time_left_does_not_bend_the_calls_exponent() {
        SweepStudy s = sweep();
        // calibration can clamp a tiny leader's own time to 0 in a run: that run gives no ratio, and no calls either
        SweepRun first = s.runs().stream().filter(r -> r.point().n() == 1000).findFirst().orElseThrow();
        List<SweepRun.FunctionCost> f = first.functions().stream().map(c -> c.function().equals(LINEAR)
                ? new SweepRun.FunctionCost(LINEAR, c.calls(), 0) : c).toList();
        List<SweepRun> runs = s.runs().stream().map(r -> r != first ? r : new SweepRun(r.point(), r.run(),
                r.wallNanos(), r.ownNanos(), r.peakHeapBytes(), f)).toList();
        SweepStudy clamped = new SweepStudy(s.id(), s.name(), s.base(), s.jvm(), s.startedAt(), s.repeat(),
                s.orderSeed(), s.sizes(), s.iterations(), s.variants(), s.modes(), s.order(), runs, s.notices());
        FunctionGrowth quadratic = FunctionGrowth.of(clamped, clamped.series().get(0)).stream()
                .filter(g -> g.function().equals(QUADRATIC)).findFirst().orElseThrow();
        assertEquals(0.0, quadratic.callsExponent(), 1e-9, "one call a run at every size");
    }

    /**
     * A function timed directly that surely grows faster than the leader is named before one whose point estimate is
     * higher but whose own time is a noisy remainder (on the workload: the sort of the means against
     * confidenceInterval, whose own time is what calibration leaves of 1.28 M traced calls).
     */
    @Test
    void the_surest_faster_function_comes_first() {
        SweepStudy s = Sweeps.withSortAndRemainder(1.12, 0.2);
        List<FunctionGrowth> rows = FunctionGrowth.of(s, s.series().get(0));
        FunctionGrowth sort = rows.get(0);
        FunctionGrowth remainder = rows.get(1);
        assertEquals(Sweeps.SORT, sort.function(), rows.toString());
        assertEquals(Sweeps.REMAINDER, remainder.function(), rows.toString());
        assertTrue(sort.fasterThanLeader() && remainder.fasterThanLeader(), rows.toString());
        assertTrue(remainder.relative().value() > sort.relative().value(), "the remainder's estimate is the higher: "
                + rows);
        assertEquals(0.08, sort.relative().value(), 0.02, "x log x against x over 64x the work");
        // and with little noise the faster-growing remainder is the surer, and first
        SweepStudy quiet = Sweeps.withSortAndRemainder(1.12, 0.03);
        assertEquals(Sweeps.REMAINDER, FunctionGrowth.of(quiet, quiet.series().get(0)).get(0).function());
    }

    /**
     * A small function the data cannot tell from the leader comes after it, whatever its estimate: a sweep of the
     * workload listed main (0.51 % of the time, +0.37 [−0.58, +1.31]) before the leader.
     */
    @Test
    void the_leader_comes_before_functions_the_data_cannot_tell_from_it() {
        SweepStudy s = Sweeps.withSmallNoisy(SMALL_ABOVE_ZERO);
        List<FunctionGrowth> rows = FunctionGrowth.of(s, s.series().get(0));
        FunctionGrowth small = rows.stream().filter(g -> g.function().equals(Sweeps.SMALL)).findFirst().orElseThrow();
        // the case: its estimate above the leader's 0, its interval around it
        assertTrue(small.relative().value() > 0 && small.relative().lower() < 0, small.toString());
        assertEquals(List.of(QUADRATIC, LINEAR, Sweeps.SMALL), rows.stream().map(FunctionGrowth::function).toList());
        assertFalse(small.fasterThanLeader() || small.slowerThanLeader(), small.toString());
    }

    /**
     * Functions surely growing slower than the leader come last, the nearest first; the quadratic one, surely
     * faster, first.
     */
    @Test
    void functions_surely_slower_than_the_leader_come_last() {
        SweepStudy s = sweep();
        List<FunctionGrowth> rows = FunctionGrowth.of(s, s.series().get(0));
        FunctionGrowth last = rows.get(rows.size() - 1);
        assertTrue(last.slowerThanLeader(), rows.toString());
        assertEquals(-1.0, last.relative().value(), 0.1, "a constant start-up against a linear leader");
    }
}
