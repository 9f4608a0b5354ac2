package workbench.agent.rt;

/**
 * Measures what tracing one call costs, as Python's {@code profile.Profile.calibrate} does: a tight loop of
 * empty traced calls on a private trace, timed from outside and from inside.
 *
 * <p>{@link #inside()} is the part of a call's cost that falls between its own two timestamps (it inflates the
 * callee's time); {@link #outsideCall()} and {@link #outsideMethod()} are the rest (it inflates the caller's own time). Both are taken as the
 * minimum over several rounds, after the loop has been compiled, because instrumented hot code is compiled too.
 * Both are read with the run's own clock ({@link ThreadClock}), so that what is subtracted is in the units of what
 * it is subtracted from, and a CPU-clock calibration is not inflated by the time its thread waited for a core.
 */
public final class Calibration {

    private static final int ROUNDS = 7;
    private static final int CALLS = 25_000;

    /** A private thread-local, so that the method-entry path is measured with its lookup but records nothing. */
    private static final ThreadLocal<ThreadTrace> PRIVATE = new ThreadLocal<ThreadTrace>();

    private final double inside;
    private final double outsideCall;
    private final double outsideMethod;

    private Calibration(double inside, double outsideCall, double outsideMethod) {
        this.inside = inside;
        this.outsideCall = outsideCall;
        this.outsideMethod = outsideMethod;
    }

    /**
     * @param maxPaths the calling-context tree's node limit the run uses (0: no tree), so that its cost is measured too
     * @return the measured costs
     */
    public static Calibration measure(int maxPaths) {
        double bestCall = Double.MAX_VALUE;
        double bestMethod = Double.MAX_VALUE;
        double bestInside = Double.MAX_VALUE;
        for (int r = 0; r < ROUNDS; r++) {
            ThreadTrace t = new ThreadTrace(Thread.currentThread(), 4, maxPaths);
            PRIVATE.set(t);
            long start = ThreadClock.now();
            callSites(t);
            long middle = ThreadClock.now();
            methods(t);
            long end = ThreadClock.now();
            bestCall = Math.min(bestCall, (double) (middle - start) / (4.0 * CALLS));
            bestMethod = Math.min(bestMethod, (double) (end - middle) / (4.0 * CALLS));
            long own = 0;
            for (int id = 1; id <= 4; id++) own += t.ownTime(id);
            bestInside = Math.min(bestInside, (double) own / (8.0 * CALLS));
        }
        PRIVATE.remove();
        return new Calibration(bestInside, Math.max(0, bestCall - bestInside), Math.max(0, bestMethod - bestInside));
    }

    /**
     * A traced loop calling four methods that are not instrumented: the call-site probe. Four callees, as in a
     * real loop body, so that the counters touched and the branches taken vary as they do there.
     */
    private static void callSites(ThreadTrace t) {
        t.enter(0);
        for (int i = 0; i < CALLS; i++) {
            t.enter(1);
            t.exit(1);
            t.enter(2);
            t.exit(2);
            t.enter(3);
            t.exit(3);
            t.enter(4);
            t.exit(4);
        }
        t.exit(0);
    }

    /** The same with instrumented methods: the thread-local lookup, then the same probe. */
    private static void methods(ThreadTrace t) {
        t.enter(0);
        for (int i = 0; i < CALLS; i++) {
            PRIVATE.get().enter(1);
            PRIVATE.get().exit(1);
            PRIVATE.get().enter(2);
            PRIVATE.get().exit(2);
            PRIVATE.get().enter(3);
            PRIVATE.get().exit(3);
            PRIVATE.get().enter(4);
            PRIVATE.get().exit(4);
        }
        t.exit(0);
    }

    /** @return nanoseconds per call charged to the callee */
    public double inside() {
        return inside;
    }

    /** @return nanoseconds per call-site probe (a call into code not instrumented) charged to the caller */
    public double outsideCall() {
        return outsideCall;
    }

    /** @return nanoseconds per instrumented method call charged to the caller */
    public double outsideMethod() {
        return outsideMethod;
    }
}
