package workbench.agent.rt;

/**
 * Measures what tracing one call costs, as Python's {@code profile.Profile.calibrate} does: a tight loop of
 * empty traced calls on a private trace, timed from outside and from inside.
 *
 * <p>{@link #inside()} is the part of a call's cost that falls between its own two timestamps (it inflates the
 * callee's time); {@link #outside()} is the rest (it inflates the caller's own time). Both are taken as the
 * minimum over several rounds, after the loop has been compiled, because instrumented hot code is compiled too.
 */
public final class Calibration {

    private static final int ROUNDS = 7;
    private static final int CALLS = 100_000;

    private final double inside;
    private final double outside;

    private Calibration(double inside, double outside) {
        this.inside = inside;
        this.outside = outside;
    }

    /** @return the measured costs */
    public static Calibration measure() {
        double bestTotal = Double.MAX_VALUE;
        double bestInside = 0;
        for (int r = 0; r < ROUNDS; r++) {
            ThreadTrace t = new ThreadTrace(Thread.currentThread(), 4);
            long start = System.nanoTime();
            run(t);
            long total = System.nanoTime() - start;
            double perCall = (double) total / CALLS;
            long[] fn = t.functionRows();
            double in = (double) fn[ThreadTrace.STRIDE + ThreadTrace.OWN] / CALLS;
            if (perCall < bestTotal) {
                bestTotal = perCall;
                bestInside = in;
            }
        }
        double outside = Math.max(0, bestTotal - bestInside);
        return new Calibration(bestInside, outside);
    }

    /** One parent frame with many empty children, as a traced loop calling a traced method looks. */
    private static void run(ThreadTrace t) {
        t.enter(0);
        for (int i = 0; i < CALLS; i++) {
            t.enter(1);
            t.exit(1);
        }
        t.exit(0);
    }

    /** @return nanoseconds per call charged to the callee */
    public double inside() {
        return inside;
    }

    /** @return nanoseconds per call charged to the caller */
    public double outside() {
        return outside;
    }
}
