package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shift B − A: the difference of medians, and an interval that covers a known shift as often as it says. */
class ShiftIntervalTest {

    @Test
    void the_estimate_is_the_difference_of_medians_and_the_interval_the_pairwise_extremes_for_few_runs() {
        Estimate e = ShiftInterval.of(new double[] {10, 12, 11}, new double[] {20, 23, 21});
        assertEquals(10, e.value(), 1e-12);
        // three runs a side reach 90 %: the whole range of the nine differences
        assertEquals(8, e.lower(), 1e-12);
        assertEquals(13, e.upper(), 1e-12);
        assertEquals(0.9, e.level(), 1e-12);
    }

    @Test
    void a_known_shift_is_covered_at_about_the_level_reached() {
        Random random = new Random(42);
        int covered = 0;
        int trials = 2000;
        double level = 0;
        for (int t = 0; t < trials; t++) {
            double[] a = new double[8];
            double[] b = new double[8];
            for (int i = 0; i < 8; i++) {
                a[i] = 100 + 5 * random.nextGaussian();
                b[i] = 130 + 5 * random.nextGaussian();
            }
            Estimate e = ShiftInterval.of(a, b);
            level = e.level();
            if (e.contains(30)) covered++;
        }
        // exact coverage is the level reached (about 95 %); 2000 trials put 3 standard errors at ±1.5 %
        assertTrue(Math.abs(covered / (double) trials - level) < 0.02, covered + " of " + trials + " at " + level);
        assertFalse(ShiftInterval.of(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 2, 3, 4, 5, 6}).lower() > 0);
    }
}
