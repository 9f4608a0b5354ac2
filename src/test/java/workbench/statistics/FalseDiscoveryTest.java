package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FalseDiscoveryTest {

    @Test
    void benjamini_hochberg_matches_the_hand_computed_example() {
        // Sorted: 0.005, 0.01, 0.03, 0.04 -> times 4/rank: 0.02, 0.02, 0.04, 0.04 (already monotone).
        double[] q = FalseDiscovery.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005});
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, q, 1e-15);
    }

    @Test
    void q_values_are_made_monotone_from_the_largest_p_down() {
        // Raw p*m/rank: 0.03, 0.01875, 0.025 -> the first takes the smaller value of the one after it.
        double[] q = FalseDiscovery.benjaminiHochberg(new double[] {0.01, 0.0125, 0.025});
        assertArrayEquals(new double[] {0.01875, 0.01875, 0.025}, q, 1e-15);
    }

    @Test
    void large_p_values_share_the_largest_and_never_exceed_one() {
        // Sorted 0.6, 0.7, 0.9 -> p*m/rank: 1.8, 1.05, 0.9; the running minimum from the top keeps all at 0.9.
        double[] q = FalseDiscovery.benjaminiHochberg(new double[] {0.9, 0.6, 0.7});
        assertArrayEquals(new double[] {0.9, 0.9, 0.9}, q, 1e-15);
    }

    @Test
    void nan_p_values_stay_nan_and_are_not_counted() {
        // Two tested rows: m = 2, not 4.
        double[] q = FalseDiscovery.benjaminiHochberg(new double[] {Double.NaN, 0.01, Double.NaN, 0.04});
        assertArrayEquals(new double[] {Double.NaN, 0.02, Double.NaN, 0.04}, q, 1e-15);
    }

    @Test
    void an_empty_table_has_no_q_values_and_a_p_outside_zero_to_one_is_refused() {
        assertArrayEquals(new double[0], FalseDiscovery.benjaminiHochberg(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> FalseDiscovery.benjaminiHochberg(new double[] {1.5}));
    }
}
