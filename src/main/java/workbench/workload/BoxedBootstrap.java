package workbench.workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The original program: boxed lists and one {@code randint} call per resampled element. */
public final class BoxedBootstrap implements Bootstrap {

    private final Random random;

    /** @param seed seeds the resampling stream */
    public BoxedBootstrap(long seed) {
        this.random = new Random(Data.derive(seed, 1));
    }

    @Override
    public Interval confidenceInterval(double[] data, int iterations, double alpha) {
        List<Double> values = box(data);
        int n = values.size();
        double value = mean(values);
        List<Double> syntheticValues = new ArrayList<>();
        for (int it = 0; it < iterations; it++) {
            List<Double> choices = new ArrayList<>(n);
            for (int i = 0; i < n; i++) choices.add(values.get(Data.randint(random, 0, n - 1)));
            double currentMean = mean(choices);
            syntheticValues.add(currentMean);
        }
        Collections.sort(syntheticValues);
        return Pivotal.interval(unbox(syntheticValues), value, alpha, n);
    }

    static double mean(List<Double> values) {
        double sum = 0;
        for (Double v : values) sum += v;
        return sum / values.size();
    }

    static List<Double> box(double[] data) {
        List<Double> values = new ArrayList<>(data.length);
        for (double v : data) values.add(v);
        return values;
    }

    static double[] unbox(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }
}
