package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static final int TRIALS = 200;

    private static double[] runs(SplittableRandom random, double median) {
        return SyntheticRuns.lognormal(random, 10, median, SyntheticRuns.SPREAD);
    }

    @Test
    void twenty_percent_slowdown_is_called_slower() {
        SplittableRandom random = new SplittableRandom(101);
        int slower = 0;
        for (int t = 0; t < TRIALS; t++) {
            if (Change.of(runs(random, 1.0), runs(random, 1.2)).verdict() == Verdict.SLOWER) slower++;
        }
        assertTrue(slower >= 0.95 * TRIALS, slower + " of " + TRIALS);
    }

    @Test
    void twenty_percent_speedup_is_called_faster() {
        SplittableRandom random = new SplittableRandom(102);
        int faster = 0;
        for (int t = 0; t < TRIALS; t++) {
            if (Change.of(runs(random, 1.2), runs(random, 1.0)).verdict() == Verdict.FASTER) faster++;
        }
        assertTrue(faster >= 0.95 * TRIALS, faster + " of " + TRIALS);
    }

    @Test
    void no_change_is_called_the_same() {
        SplittableRandom random = new SplittableRandom(103);
        int same = 0;
        for (int t = 0; t < TRIALS; t++) {
            if (Change.of(runs(random, 1.0), runs(random, 1.0)).verdict() == Verdict.SAME) same++;
        }
        assertTrue(same >= 0.95 * TRIALS, same + " of " + TRIALS);
    }

    @Test
    void fifty_unchanged_rows_decided_together_rarely_call_anything_changed() {
        SplittableRandom random = new SplittableRandom(104);
        int trialsWithAFalseCall = 0;
        for (int t = 0; t < TRIALS; t++) {
            List<Runs> rows = new ArrayList<>();
            for (int i = 0; i < 50; i++) rows.add(new Runs(runs(random, 1.0), runs(random, 1.0)));
            boolean falseCall = Change.decideAll(rows).stream()
                    .anyMatch(c -> c.verdict() == Verdict.FASTER || c.verdict() == Verdict.SLOWER);
            if (falseCall) trialsWithAFalseCall++;
        }
        // Every call is false when nothing changed, so this is the false discovery rate too.
        assertTrue(trialsWithAFalseCall <= 0.05 * TRIALS, trialsWithAFalseCall + " of " + TRIALS);
    }

    @Test
    void a_real_change_among_unchanged_rows_is_still_found_after_the_correction() {
        SplittableRandom random = new SplittableRandom(105);
        List<Runs> rows = new ArrayList<>();
        for (int i = 0; i < 49; i++) rows.add(new Runs(runs(random, 1.0), runs(random, 1.0)));
        rows.add(new Runs(runs(random, 1.0), runs(random, 1.2)));
        List<Change> changes = Change.decideAll(rows);
        assertEquals(50, changes.size());
        assertEquals(Verdict.SLOWER, changes.get(49).verdict());
        // With one row tested per 50, the q of the changed row is its p times 50 at most.
        assertTrue(changes.get(49).q() <= 50 * MannWhitney.pValueBeyond(rows.get(49).a(), rows.get(49).b(), 0.01));
    }

    @Test
    void fewer_than_four_runs_a_side_is_undecided() {
        double[] three = {1.0, 1.01, 0.99};
        double[] four = {2.0, 2.01, 1.99, 2.02};
        Change change = Change.of(three, four);
        assertEquals(Verdict.UNDECIDED, change.verdict());
        assertTrue(Double.isNaN(change.q()));
        assertEquals(Verdict.UNDECIDED, Change.of(four, three).verdict());
        assertEquals(Verdict.SLOWER, Change.of(new double[] {1.0, 1.01, 0.99, 1.02}, four).verdict());
    }

    @Test
    void undecided_rows_are_left_out_of_the_correction() {
        double[] a = {1.0, 1.01, 0.99, 1.02};
        double[] b = {2.0, 2.01, 1.99, 2.02};
        Change alone = Change.of(a, b);
        List<Change> together = Change.decideAll(List.of(new Runs(a, b), new Runs(new double[] {1}, new double[] {2})));
        assertEquals(alone.q(), together.get(0).q());
        assertEquals(Verdict.UNDECIDED, together.get(1).verdict());
    }

    @Test
    void a_change_within_the_noise_threshold_is_the_same_even_when_significant() {
        double[] a = {1.000, 1.001, 1.002, 1.003, 1.004, 1.005};
        double[] b = {1.006, 1.007, 1.008, 1.009, 1.010, 1.011};
        Change change = Change.of(a, b);
        assertTrue(change.p() <= 0.05, "p " + change.p());
        assertEquals(Verdict.SAME, change.verdict());
        assertEquals(Verdict.SLOWER, Change.of(a, b, 0.001, 0.05).verdict());
    }

    @Test
    void a_change_reports_both_medians_the_ratio_and_the_p_value() {
        double[] a = {1, 2, 3, 4};
        double[] b = {2, 4, 6, 8};
        Change change = Change.of(a, b);
        assertEquals(MedianInterval.of(a), change.a());
        assertEquals(MedianInterval.of(b), change.b());
        assertEquals(RatioInterval.of(a, b), change.ratio());
        assertEquals(MannWhitney.pValue(a, b), change.p());
    }

    @Test
    void verdicts_print_as_words_and_the_same_as_a_tilde() {
        assertEquals("faster", Verdict.FASTER.symbol());
        assertEquals("slower", Verdict.SLOWER.symbol());
        assertEquals("~", Verdict.SAME.symbol());
        assertEquals("?", Verdict.UNDECIDED.toString());
    }
}
