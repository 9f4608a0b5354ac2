package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MannWhitneyTest {

    @Test
    void exact_two_sided_p_values_match_the_reference_table_for_small_samples() {
        // Complete separation: only 2 of the C(n+m, n) splits are as extreme (all A below, or all above).
        assertEquals(2.0 / 20, MannWhitney.pValue(new double[] {1, 2, 3}, new double[] {4, 5, 6}), 1e-12);
        assertEquals(2.0 / 70, MannWhitney.pValue(new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8}), 1e-12);
        assertEquals(2.0 / 252,
                MannWhitney.pValue(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10}), 1e-12);
        // The side does not matter for a two-sided test.
        assertEquals(2.0 / 70, MannWhitney.pValue(new double[] {5, 6, 7, 8}, new double[] {1, 2, 3, 4}), 1e-12);
    }

    @Test
    void an_interleaved_case_matches_the_p_value_counted_over_every_split() {
        double[] a = {1, 2, 4, 7, 9};
        double[] b = {3, 5, 6, 8, 10, 11};
        double observed = RankSums.u(a, b); // 0+0+1+3+4 = 8 of 30
        long[] counts = RankSums.counts(a.length, b.length);
        double centre = a.length * b.length / 2.0;
        long asExtreme = 0;
        long all = 0;
        for (int u = 0; u < counts.length; u++) {
            all += counts[u];
            if (Math.abs(u - centre) >= Math.abs(observed - centre)) asExtreme += counts[u];
        }
        assertEquals(462, all); // C(11, 5)
        double p = (double) asExtreme / all;
        assertTrue(p > 0.05 && p < 0.5, "a mixed case, neither extreme nor central: " + p);
        assertEquals(p, MannWhitney.pValue(a, b), 1e-12);
    }

    @Test
    void an_empty_side_gives_nan_rather_than_a_p_value() {
        assertTrue(Double.isNaN(MannWhitney.pValue(new double[0], new double[] {1, 2})));
        assertTrue(Double.isNaN(MannWhitney.pValue(new double[] {1}, new double[0])));
        assertTrue(Double.isNaN(MannWhitney.pValueBeyond(new double[0], new double[] {1}, 0.01)));
    }

    @Test
    void samples_of_one_repeated_value_are_not_told_apart() {
        assertEquals(1.0, MannWhitney.pValue(new double[] {2, 2, 2, 2}, new double[] {2, 2, 2}));
    }

    @Test
    void nan_values_are_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> MannWhitney.pValue(new double[] {1, Double.NaN}, new double[] {1, 2}));
    }

    @Test
    void the_test_beyond_a_zero_threshold_is_the_ordinary_two_sided_test() {
        double[] a = {1, 2, 4, 7, 9};
        double[] b = {3, 5, 6, 8, 10, 11};
        assertEquals(MannWhitney.pValue(a, b), MannWhitney.pValueBeyond(a, b, 0), 1e-12);
        assertEquals(MannWhitney.pValue(b, a), MannWhitney.pValueBeyond(b, a, 0), 1e-12);
    }

    @Test
    void a_change_inside_the_threshold_is_not_evidence_of_a_change_beyond_it() {
        double[] a = {1.000, 1.001, 1.002, 1.003, 1.004, 1.005};
        double[] b = {1.006, 1.007, 1.008, 1.009, 1.010, 1.011}; // every B above every A, by under 1 %
        assertEquals(2.0 / 924, MannWhitney.pValue(a, b), 1e-12);
        assertEquals(1.0, MannWhitney.pValueBeyond(a, b, 0.01), 1e-12);
        double[] c = {1.100, 1.101, 1.102, 1.103, 1.104, 1.105}; // 10 % slower: beyond 1 % for every pair
        assertEquals(2.0 / 924, MannWhitney.pValueBeyond(a, c, 0.01), 1e-12);
    }
}
