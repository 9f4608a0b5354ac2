package workbench.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.compare.Measure;
import workbench.compare.RowKey;
import workbench.compare.RunValues;
import workbench.model.Mode;
import workbench.model.RunSet;

/**
 * One row's cost over saved run sets of one target and mode, oldest first: per set, each run's total (the
 * workload's own time), the row's seconds (the mode's default measure: tottime, self samples, line time) and its
 * share of all rows' seconds in that run.
 *
 * @param label   the row's label
 * @param mode    the runs' mode
 * @param measure what the seconds are
 * @param entries one per run set, oldest first
 */
public record History(String label, Mode mode, Measure measure, List<Entry> entries) {

    /**
     * One run set.
     *
     * @param set     its runs
     * @param total   each run's own time (s)
     * @param seconds each run's seconds in the row (0 in a run without it)
     * @param share   each run's share of its rows' seconds in the row
     */
    public record Entry(RunSet set, double[] total, double[] seconds, double[] share) {
    }

    /**
     * @param sets     run sets of one target and mode, oldest first, at least one
     * @param selector the row
     * @return the history
     * @throws IllegalArgumentException when the selector matches no row, or more than one function, in any set
     */
    public static History of(List<RunSet> sets, Selector selector) {
        Mode mode = sets.get(0).mode();
        if (selector.byLine() && mode == Mode.DETERMINISTIC) {
            throw new IllegalArgumentException("--line needs line or sampling runs; these are deterministic (per function)");
        }
        Measure measure = Measure.defaultFor(mode);
        List<RunValues> values = new ArrayList<>();
        Map<RowKey, String> matched = new LinkedHashMap<>();
        List<RowKey> seen = new ArrayList<>();
        for (RunSet s : sets) {
            RunValues v = RunValues.of(s, measure, selector.byLine());
            values.add(v);
            matched.putAll(selector.matches(new ArrayList<>(v.values().keySet())));
            if (seen.size() < 3) v.values().keySet().stream().limit(3 - seen.size()).forEach(seen::add);
        }
        if (matched.isEmpty()) {
            throw new IllegalArgumentException("no " + (selector.byLine() ? "line " : "function ") + "'"
                    + selector.describe() + "' in the " + sets.size() + " run set(s) of this target and mode");
        }
        if (matched.size() > 1) {
            throw new IllegalArgumentException("'" + selector.describe() + "' names " + matched.size() + " rows ("
                    + String.join(", ", matched.values().stream().limit(3).toList()) + "): give the full name");
        }
        RowKey row = matched.keySet().iterator().next();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            RunValues v = values.get(i);
            double[] seconds = v.of(row);
            double[] share = new double[seconds.length];
            double[] all = new double[seconds.length];
            for (double[] r : v.values().values()) for (int k = 0; k < all.length; k++) all[k] += r[k];
            for (int k = 0; k < share.length; k++) share[k] = all[k] > 0 ? seconds[k] / all[k] : 0;
            entries.add(new Entry(sets.get(i), sets.get(i).ownSeconds(), seconds, share));
        }
        return new History(matched.get(row), mode, measure, entries);
    }

    /** @return every entry's shares, in order: what the change point is found in */
    List<double[]> shares() {
        return entries.stream().map(e -> Arrays.copyOf(e.share(), e.share().length)).toList();
    }
}
