package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void an_interval_contains_its_ends_and_nothing_beyond() {
        Estimate e = new Estimate(1.0, 0.9, 1.2, 0.95);
        assertTrue(e.contains(0.9));
        assertTrue(e.contains(1.2));
        assertTrue(e.contains(1.0));
        assertFalse(e.contains(0.899));
        assertFalse(e.contains(1.201));
    }

    @Test
    void the_unknown_estimate_contains_nothing_and_says_it_is_unknown() {
        assertFalse(Estimate.UNKNOWN.contains(1.0));
        assertFalse(Estimate.UNKNOWN.isKnown());
        assertTrue(new Estimate(1, 1, 1, 0).isKnown());
    }

    @Test
    void a_reversed_interval_or_a_level_outside_zero_to_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Estimate(1, 2, 1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new Estimate(1, 0, 2, 1.5));
    }
}
