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
import workbench.statistics.MedianInterval;
import workbench.statistics.Runs;

/**
 * Two run sets compared: the total and every row, each with the median of each side and its interval, B/A with its
 * interval, and a verdict; the rows decided together, so that the false discovery rate across them is controlled.
 * Exact counts (calls, hits) are compared exactly beside the rows.
 *
 * @param a         side A (the baseline)
 * @param b         side B
 * @param measure   what the rows compare
 * @param byLine    sampling rows per line rather than per function
 * @param threshold the relative change under which a significant change is still {@code ~}
 * @param total     the workload's own time per run
 * @param rows      every row of either side, largest absolute change of the medians first
 */
public record Comparison(Side a, Side b, Measure measure, boolean byLine, double threshold, Row total,
                         List<Row> rows) {

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
     */
    public record Row(RowKey key, boolean inA, boolean inB, double[] a, double[] b, Change change, double shareA,
                      double shareB, double[] exactA, double[] exactB) {

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
     * @return the comparison
     */
    public static Comparison of(RunSet a, RunSet b, Measure measure, boolean byLine, double threshold) {
        RunValues va = RunValues.of(a, measure, byLine);
        RunValues vb = RunValues.of(b, measure, byLine);
        Measure exact = Measure.exactFor(a.mode());
        RunValues ea = exact == null ? null : RunValues.of(a, exact, byLine);
        RunValues eb = exact == null ? null : RunValues.of(b, exact, byLine);
        Set<RowKey> keys = new LinkedHashSet<>(va.values().keySet());
        keys.addAll(vb.values().keySet());
        List<RowKey> order = new ArrayList<>(keys);
        List<Runs> runs = new ArrayList<>(order.size());
        for (RowKey k : order) runs.add(new Runs(va.of(k), vb.of(k)));
        List<Change> changes = Change.decideAll(runs, threshold, Change.DEFAULT_ALPHA);
        List<Row> rows = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            RowKey k = order.get(i);
            boolean sampled = !va.shares().isEmpty() || !vb.shares().isEmpty();
            rows.add(new Row(k, va.values().containsKey(k), vb.values().containsKey(k), runs.get(i).a(),
                    runs.get(i).b(), changes.get(i), sampled ? median(va.shareOf(k)) : Double.NaN,
                    sampled ? median(vb.shareOf(k)) : Double.NaN, ea == null ? new double[0] : ea.of(k),
                    eb == null ? new double[0] : eb.of(k)));
        }
        rows.sort(Comparator.comparingDouble(Row::absoluteChange).reversed());
        double[] ta = a.ownSeconds();
        double[] tb = b.ownSeconds();
        Row total = new Row(null, true, true, ta, tb, Change.of(ta, tb, threshold, Change.DEFAULT_ALPHA), Double.NaN,
                Double.NaN, new double[0], new double[0]);
        return new Comparison(Side.of(a), Side.of(b), measure, byLine, threshold, total, rows);
    }

    private static double median(double[] values) {
        Estimate e = MedianInterval.of(values);
        return e.value();
    }
}
