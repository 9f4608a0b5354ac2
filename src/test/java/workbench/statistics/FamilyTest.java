package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The family worth testing on a profile's shape: 400 rows of sampled seconds, 390 of them tiny (a fraction of a
 * sample to a few samples a run), 10 large; 6 runs a side; each run's counts are Poisson around the row's rate
 * times 3 % lognormal run-to-run noise. The measured rates are printed for the docs.
 */
class FamilyTest {

    private static final int TRIALS = 300;
    private static final int RUNS = 6;
    private static final int ROWS = 400;
    private static final int LARGE = 10;
    private static final double INTERVAL = 0.01;
    private static final int DOUBLED = 3;

    /** Samples a run per row: the large rows 50 to 2 000, the tiny ones 0.05 to 3. */
    private static double[] rates(SplittableRandom random) {
        double[] rates = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            rates[i] = i < LARGE ? 50 * Math.pow(40, i / (LARGE - 1.0)) : 0.05 + 3 * random.nextDouble();
        }
        return rates;
    }

    private static double[][] side(SplittableRandom random, double[] rates, int doubled) {
        double[][] runs = new double[ROWS][RUNS];
        for (int k = 0; k < RUNS; k++) {
            double machine = Math.exp(0.02 * random.nextGaussian());
            for (int i = 0; i < ROWS; i++) {
                double mean = rates[i] * (i == doubled ? 2 : 1) * machine * Math.exp(0.03 * random.nextGaussian());
                runs[i][k] = poisson(random, mean) * INTERVAL;
            }
        }
        return runs;
    }

    private static int poisson(SplittableRandom random, double mean) {
        if (mean > 50) return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    /** Outcome of one trial: whether the doubled row was called slower, and how many other rows were called. */
    private record Trial(boolean found, int falseCalls, int tested) {
    }

    private static Trial trial(SplittableRandom random, int doubled, boolean filter) {
        double[] rates = rates(random);
        double[][] a = side(random, rates, -1);
        double[][] b = side(random, rates, doubled);
        List<Runs> rows = new ArrayList<>();
        double[] pooled = new double[ROWS];
        double everything = 0;
        for (int i = 0; i < ROWS; i++) {
            for (int k = 0; k < RUNS; k++) everything += a[i][k] + b[i][k];
        }
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Runs(a[i], b[i]));
            double s = 0;
            for (int k = 0; k < RUNS; k++) s += a[i][k] + b[i][k];
            pooled[i] = s / everything;
        }
        List<Change> changes = filter ? Family.decide(rows, pooled, Family.DEFAULT_FLOOR, 0.01, 0.05)
                : Change.decideAll(rows, 0.01, 0.05);
        boolean found = false;
        int falseCalls = 0;
        int tested = 0;
        for (int i = 0; i < ROWS; i++) {
            Verdict v = changes.get(i).verdict();
            if (v != Verdict.TOO_SMALL) tested++;
            if (v != Verdict.SLOWER && v != Verdict.FASTER) continue;
            if (i == doubled && v == Verdict.SLOWER) found = true;
            else falseCalls++;
        }
        return new Trial(found, falseCalls, tested);
    }

    @Test
    void a_doubling_in_one_of_400_rows_is_called_at_6_runs_a_side() {
        SplittableRandom random = new SplittableRandom(2801);
        int found = 0;
        int withFalseCall = 0;
        int tested = 0;
        for (int t = 0; t < TRIALS; t++) {
            Trial trial = trial(random, DOUBLED, true);
            if (trial.found()) found++;
            if (trial.falseCalls() > 0) withFalseCall++;
            tested = trial.tested();
        }
        int foundUnfiltered = 0;
        SplittableRandom again = new SplittableRandom(2801);
        for (int t = 0; t < 50; t++) {
            if (trial(again, DOUBLED, false).found()) foundUnfiltered++;
        }
        System.out.printf(Locale.ROOT, "2x in 1 of %d rows (%d tested), %d runs a side: called in %d of %d trials"
                + " (%.1f%%), another row called in %d (%.1f%%); all rows, exact U test: called in %d of 50%n",
                ROWS, tested, RUNS, found, TRIALS, 100.0 * found / TRIALS, withFalseCall,
                100.0 * withFalseCall / TRIALS, foundUnfiltered);
        assertEquals(LARGE, tested, "the floor keeps exactly the large rows");
        assertTrue(found >= 0.95 * TRIALS, found + " of " + TRIALS);
        assertTrue(withFalseCall <= 0.05 * TRIALS, withFalseCall + " of " + TRIALS);
        assertEquals(0, foundUnfiltered, "the exact U test over 400 rows can never pass BH at 6 runs a side");
    }

    @Test
    void a_to_a_over_400_rows_calls_nothing() {
        SplittableRandom random = new SplittableRandom(2802);
        int quiet = 0;
        for (int t = 0; t < TRIALS; t++) {
            Trial trial = trial(random, -1, true);
            if (trial.falseCalls() == 0) quiet++;
        }
        System.out.printf(Locale.ROOT, "A/A over %d rows, %d runs a side: no row called in %d of %d trials"
                + " (%.1f%%)%n", ROWS, RUNS, quiet, TRIALS, 100.0 * quiet / TRIALS);
        assertTrue(quiet >= 0.95 * TRIALS, quiet + " of " + TRIALS);
    }

    @Test
    void rows_under_the_floor_are_too_small_and_keep_their_ratio() {
        double[] a = {1, 0, 2, 1};
        double[] b = {2, 2, 4, 2};
        List<Change> c = Family.decide(List.of(new Runs(a, b)), new double[] {0.001}, 0.005, 0.01, 0.05);
        assertEquals(Verdict.TOO_SMALL, c.get(0).verdict());
        assertEquals(RatioInterval.of(a, b), c.get(0).ratio());
        assertTrue(Double.isNaN(c.get(0).q()));
    }

    @Test
    void the_log_interval_holds_the_true_ratio_and_the_test_finds_it() {
        SplittableRandom random = new SplittableRandom(2803);
        int covered = 0;
        for (int t = 0; t < 1000; t++) {
            double[] a = SyntheticRuns.lognormal(random, 6, 1.0, 0.05);
            double[] b = SyntheticRuns.lognormal(random, 6, 2.0, 0.05);
            if (LogShift.ratio(a, b, 0.95).contains(2.0)) covered++;
        }
        // 95 % nominal; 1 000 trials put a correct interval in [93 %, 97 %] with room to spare
        assertTrue(covered >= 930 && covered <= 970, covered + " of 1000");
        double[] a = {1, 1, 1, 1};
        double[] b = {2, 2, 2, 2};
        assertEquals(0, LogShift.pValueBeyond(a, b, 0.01));
        assertEquals(1, LogShift.pValueBeyond(a, a.clone(), 0.01));
        assertEquals(new Estimate(1, 1, 1, 0.95), LogShift.ratio(new double[4], new double[4], 0.95));
    }
}
