package workbench.agent.rt;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The timed trace's probes in a tight loop, each pair (enter, exit) timed by the thread's CPU time, which waiting for
 * a core does not inflate: a probe that reads the clock and does nothing else (the floor: two {@code System.nanoTime}
 * a call), the call-site probe ({@link ThreadTrace#enterBuiltin}/{@link ThreadTrace#exitBuiltin} on a trace held in a local), the
 * same with a calling-context tree, and an instrumented method's probe ({@link Tracer#enter}, which finds the
 * thread's trace first). Prints one line per probe: the median over rounds of nanoseconds per call. Run by
 * {@code scripts/bench probes} in a child of each JDK.
 */
public final class ProbeCost {

    private static final int CALLS = 500_000;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 11;

    /** Function 0 calls built-ins 1 and 2 at its sites 0 and 1. */
    private static final CallSites SITES = new CallSites();

    static {
        SITES.publish(0, new long[] {1, 2});
    }

    /** The clock-only probe's state: a start and a sum, as a trace keeps them. */
    private static long start;
    private static long sum;

    private ProbeCost() {
    }

    private static void clockEnter() {
        start = System.nanoTime();
    }

    private static void clockExit() {
        sum += System.nanoTime() - start;
    }

    /** @param args none */
    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] names = {"clock only", "call site", "call site, tree", "method"};
        double[][] ns = new double[names.length][ROUNDS];
        for (int r = -WARM_UP; r < ROUNDS; r++) {
            ThreadTrace flat = new ThreadTrace(Thread.currentThread(), 8, 0, SITES);
            ThreadTrace tree = new ThreadTrace(Thread.currentThread(), 8, 65536, SITES);
            flat.enter(0);
            tree.enter(0);
            ThreadTrace method = Tracer.enter(0);
            long t0 = mx.getCurrentThreadCpuTime();
            clockLoop();
            long t1 = mx.getCurrentThreadCpuTime();
            siteLoop(flat);
            long t2 = mx.getCurrentThreadCpuTime();
            siteLoop(tree);
            long t3 = mx.getCurrentThreadCpuTime();
            methodLoop();
            long t4 = mx.getCurrentThreadCpuTime();
            method.exit(0);
            if (r < 0) continue;
            long[] t = {t0, t1, t2, t3, t4};
            for (int k = 0; k < names.length; k++) ns[k][r] = (t[k + 1] - t[k]) / (2.0 * CALLS);
        }
        for (int k = 0; k < names.length; k++) {
            Arrays.sort(ns[k]);
            System.out.printf("%s=%.1f%n", names[k], ns[k][ROUNDS / 2]);
        }
        if (sum == 42) System.out.println(); // keeps the clock probe's work alive
    }

    // Each probe's loop is a method of its own, compiled on its own as an instrumented method is, with the probes
    // inlined into it; in one method with the others, the JIT's limits on a method's size decided what was inlined.

    private static void clockLoop() {
        for (int i = 0; i < CALLS; i++) {
            clockEnter();
            clockExit();
            clockEnter();
            clockExit();
        }
    }

    private static void siteLoop(ThreadTrace t) {
        for (int i = 0; i < CALLS; i++) {
            t.enterBuiltin(1);
            t.exitBuiltin(0, 1);
            t.enterBuiltin(2);
            t.exitBuiltin(1, 2);
        }
    }

    private static void methodLoop() {
        for (int i = 0; i < CALLS; i++) {
            Tracer.enter(1).exit(1);
            Tracer.enter(2).exit(2);
        }
    }
}
