package workbench.agent.rt;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The busy delay {@code workbench accuracy --inject} adds at the entry of one method (or the start of one line): a
 * counted loop of dependent arithmetic, so the time is spent on the thread's own CPU, inside the method, and
 * nowhere else.
 *
 * <p>Why a counted loop and not a spin on {@link System#nanoTime()}: a thread the scheduler takes away keeps the
 * wall clock running but not its CPU, and on a busy machine a wall-clock spin would give the thread a fraction of
 * the delay's CPU time while claiming all of it. The loop's speed is measured once on the thread's CPU clock before
 * the program runs ({@link #calibrate()}, after the loop is compiled), and each delay counts its iterations, so the
 * truth a profiler is judged against ({@link #nanos()}) is iterations times that speed plus each call's own cost.
 * {@code DelayTest} checks it against the thread's CPU time. The wall-clock time of each delay is summed too
 * ({@link #wallNanos()}): on a busy machine it is longer, and a profiler on a wall clock counts that.
 */
public final class Delay {

    private static final LongAdder ITERATIONS = new LongAdder();
    private static final LongAdder CALLS = new LongAdder();
    private static final LongAdder WALL = new LongAdder();
    /** Nanoseconds of CPU per iteration of the loop, compiled (measured by {@link #calibrate()}). */
    private static volatile double nanosPerIteration = 1.0;
    /** What a call costs besides its iterations, in nanoseconds of CPU (measured by {@link #calibrate()}). */
    private static volatile double nanosPerCall;
    /** Where the loop's result goes, so that the compiler cannot drop the loop. */
    private static long sink;

    private Delay() {
    }

    /**
     * Spins for about {@code nanos} nanoseconds of the calling thread's CPU; called by injected code.
     *
     * @param nanos the delay asked for
     */
    public static void spin(long nanos) {
        long start = System.nanoTime();
        long n = Math.max(0, Math.round((nanos - nanosPerCall) / nanosPerIteration));
        sink = iterate(n, sink | 1);
        ITERATIONS.add(n);
        CALLS.increment();
        WALL.add(System.nanoTime() - start);
    }

    /** Xorshift steps: each depends on the one before, so they cannot be folded, reordered or vectorised. */
    private static long iterate(long n, long x) {
        for (long i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    /**
     * Measures, once before the program runs, the loop's speed and a call's own cost on the thread's CPU clock, after
     * both are compiled (the injected code calls the compiled loop from the start), then clears the sums.
     */
    public static void calibrate() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++) spin(100); // compiled before it is measured
        int rounds = 9;
        double[] perIteration = new double[rounds];
        double[] perCall = new double[rounds];
        int calls = 50_000;
        long n = 1_000_000;
        for (int round = 0; round < rounds; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            sink = iterate(n, sink | 1);
            long t1 = mx.getCurrentThreadCpuTime();
            perIteration[round] = (t1 - t0) / (double) n;
        }
        nanosPerIteration = Math.max(1e-3, median(perIteration));
        for (int round = 0; round < rounds; round++) {
            long before = ITERATIONS.sum();
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) spin(nanosPerCall + 30);
            long t1 = mx.getCurrentThreadCpuTime();
            double loop = (ITERATIONS.sum() - before) * nanosPerIteration;
            perCall[round] = Math.max(0, (t1 - t0 - loop) / calls);
        }
        nanosPerCall = median(perCall);
        ITERATIONS.reset();
        CALLS.reset();
        WALL.reset();
    }

    /** The median, not the minimum: on a shared machine the loop's typical speed, not its luckiest, is the truth. */
    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    private static void spin(double nanos) {
        spin(Math.round(nanos));
    }

    /** @return the CPU time the delays have spent so far, in nanoseconds */
    public static long nanos() {
        return Math.round(ITERATIONS.sum() * nanosPerIteration + CALLS.sum() * nanosPerCall);
    }

    /**
     * @return the wall-clock time the delays took so far, in nanoseconds: their CPU time, and the time the scheduler
     *         gave the thread's CPU to others meanwhile (what a wall-clock profiler counts)
     */
    public static long wallNanos() {
        return WALL.sum();
    }

    /** @return the delays spent so far */
    public static long calls() {
        return CALLS.sum();
    }
}
