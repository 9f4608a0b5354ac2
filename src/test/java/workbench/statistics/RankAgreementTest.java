package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RankAgreementTest {

    private static final Map<String, Double> ABCD = Map.of("a", 4.0, "b", 3.0, "c", 2.0, "d", 1.0);

    @Test
    void identical_rankings_have_tau_one() {
        assertEquals(1.0, RankAgreement.kendallTauB(ABCD, ABCD), 1e-15);
    }

    @Test
    void reversed_rankings_have_tau_minus_one() {
        Map<String, Double> reversed = Map.of("a", 1.0, "b", 2.0, "c", 3.0, "d", 4.0);
        assertEquals(-1.0, RankAgreement.kendallTauB(ABCD, reversed), 1e-15);
    }

    @Test
    void one_swap_among_four_has_tau_two_thirds() {
        // 6 pairs, 5 concordant, 1 discordant: (5 - 1) / 6.
        Map<String, Double> swapped = Map.of("a", 3.0, "b", 4.0, "c", 2.0, "d", 1.0);
        assertEquals(2.0 / 3, RankAgreement.kendallTauB(ABCD, swapped), 1e-15);
    }

    @Test
    void scores_matter_only_through_their_order() {
        Map<String, Long> counts = Map.of("a", 4000L, "b", 300L, "c", 20L, "d", 1L);
        assertEquals(1.0, RankAgreement.kendallTauB(ABCD, counts), 1e-15);
    }

    @Test
    void a_key_missing_from_one_side_scores_zero_there_and_ties_use_tau_b() {
        // Union {a, b, c}: x = (2, 1, 0), y = (2, 0, 1). Pairs: (a,b) +, (a,c) +, (b,c) -: C = 2, D = 1, no ties.
        Map<String, Double> x = Map.of("a", 2.0, "b", 1.0);
        Map<String, Double> y = Map.of("a", 2.0, "c", 1.0);
        assertEquals(1.0 / 3, RankAgreement.kendallTauB(x, y), 1e-15);
        // x = (1, 1, 0) ties one pair: C = 2, D = 0, tau-b = 2 / sqrt((3 - 1) * 3).
        Map<String, Double> tied = Map.of("a", 1.0, "b", 1.0);
        Map<String, Double> full = Map.of("a", 3.0, "b", 2.0, "c", 1.0);
        assertEquals(2 / Math.sqrt(6), RankAgreement.kendallTauB(tied, full), 1e-15);
    }

    @Test
    void tau_is_undefined_with_fewer_than_two_keys_or_no_order_on_a_side() {
        assertTrue(Double.isNaN(RankAgreement.kendallTauB(Map.of("a", 1.0), Map.of("a", 2.0))));
        Map<String, Double> flat = Map.of("a", 1.0, "b", 1.0, "c", 1.0, "d", 1.0);
        assertTrue(Double.isNaN(RankAgreement.kendallTauB(flat, ABCD)));
    }

    @Test
    void top_k_overlap_counts_shared_keys_among_the_k_highest() {
        Map<String, Double> other = Map.of("a", 9.0, "c", 8.0, "b", 1.0, "d", 0.5);
        assertEquals(0.5, RankAgreement.topKOverlap(ABCD, other, 2)); // {a, b} vs {a, c}
        assertEquals(1.0, RankAgreement.topKOverlap(ABCD, other, 3)); // {a, b, c} vs {a, c, b}
        Map<String, Double> shifted = Map.of("e", 9.0, "a", 8.0, "b", 7.0);
        assertEquals(2.0 / 3, RankAgreement.topKOverlap(ABCD, shifted, 3), 1e-15); // {a, b, c} vs {e, a, b}
    }

    @Test
    void top_k_breaks_equal_scores_by_key_and_divides_by_k_when_a_side_is_short() {
        Map<String, Double> ties = Map.of("z", 1.0, "y", 1.0, "x", 1.0);
        assertEquals(1.0, RankAgreement.topKOverlap(ties, Map.of("x", 5.0, "y", 4.0), 2)); // {x, y} both
        assertEquals(0.25, RankAgreement.topKOverlap(Map.of("a", 1.0), ABCD, 4));
        assertThrows(IllegalArgumentException.class, () -> RankAgreement.topKOverlap(ABCD, ABCD, 0));
    }
}
