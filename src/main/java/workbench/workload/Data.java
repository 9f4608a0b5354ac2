package workbench.workload;

import java.util.Random;

/** The workload's data and the {@code randint} helper that generates it, as in the source document. */
public final class Data {

    private Data() {
    }

    /**
     * Python's {@code random.randint(lo, hi)}: a uniform integer in {@code [lo, hi]}, both ends included.
     *
     * <p>Called once per element, like the original, so a deterministic profile shows millions of calls into the
     * random number generator.
     *
     * @param random the stream to draw from
     * @param lo     smallest value
     * @param hi     largest value, at least {@code lo}
     * @return a value in {@code [lo, hi]}
     */
    public static int randint(Random random, int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /**
     * The document's data: {@code n} calls of {@code randint(0, 1000)}.
     *
     * @param n    number of values
     * @param seed seeds the stream; the same seed gives the same data for every variant
     * @return the values
     */
    public static double[] generate(int n, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = randint(random, 0, 1000);
        }
        return values;
    }

    /**
     * Derives an independent seed for a sub-stream (a run, an iteration) from the main seed, with SplitMix64's
     * finaliser, so that variants and iterations never share a stream by accident.
     *
     * @param seed   the main seed
     * @param stream the sub-stream number
     * @return a well-mixed seed
     */
    public static long derive(long seed, long stream) {
        long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
