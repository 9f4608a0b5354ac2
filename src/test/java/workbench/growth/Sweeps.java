package workbench.growth;

import java.util.List;
import workbench.model.OverheadStudy.Slot;
import workbench.model.SweepPoint;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/** Hand-made sweeps: times chosen by the test (c · (n · iterations)^k, 2 % apart per run), no child JVM. */
public final class Sweeps {

    /** {@link #withQuadratic}'s linear function, the leader. */
    public static final workbench.model.Frame LINEAR = workbench.compare.SyntheticSets.function("App", "scan", 10);
    /** {@link #withQuadratic}'s quadratic function, 10 % of the linear one's time at the smallest size. */
    public static final workbench.model.Frame QUADRATIC = workbench.compare.SyntheticSets.function("App", "pairs", 20);
    private static final workbench.model.Frame STARTUP = workbench.compare.SyntheticSets.function("App", "main", 5);

    private Sweeps() {
    }

    /**
     * @return a deterministic sweep of a linear program with one quadratic function inside, over four sizes, three
     *         runs a point, 3 % lognormal noise (seeded): the functions' calls and own times in every run
     */
    public static SweepStudy withQuadratic() {
        return deterministic("20261206-000000-sweep", List.of(1000, 2000, 4000, 8000), 3, 2815, (x, random) -> List.of(
                new SweepRun.FunctionCost(LINEAR, (long) (double) x, nanos(random, 1e3 * x)),
                // 10 % of the linear part at the smallest size
                new SweepRun.FunctionCost(QUADRATIC, 1, nanos(random, 1e-4 * x * x)),
                new SweepRun.FunctionCost(STARTUP, 1, nanos(random, 5e6))));
    }

    /**
     * A deterministic sweep of the primitive workload's shape over the given sizes (10 iterations each), its runs'
     * functions made by {@code costs} from the point's work and a seeded random source; a run's own time is its
     * functions' but {@link #STARTUP}'s, its wall time all of them.
     */
    private static SweepStudy deterministic(String id, List<Integer> sizes, int repeat, long seed,
            java.util.function.BiFunction<Double, java.util.SplittableRandom, List<SweepRun.FunctionCost>> costs) {
        SweepStudy s = SweepRunner.plan(id, "", new WorkloadConfig(1000, 10, 1, 0.05, Variant.PRIMITIVE, 1, null),
                sizes, List.of(10), List.of("primitive"), List.of("deterministic"), repeat, 1, List.of());
        java.util.Map<String, SweepPoint> points = new java.util.HashMap<>();
        s.points().forEach(p -> points.put(p.key(), p));
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (Slot slot : s.order()) {
            SweepPoint p = points.get(slot.config());
            List<SweepRun.FunctionCost> f = costs.apply(p.work(), random);
            long wall = f.stream().mapToLong(SweepRun.FunctionCost::totalNanos).sum();
            long own = f.stream().filter(c -> !c.function().equals(STARTUP))
                    .mapToLong(SweepRun.FunctionCost::totalNanos).sum();
            s = s.plus(new SweepRun(p, slot.run(), wall, own, -1, f));
        }
        return s;
    }

    private static long nanos(java.util.SplittableRandom random, double mean) {
        return nanos(random, mean, 0.03);
    }

    private static long nanos(java.util.SplittableRandom random, double mean, double sigma) {
        return Math.round(mean * Math.exp(sigma * random.nextGaussian()));
    }

    /** A function timed directly at its call site, growing as x log x: the sort of the workload's means. */
    public static final workbench.model.Frame SORT = workbench.compare.SyntheticSets.function("App", "sort", 30);
    /** A function whose own time is what calibration left of a much larger raw time: noisy, growing a little faster. */
    public static final workbench.model.Frame REMAINDER = workbench.compare.SyntheticSets.function("App", "loop", 40);

