package workbench.statistics;

import java.util.SplittableRandom;

/** Run times with a known truth: a true median times lognormal noise, as repeated runs of one program. */
final class SyntheticRuns {

    /** The relative spread of the noise: 3 %, about what repeated runs of a CPU-bound program show. */
    static final double SPREAD = 0.03;

    private SyntheticRuns() {
    }

    /** @return n runs whose population median is {@code median}: median · exp(spread · Z) */
    static double[] lognormal(SplittableRandom random, int n, double median, double spread) {
        double[] runs = new double[n];
        for (int i = 0; i < n; i++) runs[i] = median * Math.exp(spread * random.nextGaussian());
        return runs;
    }

    /** @return n runs with normal noise whose standard deviation is {@code spread} of the median */
    static double[] normal(SplittableRandom random, int n, double median, double spread) {
        double[] runs = new double[n];
        for (int i = 0; i < n; i++) runs[i] = median * (1 + spread * random.nextGaussian());
        return runs;
    }
}
