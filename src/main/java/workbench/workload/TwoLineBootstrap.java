package workbench.workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The document's two-line version: draw all the indices first, then gather the chosen values. */
public final class TwoLineBootstrap implements Bootstrap {

    private final Random random;

    /** @param seed seeds the resampling stream */
    public TwoLineBootstrap(long seed) {
        this.random = new Random(Data.derive(seed, 1));
    }

    @Override
    public Interval confidenceInterval(double[] data, int iterations, double alpha) {
        List<Double> values = BoxedBootstrap.box(data);
        int n = values.size();
        double value = BoxedBootstrap.mean(values);
        List<Double> syntheticValues = new ArrayList<>();
        for (int it = 0; it < iterations; it++) {
            List<Integer> choicesIndex = new ArrayList<>(n);
            for (int i = 0; i < n; i++) choicesIndex.add(Data.randint(random, 0, n - 1));
            List<Double> choices = new ArrayList<>(n);
            for (Integer i : choicesIndex) choices.add(values.get(i));
            syntheticValues.add(BoxedBootstrap.mean(choices));
        }
        Collections.sort(syntheticValues);
        return Pivotal.interval(BoxedBootstrap.unbox(syntheticValues), value, alpha, n);
    }
}
