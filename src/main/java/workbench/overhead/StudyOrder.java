package workbench.overhead;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import workbench.model.OverheadStudy.Slot;

/**
 * The order an overhead study runs its children in: every (configuration, run) pair once, shuffled with a seed, so
 * that the machine's drift (a neighbour's load, thermal throttling) falls on every configuration alike rather than
 * on whichever ran last, and the same seed gives the same order again.
 */
public final class StudyOrder {

    private StudyOrder() {
    }

    /**
     * @param labels the configurations' labels
     * @param repeat runs per configuration, at least 1
     * @param seed   the shuffle's seed
     * @return the order
     */
    public static List<Slot> shuffled(List<String> labels, int repeat, long seed) {
        if (repeat < 1) throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
        List<Slot> slots = new ArrayList<>();
        for (int k = 1; k <= repeat; k++) {
            for (String label : labels) slots.add(new Slot(label, k));
        }
        Collections.shuffle(slots, new Random(seed));
        return List.copyOf(slots);
    }
}
