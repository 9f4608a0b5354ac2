package workbench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.SweepStudy;
import workbench.statistics.Verdict;

/** Two hand-made sweeps, one point twice as slow in B: slower there, ~ where nothing changed, added / removed. */
class SweepComparisonTest {

    private static final SweepStudy A = Sweeps.growing(List.of(1000, 10000), List.of("boxed"), List.of("plain"), 6,
            1.0);
    private static final SweepStudy B = Sweeps.scaled(Sweeps.growing(List.of(1000, 10000, 100000),
            List.of("boxed"), List.of("plain"), 6, 1.0), "20261202-000000-sweep", 10000, 2.0);

    @Test
    void a_doubled_point_is_slower_and_an_unchanged_one_is_the_same() {
        SweepComparison c = SweepComparison.of(A, B, 0.01);
        assertEquals(List.of("boxed plain n=1000 it=10", "boxed plain n=10000 it=10", "boxed plain n=100000 it=10"),
                c.rows().stream().map(r -> r.point().key()).toList());
        assertEquals(Arrays.asList(Verdict.SAME, Verdict.SLOWER, null), c.verdicts());
        assertEquals(2.0, c.rows().get(1).change().ratio().value(), 1e-6);
        assertTrue(c.rows().get(1).change().q() <= 0.05);
        assertFalse(c.rows().get(2).inA());
        assertTrue(c.rows().get(2).inB());

        StringWriter text = new StringWriter();
        c.print(new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        String head = lines.stream().filter(l -> l.startsWith("point ")).findFirst().orElseThrow();
        assertTrue(head.matches("point +A median \\[95% CI] +B median \\[95% CI] +B/A \\[95% CI] +verdict"), head);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("boxed plain n=10000 it=10 ") && l.contains("+100.0%")
                && l.contains("slower (q=")), text.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("boxed plain n=1000 it=10 ") && l.contains(" ~ (q=")),
                text.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("boxed plain n=100000 it=10 ") && l.endsWith("added")),
                text.toString());
    }

    @Test
    void the_other_way_round_the_point_is_faster_and_the_extra_one_removed() {
        SweepComparison c = SweepComparison.of(B, A, 0.01);
        assertEquals(Arrays.asList(Verdict.SAME, Verdict.FASTER, null), c.verdicts());
        StringWriter text = new StringWriter();
        c.print(new PrintWriter(text));
        assertTrue(text.toString().lines().anyMatch(l -> l.startsWith("boxed plain n=100000 it=10 ")
                && l.endsWith("removed")), text.toString());
    }

    @Test
    void too_few_runs_a_point_are_not_called() {
        SweepStudy a = Sweeps.growing(List.of(1000), List.of("boxed"), List.of("plain"), 3, 1.0);
        SweepStudy b = Sweeps.scaled(a, "20261202-000000-sweep", 1000, 2.0);
        assertEquals(List.of(Verdict.UNDECIDED), SweepComparison.of(a, b, 0.01).verdicts());
    }
}
