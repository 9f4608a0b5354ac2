package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MedianIntervalTest {

    @Test
    void ten_values_give_the_second_smallest_to_the_second_largest() {
        // P(Binomial(10, 1/2) <= 1) = 11/1024 <= 2.5 % < P(<= 2) = 56/1024: k = 2, level 1 - 22/1024.
        double[] sample = {7, 1, 9, 3, 5, 2, 8, 10, 4, 6};
        Estimate e = MedianInterval.of(sample);
        assertEquals(new Estimate(5.5, 2, 9, 1 - 22.0 / 1024), e);
        assertArrayEquals(new double[] {7, 1, 9, 3, 5, 2, 8, 10, 4, 6}, sample, "the sample is left as it was");
    }

    @Test
    void five_values_cannot_reach_95_percent_so_the_range_says_its_own_level() {
        assertEquals(new Estimate(3, 1, 5, 1 - 2.0 / 32), MedianInterval.of(new double[] {3, 1, 4, 1, 5}));
    }

    @Test
    void six_values_reach_95_percent_with_the_whole_range() {
        assertEquals(new Estimate(3.5, 1, 6, 1 - 2.0 / 64), MedianInterval.of(new double[] {6, 5, 4, 3, 2, 1}));
    }

    @Test
    void one_value_is_its_own_median_with_no_confidence() {
        assertEquals(new Estimate(4, 4, 4, 0), MedianInterval.of(new double[] {4}));
    }

    @Test
    void an_empty_sample_has_an_unknown_median_and_nan_is_refused() {
        assertSame(Estimate.UNKNOWN, MedianInterval.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> MedianInterval.of(new double[] {1, Double.NaN}));
    }

    @Test
    void the_interval_covers_the_true_median_as_often_as_its_level_says() {
        SplittableRandom random = new SplittableRandom(20_240_601L);
        int trials = 4000;
        int covered = 0;
        double level = 0;
        for (int t = 0; t < trials; t++) {
            Estimate e = MedianInterval.of(SyntheticRuns.lognormal(random, 10, 2.0, 0.2));
            covered += e.contains(2.0) ? 1 : 0;
            level = e.level();
        }
        double coverage = (double) covered / trials;
        // Level 97.85 %; the binomial standard error over 4000 trials is 0.23 points.
        assertTrue(coverage > level - 0.012 && coverage < level + 0.012, "coverage " + coverage + " level " + level);
    }
}
