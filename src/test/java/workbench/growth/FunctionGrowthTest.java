package workbench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import workbench.model.Frame;
import workbench.model.SweepStudy;
import org.junit.jupiter.api.Test;

/** A linear program with one quadratic function inside, swept over four sizes: the quadratic one is named first. */
class FunctionGrowthTest {

    private static final Frame LINEAR = Sweeps.LINEAR;
    private static final Frame QUADRATIC = Sweeps.QUADRATIC;

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
}
