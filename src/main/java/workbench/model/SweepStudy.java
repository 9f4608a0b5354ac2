package workbench.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A sweep ({@code workbench sweep}): K children at every point of a grid of sizes × iterations × variants × modes,
 * run in one shuffled order as an overhead study is, and what each child measured. A sweep stopped early holds
 * the children that finished: a prefix of its order.
 *
 * @param id         the saved id
 * @param name       a name the user gave it, {@code ""} for none
 * @param base       the workload of the grid's first point: its runs, alpha and seed hold for every point
 * @param jvm        the children's JVM and machine
 * @param startedAt  ISO-8601 instant the first child started
 * @param repeat     K, the runs per point
 * @param orderSeed  the seed of the shuffled order
 * @param sizes      the sizes, ascending
 * @param iterations the iterations, ascending
 * @param variants   the variants, in the table's order
 * @param modes      the modes, in the table's order
 * @param order      the planned order: every (point key, run) pair once ({@link SweepPoint#key()})
 * @param runs       the children that finished, in the order they ran
 * @param notices    what differed from what was asked, one line each
 * @param warmup     the warm-up each deterministic child of the workload ran first and left out of its counts and
 *                   own time, in runs at the series' largest point (a smaller point runs as many more as make the
 *                   same work; {@code sweep --warmup}); 0 for none (and in sweeps saved before it existed)
 * @param warmupAt   the method whose calls start a swept program's runs ({@code --warmup-at}); {@code null} for the
 *                   workload, whose runs start at its variant's {@code confidenceInterval}
 */
public record SweepStudy(String id, String name, Target base, JvmInfo jvm, String startedAt, int repeat,
                         long orderSeed, List<Integer> sizes, List<Integer> iterations, List<String> variants,
                         List<String> modes, List<OverheadStudy.Slot> order, List<SweepRun> runs, List<String> notices,
                         int warmup, String warmupAt) {

    public SweepStudy {
        sizes = List.copyOf(sizes);
        iterations = List.copyOf(iterations);
        variants = List.copyOf(variants);
        modes = List.copyOf(modes);
        order = List.copyOf(order);
        runs = List.copyOf(runs);
        notices = List.copyOf(notices);
        if (new HashSet<>(order).size() != order.size()) throw new IllegalArgumentException("the order repeats a slot");
        if (runs.size() > order.size()) throw new IllegalArgumentException("more runs than the order plans");
        if (warmup < 0) throw new IllegalArgumentException("warm-up runs must be 0 or more, got " + warmup);
    }

    /** A sweep without warm-up runs. */
    public SweepStudy(String id, String name, Target base, JvmInfo jvm, String startedAt, int repeat, long orderSeed,
                      List<Integer> sizes, List<Integer> iterations, List<String> variants, List<String> modes,
                      List<OverheadStudy.Slot> order, List<SweepRun> runs, List<String> notices) {
        this(id, name, base, jvm, startedAt, repeat, orderSeed, sizes, iterations, variants, modes, order, runs,
                notices, 0, null);
    }

    /** @return every point of the grid: by size, then iterations, then variant, then mode */
    public List<SweepPoint> points() {
        List<SweepPoint> out = new ArrayList<>();
        for (int n : sizes) {
            for (int it : iterations) {
                for (String v : variants) for (String m : modes) out.add(new SweepPoint(v, m, n, it));
            }
        }
        return out;
    }

    /** @return the series (variant and mode), in the table's order */
    public List<String> series() {
        List<String> out = new ArrayList<>();
        for (String v : variants) for (String m : modes) out.add(v + " " + m);
        return out;
    }

    /**
     * @param point a point of the grid
     * @return its finished runs, in the order they ran
     */
    public List<SweepRun> runsOf(SweepPoint point) {
        return runs.stream().filter(r -> r.point().equals(point)).toList();
    }

    /** @return whether every planned child finished */
    public boolean finished() {
        return runs.size() == order.size();
    }

    /**
     * @param run a run that finished since
     * @return the sweep with it appended
     */
    public SweepStudy plus(SweepRun run) {
        List<SweepRun> all = new ArrayList<>(runs);
        all.add(run);
        return new SweepStudy(id, name, base, jvm, startedAt, repeat, orderSeed, sizes, iterations, variants, modes,
                order, all, notices, warmup, warmupAt);
    }

    /** @return one short phrase for listings: {@code sweep n=1000..1000000 it=100 boxed,fused plain} */
    public String describe() {
        return "sweep n=" + range(sizes) + " it=" + range(iterations) + " " + String.join(",", variants) + " "
                + String.join(",", modes);
    }

    private static String range(List<Integer> values) {
        if (values.isEmpty()) return "?";
        return values.size() == 1 ? values.get(0).toString() : values.get(0) + ".." + values.get(values.size() - 1);
    }
}
