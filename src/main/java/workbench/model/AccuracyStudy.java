package workbench.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An accuracy study ({@code workbench accuracy --inject}): a known busy delay injected into one method, and for each
 * profiler configuration K children with it and K without, all in one shuffled order (as an overhead study runs
 * its children). The order's slots number a configuration's runs 1 to 2K: runs above K have the delay
 * ({@link #injected}).
 *
 * @param id         the saved id
 * @param name       a name the user gave it, {@code ""} for none
 * @param target     the program, the same for every child
 * @param jvm        the children's JVM and machine
 * @param startedAt  ISO-8601 instant the first child started
 * @param function   the function the delay is in, as profiles name it ({@code Data.randint})
 * @param place      where the delay was injected, as asked ({@code Data.randint}, {@code Data.randint:42})
 * @param asked      the delay as asked ({@code 200ns}, {@code +25%})
 * @param delayNanos the delay per call that was injected
 * @param repeat     K, the runs per configuration and side
 * @param orderSeed  the shuffle's seed
 * @param configs    the configurations' labels, in the table's order
 * @param order      the planned order: every (configuration, run) pair once, runs 1 to 2K
 * @param runs       the children that finished, in the order they ran
 * @param relations  how other functions relate to the injected one ({@code caller}, {@code callee}), as the
 *                   profiles' stacks and callers showed; a function not named is {@code other}
 * @param notes      what the study measured besides (the calibration run, the injection's cost to the JIT) and what
 *                   differed from what was asked, one line each
 */
public record AccuracyStudy(String id, String name, Target target, JvmInfo jvm, String startedAt, String function,
                            String place, String asked, long delayNanos, int repeat, long orderSeed,
                            List<String> configs, List<OverheadStudy.Slot> order, List<AccuracyRun> runs,
                            Map<String, String> relations, List<String> notes) {

    public AccuracyStudy {
        configs = List.copyOf(configs);
        order = List.copyOf(order);
        runs = List.copyOf(runs);
        relations = Collections.unmodifiableMap(new LinkedHashMap<>(relations));
        notes = List.copyOf(notes);
        if (runs.size() > order.size()) throw new IllegalArgumentException("more runs than the order plans");
    }

    /**
     * @param slot a slot of the order
     * @return whether its child has the delay
     */
    public boolean injected(OverheadStudy.Slot slot) {
        return slot.run() > repeat;
    }

    /** @return whether the delay is at a line ({@code Class.method:LINE}): the study then judges lines */
    public boolean atLine() {
        return place.contains(":");
    }

    /**
     * @return what the study judges, as its runs key it ({@link AccuracyRun#functions}): the function, or for a line
     *         target its line, {@code Class.method:LINE}
     */
    public String judged() {
        return atLine() ? function + place.substring(place.lastIndexOf(':')) : function;
    }

    /**
     * @param key a key of a run's times
     * @return whether it is a line of the injected function other than the injected one: a neighbour
     */
    public boolean neighbour(String key) {
        return atLine() && key.startsWith(function + ":") && !key.equals(judged());
    }

    /** @return whether every planned child finished */
    public boolean finished() {
        return runs.size() == order.size();
    }

    /**
     * @param label    a configuration's label
     * @param injected the side: with the delay or without
     * @return its finished runs on that side, in the order they ran
     */
    public List<AccuracyRun> runsOf(String label, boolean injected) {
        return runs.stream().filter(r -> r.config().equals(label) && r.injected() == injected).toList();
    }

    /**
     * @param run       a child that finished
     * @param relations what its profile showed of the injected function's callers and callees
     * @return the study with it appended
     */
    public AccuracyStudy plus(AccuracyRun run, Map<String, String> relations) {
        List<AccuracyRun> all = new ArrayList<>(runs);
        all.add(run);
        Map<String, String> rel = new LinkedHashMap<>(this.relations);
        relations.forEach(rel::putIfAbsent);
        return new AccuracyStudy(id, name, target, jvm, startedAt, function, place, asked, delayNanos, repeat,
                orderSeed, configs, order, all, rel, notes);
    }

    /**
     * @param more lines to add to the notes
     * @return the study with them
     */
    public AccuracyStudy withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        more.stream().filter(n -> !all.contains(n)).forEach(all::add);
        return new AccuracyStudy(id, name, target, jvm, startedAt, function, place, asked, delayNanos, repeat,
                orderSeed, configs, order, runs, relations, all);
    }
}
