package workbench.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.OverheadStudy;

class StudyFiguresTest {

    private static OverheadStudy study() {
        return new Studies(5)
                .add(Configuration.PLAIN, 1.0)
                .add(Configuration.DETERMINISTIC, 3.0, 20_000_000, Studies.shares("a", 0.5, "b", 0.2, "c", 0.3),
                        Map.of())
                .add(Configuration.LINE_EXACT, 1.1, 1_000_000, Map.of(), Map.of(26, 0.7, 28, 0.2, 20, 0.1))
                .add(Configuration.REFERENCE, 1.2, 100, Studies.shares("a", 0.5, "b", 0.3, "c", 0.2),
                        Map.of(26, 0.6, 28, 0.3, 20, 0.1))
                .build();
    }

    @Test
    void every_configuration_has_a_row_and_each_interval_holds_its_estimate() {
        StudyFigures f = StudyFigures.of(study());
        assertEquals(4, f.rows().size());
        for (StudyFigures.Row r : f.rows()) {
            assertTrue(r.slowdown().contains(r.slowdown().value()), r.label() + " " + r.slowdown());
        }
        assertEquals(3.0, f.row(Configuration.DETERMINISTIC).slowdown().value(), 0.01);
        assertNotNull(f.reference());
    }

    @Test
    void cost_per_event_is_the_own_time_over_plain_per_event() {
        StudyFigures.Row det = StudyFigures.of(study()).row(Configuration.DETERMINISTIC);
        // medians 3.09 s and 1.03 s: 2.06 s over 20 M calls
        assertEquals(2.06e9 / 20e6, det.nanosPerEvent(), 1e-3);
    }

    @Test
    void rank_agreement_on_hand_made_shares_is_the_known_tau_and_overlap() {
        StudyFigures f = StudyFigures.of(study());
        StudyFigures.Row det = f.row(Configuration.DETERMINISTIC);
        // a > c > b against a > b > c: 2 concordant pairs, 1 discordant, no ties
        assertEquals(1.0 / 3, det.functionTau(), 1e-12);
        assertEquals(3.0 / 5, det.functionTop(), 1e-12); // three functions in common of a top 5
        assertEquals(1.0, f.row(Configuration.LINE_EXACT).lineTau(), 1e-12); // same order of lines
        assertEquals(1.0, f.reference().functionTau(), 1e-12);
        assertEquals("a", det.hottest());
        assertEquals(1.0, det.precision());
    }
}
