package workbench.growth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.Frame;
import workbench.model.SweepPoint;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import workbench.statistics.Estimate;
import workbench.statistics.GrowthFit;

/**
 * Growth per function, as trend-prof fits it (Goldsmith, Aiken &amp; Wilkerson, FSE 2007): from a deterministic
 * sweep's exact calls and own times at each size, how much faster each function grows than the total, so that the
 * function that dominates at ten times the size is named before it does.
 *
 * <p>The fit is of the function's time <em>relative to the leader</em>, the function with the most time at the
 * largest size (what the total grows as there): log(time / leader's time in the same run) ∝ (k − k<sub>leader</sub>)
 * · log work, with {@link GrowthFit}'s interval. The ratio cancels what bends every function alike (the
 * JIT's warm-up at small sizes, a slower child): on the workload each function's own log-log k lay between 0.75
 * and 0.87, for work that is linear or it·log it. A function whose interval lies above 0 gains on the leader and
 * will overtake it at some size. Shares of all functions' time would not do: a start-up cost that does not grow
 * makes every growing function's share grow. Functions under half a percent of the time at the largest size are
 * left out.
 *
 * @param function        the function
 * @param exponent        its own k: its time against the work on log-log, with its 95 % interval; with the
 *                        warm-up left out ({@code sweep --warmup}) nothing cold bends it, and it compares with the
 *                        series' k (the total's)
 * @param relative        k − k<sub>leader</sub> with its 95 % interval
 * @param callsExponent   k of its calls (exact counts: the slope of the log mean calls on log work)
 * @param share           its share of all functions' own time at the largest size
 * @param leader          whether it is the function with the most time at the largest size (the reference)
 */
