package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RatioIntervalTest {

    /** Enough trials that the binomial standard error (0.29 points at 95.7 %) is small beside the 93–97 band. */
    private static final int TRIALS = 5000;

    @Test
    void the_interval_covers_a_true_slowdown_of_twenty_percent_in_93_to_97_percent_of_trials() {
        SplittableRandom random = new SplittableRandom(11);
        double coverage = coverage(1.2, () -> SyntheticRuns.lognormal(random, 10, 1.0, SyntheticRuns.SPREAD),
                () -> SyntheticRuns.lognormal(random, 10, 1.2, SyntheticRuns.SPREAD));
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    }

    @Test
    void the_interval_covers_no_change_in_93_to_97_percent_of_trials_with_normal_noise_too() {
        SplittableRandom random = new SplittableRandom(12);
        double coverage = coverage(1.0, () -> SyntheticRuns.normal(random, 10, 1.0, SyntheticRuns.SPREAD),
                () -> SyntheticRuns.normal(random, 10, 1.0, SyntheticRuns.SPREAD));
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    }

    private static double coverage(double truth, Supplier<double[]> a, Supplier<double[]> b) {
        int covered = 0;
        for (int t = 0; t < TRIALS; t++) {
            if (RatioInterval.of(a.get(), b.get()).contains(truth)) covered++;
        }
        return (double) covered / TRIALS;
    }

    @Test
    void the_point_is_the_ratio_of_medians_and_four_runs_a_side_span_all_pairwise_ratios() {
        // Medians 2.5 and 5; with 4 and 4 only k = 1 keeps P(U < k) = 1/70 within 2.5 %.
        Estimate e = RatioInterval.of(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8});
        assertEquals(new Estimate(2.0, 2.0 / 4, 8.0 / 1, 1 - 2.0 / 70), e);
    }

    @Test
    void the_same_runs_give_the_same_interval_every_time() {
        double[] a = SyntheticRuns.lognormal(new SplittableRandom(5), 10, 1.0, SyntheticRuns.SPREAD);
        double[] b = SyntheticRuns.lognormal(new SplittableRandom(6), 10, 1.1, SyntheticRuns.SPREAD);
        assertEquals(RatioInterval.of(a, b), RatioInterval.of(a.clone(), b.clone()));
    }

    @Test
    void zeros_are_allowed_and_zero_over_zero_is_no_change() {
        assertEquals(new Estimate(1, 1, 1, 1 - 2.0 / 70), RatioInterval.of(new double[4], new double[4]));
        Estimate appeared = RatioInterval.of(new double[4], new double[] {1, 2, 3, 4});
        assertEquals(Double.POSITIVE_INFINITY, appeared.value());
    }

    @Test
    void an_empty_side_is_unknown_and_negative_or_infinite_runs_are_refused() {
        assertSame(Estimate.UNKNOWN, RatioInterval.of(new double[0], new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> RatioInterval.of(new double[] {-1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> RatioInterval.of(new double[] {1}, new double[] {Double.POSITIVE_INFINITY}));
    }

    @Test
    void the_point_lies_inside_the_interval_with_ten_runs_a_side() {
        // 25 of the 100 pairwise ratios lie at or below b(5)/a(6) <= median ratio, and k = 24 < 25.
        SplittableRandom random = new SplittableRandom(13);
        for (int t = 0; t < 1000; t++) {
            Estimate e = RatioInterval.of(SyntheticRuns.lognormal(random, 10, 1.0, 0.1),
                    SyntheticRuns.lognormal(random, 10, 1.05, 0.1));
            assertTrue(e.contains(e.value()), e.toString());
        }
    }
}
