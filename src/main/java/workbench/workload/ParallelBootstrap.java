package workbench.workload;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The primitive variant with iterations spread over all cores.
 *
 * <p>Each iteration draws from its own stream, seeded from the main seed, the run and the iteration number, so the
 * result does not depend on how many cores there are or how the work was split among them.
 */
public final class ParallelBootstrap implements Bootstrap {

    private final long seed;
    private long run;

    /** @param seed the main seed every iteration's stream derives from */
    public ParallelBootstrap(long seed) {
        this.seed = Data.derive(seed, 1);
    }

    @Override
    public Interval confidenceInterval(double[] values, int iterations, double alpha) {
        double value = PrimitiveBootstrap.mean(values);
        long runSeed = Data.derive(seed, run++);
        double[] syntheticValues = new double[iterations];
        IntStream.range(0, iterations).parallel().forEach(it ->
                syntheticValues[it] = PrimitiveBootstrap.resampleMean(values,
                        new SplittableRandom(Data.derive(runSeed, it))));
        Arrays.sort(syntheticValues);
        return Pivotal.interval(syntheticValues, value, alpha, values.length);
    }
}
