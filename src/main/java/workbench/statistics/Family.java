package workbench.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table worth testing, decided together: independent filtering (Bourgon, Gentleman &amp; Huber, PNAS
 * 2010) before Benjamini–Hochberg.
 *
 * <p>A profile has hundreds of rows, most of them JDK frames with a sample or two. Each tested row costs the others
 * power: BH compares the k-th smallest p-value with k·α/m, and m counts every row tested. A row with one sample a
 * run can never be called anyway, so it is left out before the test, by a statistic that does not look at which
 * side a run is on (here: the row's share of everything, pooled over both sides' runs). Under "no change" such a
 * statistic is independent of the row's p-value, so filtering on it keeps BH's false discovery rate while m drops
 * from hundreds to the tens of rows that can matter.
 *
 * <p>Tested rows use Welch's t-test on the logs ({@link LogShift}); rows under the floor get
 * {@link Verdict#TOO_SMALL} and the distribution-free ratio of medians ({@link RatioInterval}) for reading only.
 */
public final class Family {

    /** The default floor: rows with at least 0.5 % of everything, pooled over both sides, are tested. */
    public static final double DEFAULT_FLOOR = 0.005;

    private Family() {
    }

    /**
     * @param rows      every row's runs, in the order the result keeps
     * @param pooled    per row, the filter statistic: its pooled share of both sides' runs (must not depend on
     *                  which side a run is on)
     * @param floor     rows whose statistic is below this are not tested
     * @param threshold the relative change that counts as noise, in [0, 1)
     * @param alpha     the significance level and false discovery rate, in (0, 1)
     * @return one change per row, in order
     */
    public static List<Change> decide(List<Runs> rows, double[] pooled, double floor, double threshold,
                                      double alpha) {
        if (pooled.length != rows.size()) throw new IllegalArgumentException("one filter statistic per row");
        Change.checkLevels(threshold, alpha);
        double[] p = new double[rows.size()];
        for (int i = 0; i < p.length; i++) {
            Runs r = rows.get(i);
            p[i] = tested(r, pooled[i], floor) ? LogShift.pValueBeyond(r.a(), r.b(), threshold) : Double.NaN;
        }
        double[] q = FalseDiscovery.benjaminiHochberg(p);
        double level = 1 - alpha;
        List<Change> out = new ArrayList<>(rows.size());
        for (int i = 0; i < p.length; i++) {
            Runs r = rows.get(i);
            double[] a = r.a();
            double[] b = r.b();
            Estimate ea = MedianInterval.of(a, level);
            Estimate eb = MedianInterval.of(b, level);
            if (!enoughRuns(r)) {
                out.add(new Change(ea, eb, RatioInterval.of(a, b, level), Double.NaN, Double.NaN, Verdict.UNDECIDED));
            } else if (Double.isNaN(p[i])) {
                out.add(new Change(ea, eb, RatioInterval.of(a, b, level), Double.NaN, Double.NaN, Verdict.TOO_SMALL));
            } else {
                Estimate ratio = LogShift.ratio(a, b, level);
                out.add(new Change(ea, eb, ratio, LogShift.pValueBeyond(a, b, 0), q[i],
                        verdict(ratio, q[i], threshold, alpha)));
            }
        }
        return out;
    }

    /**
     * A row shown beside a family and never tested: each side's median and the ratio of medians, with their
     * distribution-free intervals, as a row under the floor gets.
     *
     * @param row   the runs
     * @param alpha 1 - the intervals' confidence, in (0, 1)
     * @return the row's change, {@link Verdict#NOT_TESTED}
     */
    public static Change notTested(Runs row, double alpha) {
        double level = 1 - alpha;
        return new Change(MedianInterval.of(row.a(), level), MedianInterval.of(row.b(), level),
                RatioInterval.of(row.a(), row.b(), level), Double.NaN, Double.NaN, Verdict.NOT_TESTED);
    }

    /** @return whether {@link #decide} tests a row: enough runs a side and a statistic at the floor or over */
    public static boolean tested(Runs row, double pooled, double floor) {
        return enoughRuns(row) && pooled >= floor;
    }

    private static boolean enoughRuns(Runs row) {
        return row.a().length >= Change.MIN_RUNS && row.b().length >= Change.MIN_RUNS;
    }

    static Verdict verdict(Estimate ratio, double q, double threshold, double alpha) {
        if (!(q <= alpha)) return Verdict.SAME;
        if (ratio.lower() > 1 + threshold) return Verdict.SLOWER;
        if (ratio.upper() < 1 - threshold) return Verdict.FASTER;
        return Verdict.SAME;
    }
}
