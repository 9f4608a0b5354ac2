package workbench.agent.rt;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The one clock the deterministic runtime reads, as yappi's {@code wall} and {@code cpu} clocks:
 * {@code System.nanoTime} by default, or the current thread's CPU time, which stands still while the thread is
 * parked, blocked, sleeping or waiting for a core.
 *
 * <p>The CPU clock is {@code ThreadMXBean.getCurrentThreadCpuTime}: HotSpot reads {@code clock_gettime} with the
 * thread's CPU clock id, a system call the vDSO does not serve, so each reading costs several times a
 * {@code nanoTime} (measured per run by {@link Calibration#clockRead}, and in {@code docs/threads-and-clocks.md}). The management
 * classes are loaded only when the CPU clock is asked for.
 */
public final class ThreadClock {

    /**
     * The clock the agent chose before this class was first used ({@link Choice#useCpu}): a constant, so that the JIT
     * compiles the probes' readings without a load and a branch on the choice (about 0.5 ns of a method probe's two).
     */
    private static final boolean cpu = Choice.cpu;

    private ThreadClock() {
    }

    /**
     * The choice of clock, in a class of its own so that making it does not initialise {@link ThreadClock}, which
     * fixes it.
     */
    public static final class Choice {

        private static boolean cpu;

        private Choice() {
        }

        /**
         * Makes {@link #now} read the thread's CPU time, where the JVM can measure it; called before any reading.
         *
         * @return whether it does: {@code false} leaves the wall clock (a JVM without thread CPU time or without the
         *     {@code java.management} module, or a clock already read)
         */
        public static boolean useCpu() {
            try {
                ThreadMXBean threads = Cpu.THREADS;
                if (!threads.isCurrentThreadCpuTimeSupported()) return false;
                if (!threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
                if (threads.getCurrentThreadCpuTime() < 0) return false;
                cpu = true;
                return ThreadClock.isCpu();
            } catch (LinkageError | RuntimeException e) {
                return false;
            }
        }
    }

    /** @return whether the runtime reads the thread's CPU time */
    public static boolean isCpu() {
        return cpu;
    }

    /**
     * Set when a CPU clock reading came back -1: the thread was a virtual thread, whose CPU time the JVM does not
     * keep (JDK 21 and later), so its calls are counted and their times are 0. A plain field: any thread may set it,
     * the dump reads it after the program's threads have had their say.
     */
    private static boolean untimed;

    /** @return the current thread's time in nanoseconds on the run's clock: the only reading the probes take */
    static long now() {
        return cpu ? cpuNow() : System.nanoTime();
    }

    private static long cpuNow() {
        long t = Cpu.THREADS.getCurrentThreadCpuTime();
        if (t < 0) untimed = true;
        return t;
    }

    /** @return whether a thread the CPU clock could not time (a virtual thread) ran instrumented code */
    public static boolean someThreadsUntimed() {
        return untimed;
    }

    /**
     * Another thread's time on the run's clock, for frames the dump closes in a copy of that thread's trace.
     *
     * @param owner the thread, {@code null} for a total of finished threads
     * @return its time now; under the CPU clock, -1 for a thread that has ended (its clock is gone)
     */
    static long timeOf(Thread owner) {
        if (!cpu) return System.nanoTime();
        if (owner == Thread.currentThread()) return now();
        return owner == null ? -1 : Cpu.THREADS.getThreadCpuTime(owner.getId());
    }

    /** Loaded on the CPU clock's first use only: a wall-clock run never touches {@code java.management}. */
    private static final class Cpu {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    }
}
