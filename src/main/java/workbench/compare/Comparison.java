package workbench.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import workbench.model.RunInfo;
import workbench.model.RunSet;
import workbench.statistics.Change;
import workbench.statistics.Estimate;
import workbench.statistics.Family;
import workbench.statistics.MedianInterval;
import workbench.statistics.Runs;

/**
 * Two run sets compared: the total and every row, each with the median of each side and its interval, B/A with its
 * interval, and a verdict. Only the rows worth testing are tested ({@link Family}: the row's share of everything,
 * pooled over both sides, at the floor or over), and those together, so that the false discovery rate across them
 * is controlled; rows with nothing on either side are left out. Exact counts (calls, hits) are shown beside.
 *
 * @param a         side A (the baseline)
 * @param b         side B
 * @param measure   what the rows compare
 * @param byLine    sampling rows per line rather than per function
 * @param threshold the relative change under which a significant change is still {@code ~}
 * @param floor     the pooled share under which a row is not tested ({@code too small})
 * @param tested    how many rows were tested
 * @param totalTime what the total is: the process's CPU time where both sides have it, else the wall-clock own time
 * @param total     the total per run, tested on its own
 * @param wallTotal beside a CPU total, the wall-clock own time per run, shown and not tested; {@code null} when the
 *                  total is that already
 * @param totalNote why the total is wall time (a side's runs did not record their CPU time), {@code ""} when it is not
 * @param rows      every row either side has something of, largest absolute change of the medians first
 */
