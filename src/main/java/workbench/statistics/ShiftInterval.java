package workbench.statistics;

import org.apache.commons.statistics.descriptive.Median;

/**
 * The shift B − A between two sets of repeated runs: the difference of their medians with a confidence interval, for
 * an amount added to every run (the accuracy study's injected delay adds a fixed time to a function).
 *
 * <p>The interval is {@link RatioInterval}'s on the linear scale: the one that inverts the Mann–Whitney U test for
 * a shift of B against A (Hodges–Lehmann / Moses): sort the n·m pairwise differences b<sub>j</sub> − a<sub>i</sub>
 * and take the k-th smallest and the k-th largest, k from the exact null distribution of U. Its coverage is exact
 * whenever B is A shifted, whatever the noise's shape; it needs no seed and no resampling. With few runs a side the
 * level it reaches is below the one asked ({@link Estimate#level()} says which).
 */
public final class ShiftInterval {

    private ShiftInterval() {
    }

    /** @return B − A with its 95 % interval; see {@link #of(double[], double[], double)} */
    public static Estimate of(double[] a, double[] b) {
        return of(a, b, MedianInterval.DEFAULT_LEVEL);
    }

    /**
     * @param a     the baseline's values, finite
     * @param b     the other side's values, finite
     * @param level the confidence wanted, in (0, 1)
     * @return median(b) − median(a) with the interval; {@link Estimate#UNKNOWN} if either side is empty
     * @throws IllegalArgumentException if a value is not finite, or the level is not in (0, 1)
     */
    public static Estimate of(double[] a, double[] b, double level) {
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level " + level + " is not in (0, 1)");
        for (double v : a) if (!Double.isFinite(v)) throw new IllegalArgumentException("not finite: " + v);
        for (double v : b) if (!Double.isFinite(v)) throw new IllegalArgumentException("not finite: " + v);
        if (a.length == 0 || b.length == 0) return Estimate.UNKNOWN;
        double[] differences = new double[a.length * b.length];
        int d = 0;
        for (double x : a) {
            for (double y : b) differences[d++] = y - x;
        }
        Median median = Median.withDefaults();
        return RatioInterval.interval(differences, a.length, b.length, level,
                median.evaluate(b) - median.evaluate(a));
    }
}
