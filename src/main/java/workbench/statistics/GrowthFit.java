package workbench.statistics;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How a cost grows with the work: the exponent k of {@code time ∝ x^k}, fitted by least squares on log(time)
 * against log(x), with its 95 % interval.
 *
 * <p>Every run is a point of the fit (the log already tames a slow child), and the interval is the textbook one for
 * a least-squares slope: k ± t<sub>n−2</sub> · s / √S<sub>xx</sub>, s² the residuals' variance. With log-normal
 * noise and a true power law it covers k 95 times in 100, whatever the number of runs a size; a departure from the
 * power law (a JIT's warm-up that bends the small sizes) widens it, as it should, since k then describes the data
 * less well. It replaced a bootstrap of the runs within each size, which was too narrow: its variance lacks the
 * factor K / (K − 1), so with the sweep's 3 runs a size it covered about 87 % (26 of 30 synthetic sweeps whose
 * truth was 0), and with one run a size its interval had no width at all, so that every function was "surely"
 * faster or slower than the leader.
 */
public final class GrowthFit {

    /** The seed of the bootstrap generators that {@link FixedCostFit} uses. */
    static final long SEED = 20261201L;

    private GrowthFit() {
    }

    /**
     * One point of the grid.
     *
     * @param x     the work (n × iterations, or n), positive
     * @param times each run's time, positive
     */
    public record Point(double x, double[] times) {

        public Point {
            if (!(x > 0)) throw new IllegalArgumentException("x must be positive, got " + x);
            times = times.clone();
        }
    }

    /**
     * @param points the grid's points with their runs; points without runs are left out
     * @return k with its 95 % interval; {@link Estimate#UNKNOWN} with fewer than two distinct x; k with an unknown
     *     (NaN) interval with only two runs, whose line leaves no residual to judge it by
     * @throws IllegalArgumentException if a time is not positive
     */
    public static Estimate exponent(List<Point> points) {
        int n = 0;
        for (Point p : points) {
            for (double t : p.times()) if (!(t > 0)) throw new IllegalArgumentException("time must be positive: " + t);
            n += p.times().length;
        }
        double[] lx = new double[n];
        double[] ly = new double[n];
        int i = 0;
        for (Point p : points) {
            for (double t : p.times()) {
                lx[i] = Math.log(p.x());
                ly[i++] = Math.log(t);
            }
        }
        if (Arrays.stream(lx).distinct().count() < 2) return Estimate.UNKNOWN;
        double mx = mean(lx);
        double my = mean(ly);
        double k = slope(lx, ly);
        if (n == 2) return new Estimate(k, Double.NaN, Double.NaN, Double.NaN);
        double sxx = 0;
        double rss = 0;
        for (int j = 0; j < n; j++) {
            double r = ly[j] - my - k * (lx[j] - mx);
            sxx += (lx[j] - mx) * (lx[j] - mx);
            rss += r * r;
        }
        double half = TDistribution.of(n - 2).inverseSurvivalProbability(0.025) * Math.sqrt(rss / (n - 2) / sxx);
        return new Estimate(k, k - half, k + half, 0.95);
    }

    /**
     * @param x the abscissae (two distinct at least)
     * @param y the ordinates
     * @return the least-squares slope of y on x
     */
    public static double slope(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.length;
    }
}
