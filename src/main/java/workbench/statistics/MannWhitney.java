package workbench.statistics;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The Mann–Whitney U test (Wilcoxon rank-sum test) of two sets of runs, through Commons Statistics.
 *
 * <p>A rank test because run times are skewed and carry outliers (a GC pause, a cold cache): it assumes no
 * distribution, and one wild run moves it by one rank only. p-values are exact for samples under 50 values
 * without ties ({@link PValueMethod#AUTO}) and normal, with tie and continuity corrections, otherwise.
 */
public final class MannWhitney {

    private static final MannWhitneyUTest TWO_SIDED =
            MannWhitneyUTest.withDefaults().with(AlternativeHypothesis.TWO_SIDED).with(PValueMethod.AUTO);
    /** "The first sample is stochastically greater", i.e. B (scaled) slower than A. */
    private static final MannWhitneyUTest GREATER = TWO_SIDED.with(AlternativeHypothesis.GREATER_THAN);
    /** "The first sample is stochastically less", i.e. B (scaled) faster than A. */
    private static final MannWhitneyUTest LESS = TWO_SIDED.with(AlternativeHypothesis.LESS_THAN);

    private MannWhitney() {
    }

    /**
     * The two-sided p-value of the hypothesis that A and B come from the same distribution.
     *
     * @param a one sample; values must not be NaN
     * @param b the other sample; values must not be NaN
     * @return the p-value; 1 when every value is the same (nothing tells the samples apart, where the library's
     *         normal approximation would divide by a zero variance); NaN when either side is empty (there is
     *         nothing to test)
     * @throws IllegalArgumentException if a value is NaN
     */
    public static double pValue(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) return Double.NaN;
        if (allEqual(a, b)) return 1;
        return TWO_SIDED.test(a, b).getPValue();
    }

    /**
     * The p-value of the hypothesis that B/A lies within [1 - threshold, 1 + threshold]: small when B is shown
     * to be slower than A·(1 + threshold) or faster than A·(1 - threshold). It is twice the smaller of the two
     * one-sided U tests of B/(1 + threshold) &gt; A and B/(1 - threshold) &lt; A (each at half the level, since the
     * two directions are two chances to reject). With threshold 0 it is the ordinary two-sided p-value.
     *
     * <p>This is what a verdict needs: a change smaller than the noise threshold is not worth calling, so the
     * test must be against the threshold, not against "no change at all". It is the test whose inversion gives
     * {@link RatioInterval}: it is below α exactly when that interval (at 1 - α) lies outside the band, up to ties.
     *
     * @param a         the baseline's values, finite and ≥ 0
     * @param b         the other side's values, finite and ≥ 0
     * @param threshold the relative change that counts as noise, in [0, 1)
     * @return the p-value, or NaN when either side is empty
     * @throws IllegalArgumentException if a value is negative or not finite, or the threshold is not in [0, 1)
     */
    public static double pValueBeyond(double[] a, double[] b, double threshold) {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is not in [0, 1)");
        }
        RatioInterval.checkRunValues(a);
        RatioInterval.checkRunValues(b);
        if (a.length == 0 || b.length == 0) return Double.NaN;
        // Scaling B, rather than shifting logs, keeps zeros usable: the test only compares values.
        double slower = GREATER.test(scaled(b, 1 + threshold), a).getPValue();
        double faster = LESS.test(scaled(b, 1 - threshold), a).getPValue();
        return Math.min(1, 2 * Math.min(slower, faster));
    }

    private static boolean allEqual(double[] a, double[] b) {
        double first = a[0];
        for (double v : a) {
            if (v != first) return false;
        }
        for (double v : b) {
            if (v != first) return false;
        }
        return true;
    }

    private static double[] scaled(double[] values, double divisor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i] / divisor;
        return out;
    }
}