public record Comparison(Side a, Side b, Measure measure, boolean byLine, double threshold, double floor, int tested,
                         TotalTime totalTime, Row total, Row wallTotal, String totalNote, List<Row> rows) {

    /**
     * One side's description.
     *
     * @param id     the run set's id
     * @param name   its name, {@code ""} for none
     * @param first  its first run's header (target, mode, settings, JVM)
     * @param runs   how many runs
     */
    public record Side(String id, String name, RunInfo first, int runs) {
        static Side of(RunSet s) {
            return new Side(s.id(), s.name(), s.first(), s.size());
        }
    }

    /**
     * One row on both sides.
     *
     * @param key      the row
     * @param inA      whether any run of A has it
     * @param inB      whether any run of B has it
     * @param a        A's values, one per run
     * @param b        B's values, one per run
     * @param change   medians, intervals, B/A and the verdict
     * @param shareA   A's median share of all samples (sampling), NaN otherwise
     * @param shareB   B's median share
     * @param exactA   A's exact count per run (calls, hits), empty when the mode has none
     * @param exactB   B's exact count per run
     * @param pooled   the filter statistic: the row's share of everything, pooled over both sides' runs
     */
    public record Row(RowKey key, boolean inA, boolean inB, double[] a, double[] b, Change change, double shareA,
                      double shareB, double[] exactA, double[] exactB, double pooled) {

        /** @return |median B − median A|: how far the row moved, in the measure's unit */
        public double absoluteChange() {
            return Math.abs(change.b().value() - change.a().value());
        }

        /** @return whether the exact counts differ between or within the sides */
        public boolean exactChanged() {
            double[] all = new double[exactA.length + exactB.length];
            System.arraycopy(exactA, 0, all, 0, exactA.length);
            System.arraycopy(exactB, 0, all, exactA.length, exactB.length);
            return Arrays.stream(all).distinct().count() > 1;
        }
    }

    /**
     * @param a         the baseline
     * @param b         the other side
     * @param measure   what to compare (of the sets' mode)
     * @param byLine    sampling rows per line
     * @param threshold noise threshold, e.g. 0.01
     * @return the comparison, with the default floor
     */
    public static Comparison of(RunSet a, RunSet b, Measure measure, boolean byLine, double threshold) {
        return of(a, b, measure, byLine, threshold, Family.DEFAULT_FLOOR);
    }

    /**
     * @param a         the baseline
     * @param b         the other side
     * @param measure   what to compare (of the sets' mode)
     * @param byLine    sampling rows per line
     * @param threshold noise threshold, e.g. 0.01
     * @param floor     rows whose pooled share is below this are not tested, e.g. 0.005
     * @return the comparison
     */
    public static Comparison of(RunSet a, RunSet b, Measure measure, boolean byLine, double threshold,
                                double floor) {
        RunValues va = RunValues.of(a, measure, byLine);
        RunValues vb = RunValues.of(b, measure, byLine);
        Measure exact = Measure.exactFor(a.mode());
        RunValues ea = exact == null ? null : RunValues.of(a, exact, byLine);
        RunValues eb = exact == null ? null : RunValues.of(b, exact, byLine);
        Set<RowKey> keys = new LinkedHashSet<>(va.values().keySet());
        keys.addAll(vb.values().keySet());
        double everything = sum(va.totals()) + sum(vb.totals());
        List<RowKey> order = new ArrayList<>();
        List<Runs> runs = new ArrayList<>();
        List<Double> pooled = new ArrayList<>();
        for (RowKey k : keys) {
            double[] x = va.of(k);
            double[] y = vb.of(k);
            double both = sum(x) + sum(y);
            if (both == 0) continue;
            order.add(k);
            runs.add(new Runs(x, y));
            pooled.add(everything > 0 ? both / everything : 0);
        }
        double[] statistic = pooled.stream().mapToDouble(Double::doubleValue).toArray();
        List<Change> changes = Family.decide(runs, statistic, floor, threshold, Change.DEFAULT_ALPHA);
        List<Row> rows = new ArrayList<>(order.size());
        int tested = 0;
        boolean sampled = !va.shares().isEmpty() || !vb.shares().isEmpty();
        for (int i = 0; i < order.size(); i++) {
            RowKey k = order.get(i);
            if (Family.tested(runs.get(i), statistic[i], floor)) tested++;
            rows.add(new Row(k, va.values().containsKey(k), vb.values().containsKey(k), runs.get(i).a(),
                    runs.get(i).b(), changes.get(i), sampled ? median(va.shareOf(k)) : Double.NaN,
                    sampled ? median(vb.shareOf(k)) : Double.NaN, ea == null ? new double[0] : ea.of(k),
                    eb == null ? new double[0] : eb.of(k), statistic[i]));
        }
        rows.sort(Comparator.comparingDouble(Row::absoluteChange).reversed());
        Runs own = new Runs(a.ownSeconds(), b.ownSeconds());
        TotalTime time = a.cpuKnown() && b.cpuKnown() ? TotalTime.CPU : TotalTime.WALL;
        Runs totals = time == TotalTime.CPU ? new Runs(a.cpuSeconds(), b.cpuSeconds()) : own;
        // the total is a family of its own: one row, always worth testing
        Row total = totalRow(totals, Family.decide(List.of(totals), new double[] {1}, floor, threshold,
                Change.DEFAULT_ALPHA).get(0));
        Row wall = time == TotalTime.CPU ? totalRow(own, Family.notTested(own, Change.DEFAULT_ALPHA)) : null;
        return new Comparison(Side.of(a), Side.of(b), measure, byLine, threshold, floor, tested, time, total, wall,
                time == TotalTime.CPU ? "" : wallNote(a, b), rows);
    }

    private static Row totalRow(Runs runs, Change change) {
        return new Row(null, true, true, runs.a(), runs.b(), change, Double.NaN, Double.NaN, new double[0],
                new double[0], 1);
    }

    /** Why the total is the wall time: which side's runs lack their CPU time. */
    private static String wallNote(RunSet a, RunSet b) {
        String sides = !a.cpuKnown() && !b.cpuKnown() ? "A's and B's" : !a.cpuKnown() ? "A's" : "B's";
        return "the total is wall time, which the machine's load moves: " + sides + " runs did not record their CPU"
                + " time (attached to a running JVM, or saved before runs recorded it)";
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }

    private static double median(double[] values) {
        Estimate e = MedianInterval.of(values);
        return e.value();
    }
}