public record FunctionGrowth(Frame function, Estimate exponent, Estimate relative, double callsExponent,
                             double share, boolean leader) {

    /** Functions under this share of the time at the largest size are not fitted. */
    public static final double FLOOR = 0.005;

    /**
     * The order of {@link #of}'s list, in four bands: the functions surely growing faster than the leader, the surest
     * first (by the lower end of their interval); the leader; those the data cannot tell from it (an interval around
     * 0), by estimate; those surely growing slower, the nearest first (by the upper end).
     *
     * <p>The surest first, not the highest estimate: a function's own time that is what calibration left of a larger
     * raw time (a caller of many traced calls) has a wide interval, and its estimate would rank it above a function
     * timed directly that surely grows faster (on the workload: the sort of the means, below confidenceInterval).
     * The leader before the undecided: a function near the {@link #FLOOR} is noisy, and its estimate, whatever it
     * is, says less than the leader's exact 0 (a sweep listed main, at 0.51 % of the time and +0.37 [−0.58, +1.31],
     * before the leader).
     */
    private static final Comparator<FunctionGrowth> ORDER = Comparator.comparingInt(FunctionGrowth::band)
            .thenComparingDouble(g -> -(g.fasterThanLeader() ? g.relative().lower()
                    : g.slowerThanLeader() ? g.relative().upper() : g.relative().value()));

    /** @return whether it gains on the leader: the interval of k − k<sub>leader</sub> lies above 0 */
    public boolean fasterThanLeader() {
        return relative.lower() > 0;
    }

    /** @return whether the leader gains on it: the interval of k − k<sub>leader</sub> lies below 0 */
    public boolean slowerThanLeader() {
        return relative.upper() < 0;
    }

    /** @return its band in {@link #ORDER}: faster, the leader, undecided, slower */
    private int band() {
        return fasterThanLeader() ? 0 : leader ? 1 : slowerThanLeader() ? 3 : 2;
    }

    /**
     * @param sweep  the sweep
     * @param series a series of it ({@code variant mode})
     * @return its functions in {@link #ORDER}: those surely growing faster than the leader first, the surest first,
     *         then the leader, then the others; empty when the series has no functions (not deterministic)
     */
    public static List<FunctionGrowth> of(SweepStudy sweep, String series) {
        List<SweepPoint> points = sweep.points().stream().filter(p -> p.series().equals(series)).toList();
        double largestWork = points.stream().mapToDouble(SweepPoint::work).max().orElse(0);
        Map<Frame, Double> atLargest = new LinkedHashMap<>();
        double largestTotal = 0;
        for (SweepPoint p : points) {
            if (p.work() != largestWork) continue;
            for (SweepRun r : sweep.runsOf(p)) {
                for (SweepRun.FunctionCost f : r.functions()) {
                    atLargest.merge(f.function(), (double) f.totalNanos(), Double::sum);
                    largestTotal += f.totalNanos();
                }
            }
        }
        Frame leader = atLargest.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        if (leader == null || largestTotal <= 0) return List.of();
        Map<Frame, List<GrowthFit.Point>> ratios = new LinkedHashMap<>();
        Map<Frame, List<double[]>> calls = new LinkedHashMap<>();
        Map<Frame, List<GrowthFit.Point>> times = new LinkedHashMap<>();
        for (SweepPoint p : points) {
            List<SweepRun> runs = sweep.runsOf(p);
            Map<Frame, double[]> ratio = new LinkedHashMap<>();
            Map<Frame, double[]> count = new LinkedHashMap<>();
            Map<Frame, double[]> time = new LinkedHashMap<>();
            boolean[] counted = new boolean[runs.size()];
            for (int r = 0; r < runs.size(); r++) {
                double lead = runs.get(r).functions().stream().filter(f -> f.function().equals(leader))
                        .mapToDouble(SweepRun.FunctionCost::totalNanos).sum();
                if (lead <= 0) continue;
                counted[r] = true;
                for (SweepRun.FunctionCost f : runs.get(r).functions()) {
                    ratio.computeIfAbsent(f.function(), k -> new double[runs.size()])[r] += f.totalNanos() / lead;
                    count.computeIfAbsent(f.function(), k -> new double[runs.size()])[r] += f.calls();
                    time.computeIfAbsent(f.function(), k -> new double[runs.size()])[r] += f.totalNanos();
                }
            }
            for (Map.Entry<Frame, double[]> e : ratio.entrySet()) {
                double[] positive = Arrays.stream(e.getValue()).filter(v -> v > 0).toArray();
                if (positive.length == 0) continue;
                ratios.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new GrowthFit.Point(p.work(), positive));
                calls.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new double[] {p.work(), mean(count.get(e.getKey()), counted)});
                double[] own = Arrays.stream(time.get(e.getKey())).filter(v -> v > 0).toArray();
                if (own.length > 0) {
                    times.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new GrowthFit.Point(p.work(), own));
                }
            }
        }
        List<FunctionGrowth> out = new ArrayList<>();
        for (Map.Entry<Frame, List<GrowthFit.Point>> e : ratios.entrySet()) {
            double share = atLargest.getOrDefault(e.getKey(), 0.0) / largestTotal;
            if (share < FLOOR) continue;
            // the leader against itself is exactly 0: its own row is the reference
            Estimate relative = e.getKey().equals(leader) ? new Estimate(0, 0, 0, 0.95)
                    : GrowthFit.exponent(e.getValue());
            if (!relative.isKnown()) continue;
            List<double[]> c = calls.get(e.getKey());
            double[] lx = c.stream().mapToDouble(v -> Math.log(v[0])).toArray();
            double[] lc = c.stream().mapToDouble(v -> Math.log(Math.max(v[1], 1))).toArray();
            Estimate own = GrowthFit.exponent(times.getOrDefault(e.getKey(), List.of()));
            out.add(new FunctionGrowth(e.getKey(), own, relative, GrowthFit.slope(lx, lc), share,
                    e.getKey().equals(leader)));
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The mean over the runs whose ratio was taken: a run whose leader had no time left after calibration is not one
     * of them, and counting its calls as 0 would bend the calls' exponent.
     */
    private static double mean(double[] values, boolean[] counted) {
        double s = 0;
        int n = 0;
        for (int r = 0; r < values.length; r++) {
            if (!counted[r]) continue;
            s += values[r];
            n++;
        }
        return n == 0 ? 0 : s / n;
    }
}
