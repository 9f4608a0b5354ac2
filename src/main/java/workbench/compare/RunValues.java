package workbench.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.Profile;
import workbench.model.RunSet;

/**
 * One measure of every row over the runs of a set: per row, one value per run (0 in a run that does not have the
 * row, which for times and counts is what it spent there).
 *
 * @param runs   how many runs
 * @param values per row, its values in run order
 * @param shares per row, its values as a share of each run's total samples (sampling only; empty otherwise)
 * @param totals per run, what the rows are shares of: all samples (sampling), else the sum of the rows' own time
 *               (or of the exact count, for an exact measure)
 */
public record RunValues(int runs, Map<RowKey, double[]> values, Map<RowKey, double[]> shares, double[] totals) {

    /**
     * @param set     the runs
     * @param measure what to read
     * @param byLine  for sampling: rows per line
     * @return the values
     */
    public static RunValues of(RunSet set, Measure measure, boolean byLine) {
        List<Profile> runs = set.runs();
        Map<RowKey, double[]> values = new LinkedHashMap<>();
        Map<RowKey, double[]> shares = new LinkedHashMap<>();
        double[] totals = new double[runs.size()];
        Measure own = measure.exact() ? measure : Measure.defaultFor(measure.mode());
        for (int k = 0; k < runs.size(); k++) {
            final int run = k;
            double base = Measure.shareBase(runs.get(k).data());
            totals[k] = base > 0 ? base
                    : own.values(runs.get(k).data(), byLine).values().stream().mapToDouble(Double::doubleValue).sum();
            for (Map.Entry<RowKey, Double> e : measure.values(runs.get(k).data(), byLine).entrySet()) {
                values.computeIfAbsent(e.getKey(), x -> new double[runs.size()])[run] = e.getValue();
                if (base > 0) {
                    shares.computeIfAbsent(e.getKey(), x -> new double[runs.size()])[run] = e.getValue() / base;
                }
            }
        }
        return new RunValues(runs.size(), values, shares, totals);
    }

    /**
     * @param key a row
     * @return its values, zeros where the set does not have it
     */
    public double[] of(RowKey key) {
        double[] v = values.get(key);
        return v != null ? v.clone() : new double[runs];
    }

    /**
     * @param key a row
     * @return its shares, zeros where the set does not have it
     */
    public double[] shareOf(RowKey key) {
        double[] v = shares.get(key);
        return v != null ? v.clone() : new double[runs];
    }
}
