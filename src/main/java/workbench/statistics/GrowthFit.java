package workbench.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a cost grows with the work: the exponent k of {@code time ∝ x^k}, fitted by least squares on log(time)
 * against log(x), with a bootstrap 95 % interval.
 *
 * <p>Each point of the grid (one x) contributes the mean of its runs' log-times: with K runs at every point this is
 * the least-squares line through all runs, and the log already tames a slow child. The interval resamples the runs within each point (the points themselves are the
 * design, not a sample), refits, and takes the 2.5th and 97.5th percentiles of the refitted slopes. The generator is
 * seeded, so a sweep re-printed gives the same interval.
 */
public final class GrowthFit {

    /** Bootstrap replicates: the percentiles of 2,000 slopes move by well under 0.01 between seeds. */
    static final int REPLICATES = 2000;
    /** The seed of the bootstrap's generator. */
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
     * @return k with its 95 % interval; {@link Estimate#UNKNOWN} with fewer than two distinct x
     * @throws IllegalArgumentException if a time is not positive
     */
    public static Estimate exponent(List<Point> points) {
        List<Point> used = new ArrayList<>();
        for (Point p : points) {
            for (double t : p.times()) if (!(t > 0)) throw new IllegalArgumentException("time must be positive: " + t);
            if (p.times().length > 0) used.add(p);
        }
        if (used.stream().mapToDouble(Point::x).distinct().count() < 2) return Estimate.UNKNOWN;
        double[] lx = used.stream().mapToDouble(p -> Math.log(p.x())).toArray();
        double[][] logs = used.stream().map(p -> Arrays.stream(p.times()).map(Math::log).toArray())
                .toArray(double[][]::new);
        double[] y = new double[logs.length];
        for (int i = 0; i < y.length; i++) y[i] = mean(logs[i]);
        double k = slope(lx, y);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] slopes = new double[REPLICATES];
        double[] resample = new double[0];
        for (int b = 0; b < REPLICATES; b++) {
            for (int i = 0; i < y.length; i++) {
                double[] runs = logs[i];
                if (resample.length != runs.length) resample = new double[runs.length];
                for (int j = 0; j < runs.length; j++) resample[j] = runs[random.nextInt(runs.length)];
                y[i] = mean(resample);
            }
            slopes[b] = slope(lx, y);
        }
        Arrays.sort(slopes);
        double lower = slopes[(int) Math.floor(0.025 * (REPLICATES - 1))];
        double upper = slopes[(int) Math.ceil(0.975 * (REPLICATES - 1))];
        // a percentile interval need not contain the fit; widen it rather than print a contradiction
        return new Estimate(k, Math.min(lower, k), Math.max(upper, k), 0.95);
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
