package workbench.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An overhead study ({@code workbench overhead}): K children per configuration, run in one shuffled order so that
 * the machine's drift hits every configuration alike, and what each child measured. A study stopped early (Ctrl-C,
 * {@code --max-runs}) holds the children that finished: a prefix of its order.
 *
 * @param id        the saved id
 * @param name      a name the user gave it, {@code ""} for none
 * @param target    the workload, the same for every child
 * @param jvm       the children's JVM and machine
 * @param startedAt ISO-8601 instant the first child started
 * @param repeat    K, the runs per configuration
 * @param orderSeed the seed of the shuffled order
 * @param configs   the configurations' labels, in the table's order
 * @param order     the planned order: every (configuration, run) pair once
 * @param runs      the children that finished, in the order they ran
 * @param notices   what differed from what was asked (an engine standing in, Python left out), one line each
 */
public record OverheadStudy(String id, String name, Target target, JvmInfo jvm, String startedAt, int repeat,
                            long orderSeed, List<String> configs, List<Slot> order, List<OverheadRun> runs,
                            List<String> notices) {

    public OverheadStudy {
        configs = List.copyOf(configs);
        order = List.copyOf(order);
        runs = List.copyOf(runs);
        notices = List.copyOf(notices);
        Set<Slot> seen = new HashSet<>();
        for (Slot s : order) {
            if (!seen.add(s)) throw new IllegalArgumentException("the order holds " + s + " twice");
        }
        if (runs.size() > order.size()) throw new IllegalArgumentException("more runs than the order plans");
    }

    /**
     * One child in the order.
     *
     * @param config the configuration's label
     * @param run    which of its K runs, from 1
     */
    public record Slot(String config, int run) {
    }

    /** @return whether every planned child finished */
    public boolean finished() {
        return runs.size() == order.size();
    }

    /**
     * @param label a configuration's label
     * @return its finished runs, in the order they ran
     */
    public List<OverheadRun> runsOf(String label) {
        return runs.stream().filter(r -> r.config().equals(label)).toList();
    }

    /**
     * @param more runs that finished since
     * @return the study with them appended
     */
    public OverheadStudy plus(List<OverheadRun> more) {
        List<OverheadRun> all = new java.util.ArrayList<>(runs);
        all.addAll(more);
        return new OverheadStudy(id, name, target, jvm, startedAt, repeat, orderSeed, configs, order, all, notices);
    }
}
