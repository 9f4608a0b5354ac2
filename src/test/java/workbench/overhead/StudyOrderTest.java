package workbench.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import workbench.model.OverheadStudy.Slot;

class StudyOrderTest {

    private static final List<String> LABELS = List.of("plain", "deterministic", "line exact", "reference");

    @Test
    void the_order_is_a_permutation_of_every_configuration_and_run() {
        List<Slot> order = StudyOrder.shuffled(LABELS, 5, 1);
        Set<Slot> expected = new HashSet<>();
        for (String l : LABELS) for (int k = 1; k <= 5; k++) expected.add(new Slot(l, k));
        assertEquals(expected.size(), order.size());
        assertEquals(expected, new HashSet<>(order));
    }

    @Test
    void the_same_seed_gives_the_same_order_and_another_seed_another() {
        assertEquals(StudyOrder.shuffled(LABELS, 5, 7), StudyOrder.shuffled(LABELS, 5, 7));
        assertNotEquals(StudyOrder.shuffled(LABELS, 5, 7), StudyOrder.shuffled(LABELS, 5, 8));
    }

    @Test
    void the_order_is_shuffled_not_grouped() {
        List<Slot> order = StudyOrder.shuffled(LABELS, 5, 1);
        assertNotEquals(StudyOrder.shuffled(LABELS, 5, 1).stream().sorted(
                java.util.Comparator.comparing(Slot::config).thenComparing(Slot::run)).toList(), order);
    }
}
