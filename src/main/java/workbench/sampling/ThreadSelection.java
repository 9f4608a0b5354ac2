package workbench.sampling;

import java.util.List;

/**
 * Which sampled threads are the profiled program's: every Java thread except those the JVM itself runs (JIT
 * compilers, GC, reference handling, signal dispatch, JFR's and async-profiler's own) and the workbench's: the watch
 * of its parent and the agent's threads. The main thread and the
 * pools the program starts (such as {@code ForkJoinPool.commonPool-worker-1}) are kept.
 *
 * <p>The main thread is renamed {@code DestroyJavaVM} when it waits for the JVM to end; async-profiler writes
 * thread names at the end, so that name is the main thread's and is kept too.
 */
final class ThreadSelection {

    /** Names, or name prefixes, of the Java-level threads the JVM starts on its own. */
    private static final List<String> JVM_THREADS = List.of("Reference Handler", "Finalizer", "Signal Dispatcher",
            "Attach Listener", "Service Thread", "Monitor Deflation Thread", "C1 CompilerThread", "C2 CompilerThread",
            "Common-Cleaner", "Notification Thread", "JFR ", "Sweeper thread", "VM Thread", "VM Periodic Task Thread",
            "GC Thread", "G1 ", "Async-profiler", "process reaper", "JVMCI", "Thread-JVMCI",
            // ours: the watch on the workbench every profiled JVM has, and the agent's threads (its checkpoints, its
            // dump at exit, its calibration, the inject mode's dump), which a wall-clock sampler would otherwise
            // count as the program's own waiting
            "workbench-parent-watch", "workbench-agent-", "workbench-delay-dump");

    private ThreadSelection() {
    }

    /**
     * @param javaName the thread's Java name, or {@code null} for a thread the JVM never gave one (native threads
     *                 such as GC workers, which only async-profiler samples)
     * @return whether it runs the profiled program's code
     */
    static boolean isWorkload(String javaName) {
        if (javaName == null) return false;
        for (String jvm : JVM_THREADS) {
            if (javaName.startsWith(jvm)) return false;
        }
        return true;
    }
}
