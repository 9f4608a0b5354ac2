package workbench.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * How B compares with A, from repeated runs of each: the one entry point of {@code compare} and {@code overhead}.
 *
 * <p><b>The verdict.</b> A row is {@link Verdict#UNDECIDED} with fewer than {@value #MIN_RUNS} runs on a side (with
 * three and three, no outcome of the U test reaches 5 %: its smallest two-sided p is 0.1). Otherwise it is
 * {@link Verdict#SLOWER} when both
 * <ol>
 * <li>the U test that the change exceeds the noise threshold ({@link MannWhitney#pValueBeyond}) gives q ≤ α,
 * where q is that p-value adjusted by Benjamini–Hochberg across all rows decided together (a single row's q is
 * its p), and
 * <li>the interval of the ratio (at 1 - α) lies wholly above 1 + threshold;
 * </ol>
 * {@link Verdict#FASTER} likewise below 1 - threshold; and {@link Verdict#SAME} in every other case.
 *
 * <p>Why test against the threshold rather than against "no change": a change within the threshold is printed
 * {@code ~} anyway, so testing "ratio = 1" spends the error budget on changes nobody will be shown, and the
 * many-row case suffers. Measured with fifty unchanged rows of 10 runs a side and 3 % noise (2 000 trials): BH on
 * the ordinary p-values, plus the interval outside the band, still called some row changed in 3.5 % of the trials
 * (every call is false when nothing changed); BH on the p-values against the threshold did so in 0.3 %. For one
 * row the two rules agree up to ties, since an interval outside the band already means the test against the
 * threshold rejects; condition 2 is kept so that the printed interval never contradicts the verdict.
 *
 * @param a       the median of A's runs with its interval ({@link MedianInterval})
 * @param b       the median of B's runs with its interval
 * @param ratio   B/A, the ratio of medians, with its interval ({@link RatioInterval})
 * @param p       the two-sided U-test p-value of "A and B are alike" ({@link MannWhitney#pValue}); NaN if a side
 *                is empty
 * @param q       the p-value the verdict uses: change beyond the threshold, adjusted across rows; NaN when
 *                undecided
 * @param verdict what to print
 */
public record Change(Estimate a, Estimate b, Estimate ratio, double p, double q, Verdict verdict) {

    /** Fewest runs on each side for a verdict: with 4 and 4 the exact two-sided p can reach 2/70 ≈ 0.029. */
    public static final int MIN_RUNS = 4;
    /** The relative change below which a difference counts as noise: 1 %. */
    public static final double DEFAULT_THRESHOLD = 0.01;
    /** The significance level, and 1 - the confidence of the intervals. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** @return the change for one row with the default threshold and α */
    public static Change of(double[] a, double[] b) {
        return of(a, b, DEFAULT_THRESHOLD, DEFAULT_ALPHA);
    }

    /**
     * @param a         the baseline's runs, finite and ≥ 0, larger is slower
     * @param b         the other side's runs
     * @param threshold the relative change that counts as noise, in [0, 1)
     * @param alpha     the significance level, in (0, 1)
     * @return the change for one row, decided on its own
     */
    public static Change of(double[] a, double[] b, double threshold, double alpha) {
        return decideAll(List.of(new Runs(a, b)), threshold, alpha).get(0);
    }

    /** @return the changes of many rows decided together, with the default threshold and α */
    public static List<Change> decideAll(List<Runs> rows) {
        return decideAll(rows, DEFAULT_THRESHOLD, DEFAULT_ALPHA);
    }

    /**
     * Decides many rows together, as {@code compare} does with one row per function: the rows' p-values are
     * adjusted by Benjamini–Hochberg, so that among the rows called faster or slower the expected share of false
     * calls stays at most α. Undecided rows are left out of the adjustment.
     *
     * @param rows      the rows, in the order the result keeps
     * @param threshold the relative change that counts as noise, in [0, 1)
     * @param alpha     the significance level (and false discovery rate), in (0, 1)
     * @return one change per row, in order
     */
    public static List<Change> decideAll(List<Runs> rows, double threshold, double alpha) {
        checkLevels(threshold, alpha);
        double[] beyond = new double[rows.size()];
        for (int i = 0; i < beyond.length; i++) {
            Runs row = rows.get(i);
            beyond[i] = enoughRuns(row) ? MannWhitney.pValueBeyond(row.a(), row.b(), threshold) : Double.NaN;
        }
        double[] q = FalseDiscovery.benjaminiHochberg(beyond);
        List<Change> changes = new ArrayList<>(rows.size());
        for (int i = 0; i < q.length; i++) {
            Runs row = rows.get(i);
            double[] a = row.a();
            double[] b = row.b();
            double level = 1 - alpha;
            Estimate ratio = RatioInterval.of(a, b, level);
            Verdict verdict = enoughRuns(row) ? Family.verdict(ratio, q[i], threshold, alpha) : Verdict.UNDECIDED;
            changes.add(new Change(MedianInterval.of(a, level), MedianInterval.of(b, level), ratio,
                    MannWhitney.pValue(a, b), q[i], verdict));
        }
        return changes;
    }

    /** Checks a noise threshold in [0, 1) and a significance level in (0, 1). */
    static void checkLevels(double threshold, double alpha) {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is not in [0, 1)");
        }
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha " + alpha + " is not in (0, 1)");
    }

    private static boolean enoughRuns(Runs row) {
        return row.a().length >= MIN_RUNS && row.b().length >= MIN_RUNS;
    }
}
