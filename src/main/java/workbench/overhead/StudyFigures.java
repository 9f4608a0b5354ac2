package workbench.overhead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import workbench.model.OverheadRun;
import workbench.model.OverheadStudy;
import workbench.statistics.Change;
import workbench.statistics.Estimate;
import workbench.statistics.RankAgreement;

/**
 * The figures of an overhead study, computed from its saved runs alone, so that {@code stats} re-prints what
 * {@code overhead} printed: per configuration the medians, the slowdown against its baseline with its interval
 * ({@link Change}, as {@code compare} computes it), the cost per event, and the distortion against the reference.
 *
 * @param rows      one per configuration that has runs, in the table's order
 * @param reference the reference's row, {@code null} when it has no runs yet
 */
public record StudyFigures(List<Row> rows, Row reference) {

    /** How many top entries the overlap compares. */
    public static final int TOP = 5;

    /**
     * One configuration's figures.
     *
     * @param label        the configuration
     * @param config       the configuration, {@code null} for one this build does not know
     * @param runs         how many runs finished
     * @param own          median own time, seconds
     * @param wall         median wall time, seconds
     * @param startup      median wall − own, seconds: JVM (or interpreter) start-up, agent, dump at exit
     * @param cpu          median CPU time, seconds (NaN where unknown)
     * @param slowdown     own time over the baseline's, with its 95 % interval
     * @param events       median events per run (calls, samples, hits), NaN where none
     * @param nanosPerEvent (median own − baseline's median own) / median events, NaN where no events
     * @param functions    mean share per function over the runs (empty for none)
     * @param lines        mean share per line of {@code confidenceInterval} (empty for none)
     * @param functionTau  Kendall's τ of {@link #functions} against the reference's; NaN where not comparable
     * @param functionTop  top-5 overlap of the same
     * @param lineTau      Kendall's τ of {@link #lines} against the reference's
     * @param lineTop      top-5 overlap of the same
     * @param hottest      the most common hottest function (or line, for a line-only mode), {@code ""} for none
     * @param precision    fraction of runs whose hottest is {@link #hottest}; NaN for none
     */
    public record Row(String label, Configuration config, int runs, double own, double wall, double startup,
                      double cpu, Estimate slowdown, double events, double nanosPerEvent, Map<String, Double> functions,
                      Map<Integer, Double> lines, double functionTau, double functionTop, double lineTau,
                      double lineTop, String hottest, double precision) {
    }

    /**
     * @param study a study, finished or not
     * @return its figures
     */
    public static StudyFigures of(OverheadStudy study) {
        Map<String, Double> refFunctions = Map.of();
        Map<Integer, Double> refLines = Map.of();
        List<OverheadRun> refRuns = study.runsOf(Configuration.REFERENCE.label());
        if (!refRuns.isEmpty()) {
            refFunctions = mean(refRuns, OverheadRun::functions);
            refLines = mean(refRuns, OverheadRun::lines);
        }
        List<Row> rows = new ArrayList<>();
        Row reference = null;
        for (String label : study.configs()) {
            List<OverheadRun> runs = study.runsOf(label);
            if (runs.isEmpty()) continue;
            Configuration c = Configuration.ofLabel(label);
            String baseLabel = c == null ? Configuration.PLAIN.label() : c.baseline().label();
            double[] base = own(study.runsOf(baseLabel));
            double[] own = own(runs);
            Estimate slowdown = base.length == 0 ? Estimate.UNKNOWN : Change.of(base, own).ratio();
            double events = runs.get(0).events() == 0 ? Double.NaN
                    : median(runs.stream().mapToDouble(OverheadRun::events).toArray());
            double perEvent = base.length == 0 ? Double.NaN : (median(own) - median(base)) * 1e9 / events;
            Map<String, Double> functions = mean(runs, OverheadRun::functions);
            Map<Integer, Double> lines = mean(runs, OverheadRun::lines);
            Map<String, Integer> hottestCounts = new HashMap<>();
            for (OverheadRun r : runs) {
                String h = !r.functions().isEmpty() ? hottestOf(r.functions())
                        : !r.lines().isEmpty() ? "line " + hottestOf(r.lines()) : "";
                if (!h.isEmpty()) hottestCounts.merge(h, 1, Integer::sum);
            }
            String hottest = hottestCounts.isEmpty() ? "" : hottestOf(hottestCounts);
            double precision = hottest.isEmpty() ? Double.NaN : hottestCounts.get(hottest) / (double) runs.size();
            Row row = new Row(label, c, runs.size(), median(own), median(seconds(runs, OverheadRun::wallNanos)),
                    median(runs.stream().mapToDouble(r -> (r.wallNanos() - r.ownNanos()) / 1e9).toArray()),
                    median(runs.stream().mapToDouble(OverheadRun::cpuSeconds).toArray()), slowdown, events,
                    perEvent, functions, lines, tau(functions, refFunctions), overlap(functions, refFunctions),
                    tau(lines, refLines), overlap(lines, refLines), hottest, precision);
            rows.add(row);
            if (c == Configuration.REFERENCE) reference = row;
        }
        return new StudyFigures(rows, reference);
    }

    /**
     * @param config a configuration
     * @return its row, {@code null} when it has none
     */
    public Row row(Configuration config) {
        return rows.stream().filter(r -> r.config() == config).findFirst().orElse(null);
    }

    private static double[] own(List<OverheadRun> runs) {
        return seconds(runs, OverheadRun::ownNanos);
    }

    private static double[] seconds(List<OverheadRun> runs, java.util.function.ToLongFunction<OverheadRun> f) {
        return runs.stream().mapToDouble(r -> f.applyAsLong(r) / 1e9).toArray();
    }

    /** Mean share per key over the runs, a key missing from a run counting 0 there; largest first. */
    static <K extends Comparable<K>> Map<K, Double> mean(List<OverheadRun> runs, Function<OverheadRun, Map<K, Double>> f) {
        Map<K, Double> sum = new HashMap<>();
        for (OverheadRun r : runs) f.apply(r).forEach((k, v) -> sum.merge(k, v / runs.size(), Double::sum));
        Map<K, Double> out = new LinkedHashMap<>();
        sum.entrySet().stream().sorted(Map.Entry.<K, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static <K extends Comparable<K>, V extends Comparable<V>> K hottestOf(Map<K, V> m) {
        return m.entrySet().stream().sorted(Map.Entry.<K, V>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).findFirst().orElseThrow().getKey();
    }

    private static <K> double tau(Map<K, Double> a, Map<K, Double> ref) {
        if (a.isEmpty() || ref.isEmpty()) return Double.NaN;
        return RankAgreement.kendallTauB(a, ref);
    }

    private static <K extends Comparable<? super K>> double overlap(Map<K, Double> a, Map<K, Double> ref) {
        if (a.isEmpty() || ref.isEmpty()) return Double.NaN;
        return RankAgreement.topKOverlap(a, ref, TOP);
    }

    /** @return the median (mean of the middle two); NaN for none or when any is NaN */
    static double median(double[] values) {
        if (values.length == 0 || Arrays.stream(values).anyMatch(Double::isNaN)) return Double.NaN;
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
