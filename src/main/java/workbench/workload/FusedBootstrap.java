package workbench.workload;

import java.util.Arrays;
import java.util.Random;

/**
 * The document's fix: the resample and its mean in one fused statement, with no list of choices built and no
 * helper call per element (the data stay boxed-free, the generator stays {@code java.util.Random}).
 */
public final class FusedBootstrap implements Bootstrap {

    private final Random random;

    /** @param seed seeds the resampling stream */
    public FusedBootstrap(long seed) {
        this.random = new Random(Data.derive(seed, 1));
    }

    @Override
    public Interval confidenceInterval(double[] values, int iterations, double alpha) {
        int n = values.length;
        double value = PrimitiveBootstrap.mean(values);
        double[] syntheticValues = new double[iterations];
        for (int it = 0; it < iterations; it++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += values[random.nextInt(n)];
            syntheticValues[it] = sum / n;
        }
        Arrays.sort(syntheticValues);
        return Pivotal.interval(syntheticValues, value, alpha, n);
    }
}
