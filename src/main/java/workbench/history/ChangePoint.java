package workbench.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import workbench.statistics.Change;
import workbench.statistics.Runs;
import workbench.statistics.Verdict;

/**
 * Where a series of run sets changed: every split of the sets into "before" and "from here on" is compared as
 * {@code compare} compares two run sets ({@link Change}: U test against the noise threshold, ratio of medians with
 * its interval), all splits decided together so that trying many splits does not manufacture a change
 * (Benjamini–Hochberg), and the split with the strongest call wins (smallest q, then the smallest raw p, then the largest change). One
 * change point: the view asks "since when", and a second step shows once the first is behind the window
 * ({@code --since}).
 *
 * @param index  the first run set after the change
 * @param change before (A) against after (B)
 */
public record ChangePoint(int index, Change change) {

    /** @return {@code regressed} when the share grew, {@code improved} when it shrank */
    public String word() {
        return change.verdict() == Verdict.SLOWER ? "regressed" : "improved";
    }

    /**
     * @param series each run set's values (shares), oldest first
     * @return the change point, empty when no split is called faster or slower (or too few runs to call any)
     */
    public static Optional<ChangePoint> find(List<double[]> series) {
        List<Integer> splits = new ArrayList<>();
        List<Runs> rows = new ArrayList<>();
        for (int i = 1; i < series.size(); i++) {
            double[] a = concat(series.subList(0, i));
            double[] b = concat(series.subList(i, series.size()));
            if (a.length < Change.MIN_RUNS || b.length < Change.MIN_RUNS) continue;
            splits.add(i);
            rows.add(new Runs(a, b));
        }
        if (rows.isEmpty()) return Optional.empty();
        List<Change> changes = Change.decideAll(rows);
        ChangePoint best = null;
        for (int j = 0; j < changes.size(); j++) {
            Change c = changes.get(j);
            if (c.verdict() != Verdict.SLOWER && c.verdict() != Verdict.FASTER) continue;
            if (best == null || stronger(c, best.change())) {
                best = new ChangePoint(splits.get(j), c);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Benjamini–Hochberg gives neighbouring splits one q; the raw p, then the size of the change, part them. */
    private static boolean stronger(Change c, Change than) {
        if (c.q() != than.q()) return c.q() < than.q();
        if (c.p() != than.p()) return c.p() < than.p();
        return Math.abs(Math.log(c.ratio().value())) > Math.abs(Math.log(than.ratio().value()));
    }

    private static double[] concat(List<double[]> parts) {
        return parts.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}
