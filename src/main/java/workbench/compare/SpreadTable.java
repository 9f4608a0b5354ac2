package workbench.compare;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.model.RunSet;
import workbench.report.Labels;
import workbench.statistics.Estimate;
import workbench.statistics.MedianInterval;

/**
 * How much a run set's rows vary from run to run: per row, the median of its measure over the runs with a 95 %
 * distribution-free interval, and its exact count (calls, hits) when the mode has one. Printed under the set's
 * summed table by {@code stats} and {@code profile --repeat}.
 */
public final class SpreadTable {

    private final RunSet set;
    private final Labels labels;

    /**
     * @param set    the runs
     * @param labels how rows are named
     */
    public SpreadTable(RunSet set, Labels labels) {
        this.set = set;
        this.labels = labels;
    }

    /**
     * @param out    where to print
     * @param byLine sampling rows per line
     * @param limit  at most this many rows, the largest medians first (0: all)
     */
    public void print(PrintWriter out, boolean byLine, int limit) {
        Measure m = Measure.defaultFor(set.mode());
        Measure exact = Measure.exactFor(set.mode());
        RunValues values = RunValues.of(set, m, byLine);
        RunValues counts = exact == null ? null : RunValues.of(set, exact, byLine);
        Estimate own = MedianInterval.of(set.ownSeconds());
        out.printf(Locale.ROOT, "Spread over %d runs: median per run [95%% interval]; own time %s s%s%n", set.size(),
                CompareTable.estimate(own), set.cpuKnown()
                        ? "; CPU time " + CompareTable.estimate(MedianInterval.of(set.cpuSeconds())) + " s" : "");
        List<Map.Entry<RowKey, Estimate>> rows = new ArrayList<>();
        for (Map.Entry<RowKey, double[]> e : values.values().entrySet()) {
            rows.add(Map.entry(e.getKey(), MedianInterval.of(e.getValue())));
        }
        rows.sort(Comparator.comparingDouble((Map.Entry<RowKey, Estimate> e) -> e.getValue().value()).reversed());
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {m.cliName() + (m.unit().isEmpty() ? "" : " (" + m.unit() + ")"),
            exact == null ? "" : exact.cliName(), "name"});
        int shown = limit > 0 ? Math.min(limit, rows.size()) : rows.size();
        for (Map.Entry<RowKey, Estimate> e : rows.subList(0, shown)) {
            String count = counts == null ? "" : CompareTable.range(counts.of(e.getKey()));
            cells.add(new String[] {CompareTable.estimate(e.getValue()), count, labels.label(e.getKey().display())});
        }
        int w0 = 0;
        int w1 = 0;
        for (String[] c : cells) {
            w0 = Math.max(w0, c[0].length());
            w1 = Math.max(w1, c[1].length());
        }
        for (String[] c : cells) {
            out.println(String.format(Locale.ROOT, "  %-" + w0 + "s  %" + Math.max(1, w1) + "s  %s", c[0], c[1], c[2])
                    .stripTrailing());
        }
        if (shown < rows.size()) out.printf(Locale.ROOT, "  (%d more rows)%n", rows.size() - shown);
        out.flush();
    }
}
