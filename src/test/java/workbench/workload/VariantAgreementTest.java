package workbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every variant is reproducible by seed, and all of them estimate the same interval on the same data. */
class VariantAgreementTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void sameSeedSameIntervalsAnotherSeedOthers(Variant variant) {
        double[] data = Data.generate(3000, 4);
        Interval[] first = runs(variant.create(17), data);
        Interval[] again = runs(variant.create(17), data);
        Interval[] other = runs(variant.create(18), data);
        for (int r = 0; r < first.length; r++) {
            assertEquals(first[r], again[r], "run " + r);
            assertNotEquals(first[r], other[r], "run " + r + " with another seed");
        }
        assertNotEquals(first[0], first[1], "successive runs draw fresh resamples, as in the document's four runs");
    }

    @Test
    void parallelResultDoesNotDependOnTheNumberOfThreads() throws Exception {
        double[] data = Data.generate(2000, 8);
        Interval[] common = runs(Variant.PARALLEL.create(3), data);
        for (int threads : new int[] {1, 3}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                Interval[] inPool = pool.submit(() -> runs(Variant.PARALLEL.create(3), data)).get();
                for (int r = 0; r < common.length; r++) assertEquals(common[r], inPool[r], threads + " threads, run " + r);
            } finally {
                pool.shutdown();
            }
        }
    }

    /**
     * The variants use different streams, so their intervals differ only by the Monte Carlo error of the bootstrap
     * quantiles. For B resamples a tail quantile (2.5 % or 97.5 %) of the normal bootstrap distribution with standard
     * error se has standard deviation √(p(1−p)/B)/φ(1.96)·se ≈ 2.67·se/√B; the centre (mean of the two bounds) thus
     * has about 1.89·se/√B and the width 3.78·se/√B. Each variant must match the theory within six of those, so any
     * two agree within twelve; a biased or mis-scaled variant misses by far more.
     */
    @Test
    void allVariantsAgreeOnTheSameData() {
        int n = 2000;
        int b = 2000;
        double[] data = Data.generate(n, 12);
        double mean = PrimitiveBootstrap.mean(data);
        double ss = 0;
        for (double v : data) ss += (v - mean) * (v - mean);
        double se = Math.sqrt(ss / n) / Math.sqrt(n); // the bootstrap's plug-in standard error of the mean
        double expectedWidth = 2 * 1.959964 * se;
        Map<Variant, Interval> intervals = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) intervals.put(v, v.create(99).confidenceInterval(data, b, 0.05));
        for (Map.Entry<Variant, Interval> e : intervals.entrySet()) {
            Interval iv = e.getValue();
            assertEquals(mean, iv.value(), 1e-9, e.getKey() + " sample mean");
            assertEquals(n, iv.num());
            double centre = (iv.lower() + iv.upper()) / 2;
            double width = iv.upper() - iv.lower();
            String what = String.format(Locale.ROOT, "%s: centre %.3f width %.3f vs mean %.3f width %.3f (se %.3f)",
                    e.getKey(), centre, width, mean, expectedWidth, se);
            assertEquals(mean, centre, 6 * 1.89 * se / Math.sqrt(b), what);
            assertEquals(expectedWidth, width, 6 * 3.78 * se / Math.sqrt(b), what);
        }
        assertNotEquals(intervals.get(Variant.FUSED), intervals.get(Variant.PRIMITIVE), "different streams");
    }

    @Test
    void boxedAndTwoLineDrawTheSameIndices() {
        // Same generator, same seed, same randint calls in the same order: the two-line split changes the profile,
        // never the result.
        double[] data = Data.generate(500, 2);
        assertEquals(Variant.BOXED.create(6).confidenceInterval(data, 50, 0.05),
                Variant.TWO_LINE.create(6).confidenceInterval(data, 50, 0.05));
    }

    private static Interval[] runs(Bootstrap bootstrap, double[] data) {
        Interval[] out = new Interval[3];
        for (int r = 0; r < out.length; r++) out[r] = bootstrap.confidenceInterval(data, 40, 0.05);
        assertTrue(out[0].num() == data.length);
        return out;
    }
}
