package workbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resampled indices are uniform over all {@code n} elements, for the drawing each variant really does.
 *
 * <p>No seam is needed: with {@code iterations = 2} and α = 0.05 the pivotal interval is
 * {@code [2·mean − θ*[1], 2·mean − θ*[0]]}, so both resample means can be read back from the interval. With data
 * {@code v_j = B^category(j)} and {@code B = n + 1}, a resample's sum {@code mean·n} is an integer whose base-B digits
 * are how often each category was drawn (a digit never exceeds n &lt; B, and every sum stays below 2^53, so the
 * doubles are exact). The same chi-square that passes every variant rejects the source document's off-by-one.
 */
class UniformityTest {

    /** Calls of {@code confidenceInterval} per case; each yields two resamples of n draws. */
    private static final int CALLS = 300;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void everyElementOfSmallDataIsDrawnUniformly(Variant variant) {
        for (int n : new int[] {1, 2, 3, 7, 12}) {
            long[] counts = elementCounts(variant.create(20_240 + n), identity(n), n);
            long draws = 2L * CALLS * n;
            assertEquals(draws, Arrays.stream(counts).sum(), variant + " n=" + n);
            for (int j = 0; j < n; j++) {
                assertTrue(counts[j] > 0, variant + " n=" + n + ": element " + j + " never drawn " + Arrays.toString(counts));
            }
            if (n == 1) continue; // one element: every draw is it, checked above; no degrees of freedom left
            double chi2 = chiSquare(counts, uniform(n, draws));
            assertTrue(chi2 < critical(n - 1), variant + " n=" + n + ": chi-square " + chi2 + " >= " + critical(n - 1)
                    + " for counts " + Arrays.toString(counts));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void firstAndLastOfLargeDataAreDrawnAtTheirRate(Variant variant) {
        int n = 1000;
        long[] counts = elementCounts(variant.create(77), largeCategories(n), 4);
        double chi2 = chiSquare(counts, largeExpected(n));
        assertTrue(chi2 < critical(3), variant + ": chi-square " + chi2 + " for " + Arrays.toString(counts));
    }

    @ParameterizedTest(name = "n={0}")
    @ValueSource(ints = {2, 3, 7, 12})
    void theDocumentsOffByOneFailsTheSameTest(int n) {
        long[] counts = elementCounts(new OffByOneBootstrap(20_240 + n), identity(n), n);
        assertEquals(0, counts[n - 1], "the off-by-one never draws the last element");
        double chi2 = chiSquare(counts, uniform(n, 2L * CALLS * n));
        assertTrue(chi2 > critical(n - 1), "off-by-one accepted: chi-square " + chi2 + " < " + critical(n - 1));
    }

    @Test
    void theDocumentsOffByOneFailsTheLargeDataTest() {
        int n = 1000;
        long[] counts = elementCounts(new OffByOneBootstrap(77), largeCategories(n), 4);
        double chi2 = chiSquare(counts, largeExpected(n));
        assertTrue(chi2 > critical(3), "off-by-one accepted: chi-square " + chi2);
    }

    @Test
    void randintIncludesBothEnds() {
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) assertEquals(0, Data.randint(random, 0, 0));
        long[] counts = new long[5];
        for (int i = 0; i < 50_000; i++) {
            int v = Data.randint(random, 5, 9);
            assertTrue(v >= 5 && v <= 9, "out of range: " + v);
            counts[v - 5]++;
        }
        assertTrue(chiSquare(counts, uniform(5, 50_000)) < critical(4), Arrays.toString(counts));
    }

    @Test
    void generatedDataAreTheDocumentsRandintZeroToThousand() {
        double[] data = Data.generate(100_000, 9);
        long[] counts = new long[1001];
        for (double v : data) {
            assertTrue(v == Math.rint(v) && v >= 0 && v <= 1000, "not randint(0, 1000): " + v);
            counts[(int) v]++;
        }
        assertTrue(counts[0] > 0 && counts[1000] > 0, "both ends of randint(0, 1000) occur");
        assertTrue(chiSquare(counts, uniform(1001, 100_000)) < critical(1000));
        assertTrue(Arrays.equals(data, Data.generate(100_000, 9)), "same seed, same data");
        assertTrue(!Arrays.equals(data, Data.generate(100_000, 10)), "another seed, other data");
    }

    /** How often each category was drawn over {@link #CALLS} calls of two resamples each. */
    static long[] elementCounts(Bootstrap bootstrap, int[] category, int categories) {
        int n = category.length;
        long base = n + 1;
        double[] values = new double[n];
        for (int j = 0; j < n; j++) values[j] = Math.pow(base, category[j]);
        long[] counts = new long[categories];
        for (int call = 0; call < CALLS; call++) {
            Interval iv = bootstrap.confidenceInterval(values, 2, 0.05);
            decode(2 * iv.value() - iv.lower(), n, base, counts);
            decode(2 * iv.value() - iv.upper(), n, base, counts);
        }
        return counts;
    }

    private static void decode(double resampleMean, int n, long base, long[] counts) {
        long sum = Math.round(resampleMean * n);
        int drawn = 0;
        for (int c = 0; c < counts.length; c++, sum /= base) {
            counts[c] += sum % base;
            drawn += (int) (sum % base);
        }
        assertEquals(0, sum, "resample sum has digits beyond the categories");
        assertEquals(n, drawn, "a resample of n elements must draw n times");
    }

    private static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }

    /** First element, lower half, upper half, last element: the off-by-one shows in the last. */
    private static int[] largeCategories(int n) {
        IntUnaryOperator cat = j -> j == 0 ? 0 : j == n - 1 ? 3 : j < n / 2 ? 1 : 2;
        return IntStream.range(0, n).map(cat).toArray();
    }

    private static double[] largeExpected(int n) {
        int[] cat = largeCategories(n);
        double draws = 2.0 * CALLS * n;
        double[] expected = new double[4];
        for (int c : cat) expected[c] += draws / n;
        return expected;
    }

    private static double[] uniform(int k, long draws) {
        double[] expected = new double[k];
        Arrays.fill(expected, (double) draws / k);
        return expected;
    }

    static double chiSquare(long[] observed, double[] expected) {
        double chi2 = 0;
        for (int i = 0; i < observed.length; i++) {
            double d = observed[i] - expected[i];
            chi2 += d * d / expected[i];
        }
        return chi2;
    }

    /**
     * A generous critical value: the Wilson–Hilferty approximation of the chi-square quantile at z = 5 (an upper tail
     * of about 3·10⁻⁷), which for one or two degrees of freedom errs on the high side.
     */
    static double critical(int df) {
        double a = 2.0 / (9 * df);
        return df * Math.pow(1 - a + 5 * Math.sqrt(a), 3);
    }

    /** The source document's index range: numpy's {@code randint(0, n - 1)} excludes n − 1; here spelled out. */
    static final class OffByOneBootstrap implements Bootstrap {
        private final Random random;

        OffByOneBootstrap(long seed) {
            this.random = new Random(Data.derive(seed, 1));
        }

        @Override
        public Interval confidenceInterval(double[] values, int iterations, double alpha) {
            int n = values.length;
            double[] means = new double[iterations];
            for (int it = 0; it < iterations; it++) {
                double sum = 0;
                for (int i = 0; i < n; i++) sum += values[Data.randint(random, 0, n - 2)];
                means[it] = sum / n;
            }
            Arrays.sort(means);
            return Pivotal.interval(means, PrimitiveBootstrap.mean(values), alpha, n);
        }
    }
}
