package workbench.workload;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Primitive arrays and {@code SplittableRandom}: what the JIT turns into a tight loop. */
public final class PrimitiveBootstrap implements Bootstrap {

    private final SplittableRandom random;

    /** @param seed seeds the resampling stream */
    public PrimitiveBootstrap(long seed) {
        this.random = new SplittableRandom(Data.derive(seed, 1));
    }

    @Override
    public Interval confidenceInterval(double[] values, int iterations, double alpha) {
        double value = mean(values);
        double[] syntheticValues = new double[iterations];
        for (int it = 0; it < iterations; it++) {
            syntheticValues[it] = resampleMean(values, random);
        }
        Arrays.sort(syntheticValues);
        return Pivotal.interval(syntheticValues, value, alpha, values.length);
    }

    /** @return the mean of one resample of {@code values} drawn with replacement from {@code random} */
    static double resampleMean(double[] values, SplittableRandom random) {
        int n = values.length;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += values[random.nextInt(n)];
        return sum / n;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.length;
    }
}
