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
        List<Integer> sizes = List.of(1000, 2000, 4000, 8000);
        SweepStudy s = SweepRunner.plan("20261206-000000-sweep", "", new WorkloadConfig(1000, 10, 1, 0.05,
                Variant.PRIMITIVE, 1, null), sizes, List.of(10), List.of("primitive"), List.of("deterministic"), 3, 1,
                List.of());
        java.util.Map<String, SweepPoint> points = new java.util.HashMap<>();
        s.points().forEach(p -> points.put(p.key(), p));
        java.util.SplittableRandom random = new java.util.SplittableRandom(2815);
        for (Slot slot : s.order()) {
            SweepPoint p = points.get(slot.config());
            double x = p.work();
            long linear = nanos(random, 1e3 * x);
            long quadratic = nanos(random, 1e-4 * x * x); // 10 % of the linear part at the smallest size
            long startup = nanos(random, 5e6);
            List<SweepRun.FunctionCost> f = List.of(new SweepRun.FunctionCost(LINEAR, (long) x, linear),
                    new SweepRun.FunctionCost(QUADRATIC, 1, quadratic), new SweepRun.FunctionCost(STARTUP, 1, startup));
            s = s.plus(new SweepRun(p, slot.run(), linear + quadratic + startup, linear + quadratic, -1, f));
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
        SweepStudy s = SweepRunner.plan("20261207-000000-sweep", "", new WorkloadConfig(1000, 10, 1, 0.05,
                Variant.PRIMITIVE, 1, null), sizes, List.of(10), List.of("primitive"), List.of("deterministic"), 5, 1,
                List.of());
        java.util.Map<String, SweepPoint> points = new java.util.HashMap<>();
        s.points().forEach(p -> points.put(p.key(), p));
        java.util.SplittableRandom random = new java.util.SplittableRandom(2816);
        for (Slot slot : s.order()) {
            SweepPoint p = points.get(slot.config());
            double x = p.work();
            long linear = nanos(random, 1e3 * x);
            long sort = nanos(random, 10 * x * Math.log(x));
            long remainder = nanos(random, 50 * Math.pow(x, remainderK) / Math.pow(1e4, remainderK - 1), remainderSigma);
            List<SweepRun.FunctionCost> f = List.of(new SweepRun.FunctionCost(LINEAR, (long) x, linear),
                    new SweepRun.FunctionCost(SORT, 1, sort), new SweepRun.FunctionCost(REMAINDER, 1, remainder));
            s = s.plus(new SweepRun(p, slot.run(), linear + sort + remainder, linear + sort + remainder, -1, f));
        }
        return s;
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
