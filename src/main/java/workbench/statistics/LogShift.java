package workbench.statistics;

import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Welch's t-test and interval on the logs of repeated runs, as pyperf compares benchmarks: the test {@code compare}
 * decides a family of rows with.
 *
 * <p><b>Why logs.</b> A slower build multiplies a row's time by a factor, which on the log scale is a shift; the
 * shift's interval, exponentiated, is an interval of B/A. <b>Why a t-test rather than the exact U test.</b> With 6
 * runs a side the smallest two-sided U p-value is 2/924 = 0.0022, whatever the data: Benjamini–Hochberg over m rows
 * needs the best p below 0.05/m, so from m = 23 tested rows on no row can ever be called, not even a doubling with
 * a tight interval. The t statistic grows with the size of the shift against the runs' spread, so a 2x change seen
 * through 3 % noise gets p ≈ 1e-9 at 6 runs a side. The price is an assumption: the logs of a row's runs are about
 * normal. It holds for rows with many samples (a count's log is close to normal once the count is in the tens),
 * which is why {@code compare} tests only rows over a floor ({@link Family}).
 *
 * <p>Zeros (a row missing from a run) are moved to half the smallest positive value of either side before the log:
 * the same for both sides, so the offset does not depend on which side a run is on.
 */
public final class LogShift {

    private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);

    private LogShift() {
    }

    /**
     * The two-sided p-value that B/A lies beyond the noise band [1 - threshold, 1 + threshold]: twice the smaller
     * of the one-sided Welch p-values of log B - log A above log(1 + threshold) and below log(1 - threshold).
     *
     * @param a         the baseline's values, finite and ≥ 0
     * @param b         the other side's values, finite and ≥ 0
     * @param threshold the relative change that counts as noise, in [0, 1)
     * @return the p-value; NaN with fewer than two values on a side
     */
    public static double pValueBeyond(double[] a, double[] b, double threshold) {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is not in [0, 1)");
        }
        RatioInterval.checkRunValues(a);
        RatioInterval.checkRunValues(b);
        if (a.length < 2 || b.length < 2) return Double.NaN;
        double c = offset(a, b);
        if (c == 0) return 1;
        double[] la = logs(a, c);
        double[] lb = logs(b, c);
        double slower = oneSided(lb, la, Math.log1p(threshold), AlternativeHypothesis.GREATER_THAN);
        double faster = oneSided(lb, la, Math.log1p(-threshold), AlternativeHypothesis.LESS_THAN);
        return Math.min(1, 2 * Math.min(slower, faster));
    }

    /**
     * B/A as the ratio of the geometric means, with the Welch interval of the shift of the logs exponentiated.
     *
     * @param a     the baseline's values, finite and ≥ 0
     * @param b     the other side's values, finite and ≥ 0
     * @param level the confidence, in (0, 1)
     * @return the ratio; {@link Estimate#UNKNOWN} with fewer than two values on a side; exactly 1 when all are 0
     */
    public static Estimate ratio(double[] a, double[] b, double level) {
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level " + level + " is not in (0, 1)");
        RatioInterval.checkRunValues(a);
        RatioInterval.checkRunValues(b);
        if (a.length < 2 || b.length < 2) return Estimate.UNKNOWN;
        double c = offset(a, b);
        if (c == 0) return new Estimate(1, 1, 1, level);
        Moments ma = new Moments(logs(a, c));
        Moments mb = new Moments(logs(b, c));
        double shift = mb.mean - ma.mean;
        double va = ma.variance / ma.n;
        double vb = mb.variance / mb.n;
        double se = Math.sqrt(va + vb);
        if (se == 0) return new Estimate(Math.exp(shift), Math.exp(shift), Math.exp(shift), level);
        // Welch–Satterthwaite degrees of freedom
        double df = (va + vb) * (va + vb) / (va * va / (ma.n - 1) + vb * vb / (mb.n - 1));
        double t = TDistribution.of(df).inverseSurvivalProbability((1 - level) / 2);
        return new Estimate(Math.exp(shift), Math.exp(shift - t * se), Math.exp(shift + t * se), level);
    }

    private static double oneSided(double[] x, double[] y, double mu, AlternativeHypothesis alternative) {
        Moments mx = new Moments(x);
        Moments my = new Moments(y);
        if (mx.variance == 0 && my.variance == 0) {
            // no spread at all: the shift is known exactly
            double shift = mx.mean - my.mean;
            boolean beyond = alternative == AlternativeHypothesis.GREATER_THAN ? shift > mu : shift < mu;
            return beyond ? 0 : 1;
        }
        return WELCH.with(alternative).withMu(mu).test(x, y).getPValue();
    }

    /** Half the smallest positive value of either side; 0 when every value is 0. */
    private static double offset(double[] a, double[] b) {
        double min = Double.POSITIVE_INFINITY;
        for (double[] side : new double[][] {a, b}) {
            for (double v : side) {
                if (v > 0) min = Math.min(min, v);
            }
        }
        return min == Double.POSITIVE_INFINITY ? 0 : min / 2;
    }

    private static double[] logs(double[] values, double offset) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) out[i] = Math.log(values[i] > 0 ? values[i] : offset);
        return out;
    }

    /** Mean and unbiased variance. */
    private static final class Moments {
        final int n;
        final double mean;
        final double variance;

        Moments(double[] x) {
            n = x.length;
            double s = 0;
            for (double v : x) s += v;
            mean = s / n;
            double ss = 0;
            for (double v : x) ss += (v - mean) * (v - mean);
            variance = ss / (n - 1);
        }
    }
}
