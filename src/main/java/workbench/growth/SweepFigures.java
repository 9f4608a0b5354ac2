package workbench.growth;

import java.util.ArrayList;
import java.util.List;
import workbench.model.SweepPoint;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import workbench.statistics.Estimate;
import workbench.statistics.FixedCostFit;
import workbench.statistics.GrowthFit;
import workbench.statistics.MedianInterval;

/**
 * What a sweep's table and chart show, computed from the saved sweep alone (so {@code stats} prints the same): per
 * series (variant and mode), each point's median own time and peak heap with their 95 % intervals, and the growth
 * exponent of the own time in n × iterations with its 95 % interval ({@link GrowthFit}).
 */
public final class SweepFigures {

    private SweepFigures() {
    }

    /**
     * One series: a variant under a mode, across the grid.
     *
     * @param name     {@code variant mode}
     * @param points   its points, in the grid's order
     * @param own      per point: median own time (s) [95 % interval], {@link Estimate#UNKNOWN} without runs
     * @param heap     per point: median peak heap (MiB) [95 % interval], unknown without a reported heap
     * @param exponent k of own time ∝ (n × iterations)^k with its 95 % interval; unknown below two sizes of work
     * @param fixed    own time = a + b·(n × iterations)^k, and whether the single power law fits at all
     */
    public record Series(String name, List<SweepPoint> points, List<Estimate> own, List<Estimate> heap,
                         Estimate exponent, FixedCostFit fixed) {
    }

    /**
     * @param sweep the sweep, finished or not
     * @return one series per variant and mode, in the table's order
     */
    public static List<Series> of(SweepStudy sweep) {
        List<Series> out = new ArrayList<>();
        for (String name : sweep.series()) {
            List<SweepPoint> points = sweep.points().stream().filter(p -> p.series().equals(name)).toList();
            List<Estimate> own = new ArrayList<>();
            List<Estimate> heap = new ArrayList<>();
            List<GrowthFit.Point> fit = new ArrayList<>();
            for (SweepPoint p : points) {
                List<SweepRun> runs = sweep.runsOf(p);
                double[] seconds = runs.stream().mapToDouble(r -> r.ownNanos() / 1e9).toArray();
                own.add(MedianInterval.of(seconds));
                boolean heapKnown = runs.stream().allMatch(r -> r.peakHeapBytes() >= 0);
                heap.add(heapKnown ? MedianInterval.of(runs.stream()
                        .mapToDouble(r -> r.peakHeapBytes() / (double) (1 << 20)).toArray()) : Estimate.UNKNOWN);
                // a zero own time (a run log that said 0) cannot sit on a log scale; such a run is left out
                double[] positive = java.util.Arrays.stream(seconds).filter(s -> s > 0).toArray();
                if (positive.length > 0) fit.add(new GrowthFit.Point(p.work(), positive));
            }
            out.add(new Series(name, points, own, heap, GrowthFit.exponent(fit), FixedCostFit.of(fit)));
        }
        return out;
    }
}