    /**
     * @param remainderK     the exponent {@link #REMAINDER}'s time grows with
     * @param remainderSigma the lognormal noise of {@link #REMAINDER}'s times (the others have 3 %)
     * @return a deterministic sweep over 64x the work, five runs a point: a linear leader, {@link #SORT} growing as
     *         x log x (k − k(leader) about +0.08 over the range), and {@link #REMAINDER}
     */
    public static SweepStudy withSortAndRemainder(double remainderK, double remainderSigma) {
        List<Integer> sizes = List.of(1000, 4000, 16000, 64000);
        return deterministic("20261207-000000-sweep", sizes, 5, 2816, (x, random) -> List.of(
                new SweepRun.FunctionCost(LINEAR, (long) (double) x, nanos(random, 1e3 * x)),
                new SweepRun.FunctionCost(SORT, 1, nanos(random, 10 * x * Math.log(x))),
                new SweepRun.FunctionCost(REMAINDER, 1,
                        nanos(random, 50 * Math.pow(x, remainderK) / Math.pow(1e4, remainderK - 1), remainderSigma))));
    }

    /** {@link #withSmallNoisy}'s small function: about 1 % of the time, growing as the leader does, very noisy. */
    public static final workbench.model.Frame SMALL = workbench.compare.SyntheticSets.function("App", "setup", 50);

    /**
     * @param seed the noise's seed
     * @return a deterministic sweep over 8x the work, three runs a point: a linear leader, {@link #QUADRATIC}, and
     *         {@link #SMALL}, linear too but with 60 % lognormal noise: its k − k(leader) is 0 with a wide interval
     */
    public static SweepStudy withSmallNoisy(long seed) {
        return deterministic("20261208-000000-sweep", List.of(1000, 2000, 4000, 8000), 3, seed, (x, random) -> List.of(
                new SweepRun.FunctionCost(LINEAR, (long) (double) x, nanos(random, 1e3 * x)),
                new SweepRun.FunctionCost(QUADRATIC, 1, nanos(random, 1e-4 * x * x)),
                new SweepRun.FunctionCost(SMALL, 1, nanos(random, 12 * x, 0.6))));
    }

    /**
     * @param exponents one exponent per variant (in order), the same for every mode
     * @return a finished sweep whose times grow with those exponents
     */
    public static SweepStudy growing(List<Integer> sizes, List<String> variants, List<String> modes, int repeat,
                              double... exponents) {
        SweepStudy s = SweepRunner.plan("20261201-000000-sweep", "", new WorkloadConfig(sizes.get(0), 10, 4, 0.05,
                Variant.fromCliName(variants.get(0)), 1, null), sizes, List.of(10), variants, modes, repeat, 1,
                List.of());
        java.util.Map<String, SweepPoint> points = new java.util.HashMap<>();
        s.points().forEach(p -> points.put(p.key(), p));
        for (Slot slot : s.order()) {
            SweepPoint p = points.get(slot.config());
            double k = exponents[variants.indexOf(p.variant())];
            long own = Math.round(1e-6 * Math.pow(p.work(), k) * (1 + 0.02 * slot.run()) * 1e9);
            s = s.plus(new SweepRun(p, slot.run(), own + 200_000_000L, own, (long) p.n() * 16 + (8L << 20)));
        }
        return s;
    }

    /**
     * @param s      a sweep
     * @param id     the copy's id
     * @param n      the size whose points change
     * @param factor what their own times are multiplied by
     * @return a copy of the sweep under another id, own times at size n scaled
     */
    public static SweepStudy scaled(SweepStudy s, String id, int n, double factor) {
        java.util.List<SweepRun> runs = s.runs().stream().map(r -> r.point().n() != n ? r
                : new SweepRun(r.point(), r.run(), r.wallNanos(), Math.round(r.ownNanos() * factor),
                        r.peakHeapBytes())).toList();
        return new SweepStudy(id, s.name(), s.base(), s.jvm(), s.startedAt(), s.repeat(), s.orderSeed(), s.sizes(),
                s.iterations(), s.variants(), s.modes(), s.order(), runs, s.notices());
    }
}
