package workbench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import workbench.compare.SyntheticSets;
import workbench.model.Frame;
import workbench.model.SweepPoint;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;
import org.junit.jupiter.api.Test;

/** A linear program with one quadratic function inside, swept over four sizes: the quadratic one is named first. */
class FunctionGrowthTest {

    private static final Frame LINEAR = SyntheticSets.function("App", "scan", 10);
    private static final Frame QUADRATIC = SyntheticSets.function("App", "pairs", 20);
    private static final Frame STARTUP = SyntheticSets.function("App", "main", 5);

    private static SweepStudy sweep() {
        List<Integer> sizes = List.of(1000, 2000, 4000, 8000);
        SweepStudy s = SweepRunner.plan("20261206-000000-sweep", "", new WorkloadConfig(1000, 10, 1, 0.05,
                Variant.PRIMITIVE, 1, null), sizes, List.of(10), List.of("primitive"), List.of("deterministic"), 3, 1,
                List.of());
        Map<String, SweepPoint> points = new java.util.HashMap<>();
        s.points().forEach(p -> points.put(p.key(), p));
        SplittableRandom random = new SplittableRandom(2815);
        for (var slot : s.order()) {
            SweepPoint p = points.get(slot.config());
            double x = p.work();
            long linear = nanos(random, 1e3 * x);
            long quadratic = nanos(random, 1e-4 * x * x); // 10 % of the linear part at the smallest size
            long startup = nanos(random, 5e6);
            List<SweepRun.FunctionCost> f = List.of(new SweepRun.FunctionCost(LINEAR, (long) x, linear),
                    new SweepRun.FunctionCost(QUADRATIC, 1, quadratic), new SweepRun.FunctionCost(STARTUP, 1, startup));
            s = s.plus(new SweepRun(p, slot.run(), linear + quadratic + startup, linear + quadratic, -1, f));
        }
        return s;
    }

    private static long nanos(SplittableRandom random, double mean) {
        return Math.round(mean * Math.exp(0.03 * random.nextGaussian()));
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
}
