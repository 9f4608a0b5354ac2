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

    /**
     * Calls per probe kind in a round: short rounds, so that the rounds after the JIT has compiled the probes (about
     * 150,000 calls in) soon say the cost is settled, which the rule of {@link #measure} then sees.
     */
    private static final int CALLS = 5_000;
    /** Rounds at least: the first few run in the interpreter and in code compiled without profile. */
    private static final int MIN_ROUNDS = 24;
    /** Rounds in a row that must bring no new minimum before the figures are taken as settled. */
    private static final int SETTLED = 8;
    /** Rounds at most: a JVM whose compiler never catches up (a busy machine, -Xint) stops here all the same. */
    private static final int MAX_ROUNDS = 80;

    /**
     * A private table of the shape of {@link Tracer}'s ({@link ThreadTable#slots}): the method path below finds its
     * trace as an instrumented method does, so that the lookup's cost is measured and the real traces record nothing.
     */
    private static final ThreadTrace[] SLOTS = new ThreadTrace[ThreadTable.SLOTS + 1];

    /** The call sites of {@link #callSites}: function 0 calls built-ins 1 to 4 at its sites 0 to 3. */
    private static final CallSites SITES = new CallSites();

    static {
        SITES.publish(0, new long[] {1, 2, 3, 4});
    }

    /** Keeps the clock loop's result alive, so that the compiler cannot drop the loop. */
    private static volatile long sink;

    private final double inside;
    private final double outsideCall;
    private final double outsideMethod;
    private final double clockRead;
    private final int rounds;

    private Calibration(double inside, double outsideCall, double outsideMethod, double clockRead, int rounds) {
        this.inside = inside;
        this.outsideCall = outsideCall;
        this.outsideMethod = outsideMethod;
        this.clockRead = clockRead;
        this.rounds = rounds;
    }

    /**
     * Rounds until the costs have settled: each figure is the least any round gave (a round that a compilation or
     * another thread interrupted only costs more), and the rounds stop once {@link #SETTLED} of them in a row have
     * lowered none of the four by more than 1 %. Fixed long rounds spent about 110 ms of every run's start here, most
     * of it after the costs had settled. The cost of a clock reading is one of the four: measured on its own after
     * the calibration, beside a starting program whose methods filled the compiler's queue, its loop was still in
     * C1's code, and one run in three printed 30–35 ns instead of 20.
     *
     * @param maxPaths the calling-context tree's node limit the run uses (0: no tree), so that its cost is measured too
     * @return the measured costs
     */
    public static Calibration measure(int maxPaths) {
        double bestCall = Double.MAX_VALUE;
        double bestMethod = Double.MAX_VALUE;
        double bestInside = Double.MAX_VALUE;
        double bestRead = Double.MAX_VALUE;
        Thread thread = Thread.currentThread();
        int slot = ThreadTable.slot(thread);
        int r = 0;
        for (int quiet = 0; r < MAX_ROUNDS && (r < MIN_ROUNDS || quiet < SETTLED); r++) {
            ThreadTrace t = new ThreadTrace(thread, 4, maxPaths, SITES);
            SLOTS[slot] = t;
            SLOTS[ThreadTable.FIRST] = t; // the first thread's way, which most programs' calls take
            long start = ThreadClock.now();
            callSites(t);
            long middle = ThreadClock.now();
            methods(t);
            long end = ThreadClock.now();
            double read = (double) (clockReads() - end) / CALLS;
            t.settle();
            long own = 0;
            for (int id = 1; id <= 4; id++) own += t.ownTime(id);
            double call = (double) (middle - start) / (4.0 * CALLS);
            double method = (double) (end - middle) / (4.0 * CALLS);
            double inside = (double) own / (8.0 * CALLS);
            boolean lower = call < 0.99 * bestCall || method < 0.99 * bestMethod || inside < 0.99 * bestInside
                    || read < 0.99 * bestRead;
            quiet = lower ? 0 : quiet + 1;
            bestCall = Math.min(bestCall, call);
            bestMethod = Math.min(bestMethod, method);
            bestInside = Math.min(bestInside, inside);
            bestRead = Math.min(bestRead, read);
        }
        SLOTS[slot] = null;
        SLOTS[ThreadTable.FIRST] = null;
        return new Calibration(bestInside, Math.max(0, bestCall - bestInside), Math.max(0, bestMethod - bestInside),
                bestRead, r);
    }

    /**
     * A traced loop calling four methods that are not instrumented: the call-site probe. Four callees, as in a
     * real loop body, so that the counters touched and the branches taken vary as they do there.
     */
    private static void callSites(ThreadTrace t) {
        t.enter(0);
        for (int i = 0; i < CALLS; i++) {
            t.enterBuiltin(1);
            t.exitBuiltin(0, 1);
            t.enterBuiltin(2);
            t.exitBuiltin(1, 2);
            t.enterBuiltin(3);
            t.exitBuiltin(2, 3);
            t.enterBuiltin(4);
            t.exitBuiltin(3, 4);
        }
        t.exit(0);
    }

    /** The same with instrumented methods: each finds its trace as {@link Tracer#enter} does, then the same probe. */
    private static void methods(ThreadTrace t) {
        t.enter(0);
        for (int i = 0; i < CALLS; i++) {
            enter(1, t).exit(1);
            enter(2, t).exit(2);
            enter(3, t).exit(3);
            enter(4, t).exit(4);
        }
        t.exit(0);
    }

    /** {@link Tracer#enter} on {@link #SLOTS}; the round's trace stands in for the thread local on a miss. */
    private static ThreadTrace enter(int id, ThreadTrace round) {
        Thread thread = Thread.currentThread();
        ThreadTrace t = SLOTS[ThreadTable.FIRST];
        if (t == null || t.thread != thread) {
            t = SLOTS[ThreadTable.slot(thread)];
            if (t == null || t.thread != thread) t = round;
        }
        t.enter(id);
        return t;
    }

    /** @return the clock's reading after {@link #CALLS} readings of it */
    private static long clockReads() {
        long acc = 0;
        for (int i = 0; i < CALLS; i++) acc += ThreadClock.now();
        sink = acc;
        return ThreadClock.now();
    }

    /** @return nanoseconds one reading of the run's clock costs, as the probes read it */
    public double clockRead() {
        return clockRead;
    }

    /** @return the rounds the costs took to settle */
    public int rounds() {
        return rounds;
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
