package workbench.agent;

/**
 * Heap set aside for the agent's last write. A program that dies of {@code OutOfMemoryError} ends with the heap still
 * full (a static collection that grew is still reachable): the JVM cannot even start the shutdown hooks then (their
 * list is copied on the heap), let alone the dump, which copies the counters and builds its rows. So the reserve is
 * let go when an {@code OutOfMemoryError} reaches the uncaught-exception handler, which runs before the JVM begins to
 * shut down, and again first thing in the shutdown hook; the collector then has that much to give.
 *
 * <p>The size follows what a write really takes: after each checkpoint, twice the bytes that write allocated (its
 * copies of the counters grow with the program's functions and threads), never less than {@link #MIN_BYTES}.
 */
final class DumpReserve {

    /**
     * The least set aside: a write of a few hundred functions allocates well under a megabyte (measured on the
     * workload's trace: 0.34 MB for the first, class initialisation included, then 43 to 54 KB each), and a megabyte
     * is little beside any heap a JVM runs with. At 1 MB and more it is a humongous object to G1 (regions of 1 MB
     * under small heaps), so letting it go frees whole regions, which is what a heap full of large arrays needs.
     */
    static final int MIN_BYTES = 1 << 20;
    /** The most set aside, whatever a write took: the reserve must not become the program's own out of memory. */
    static final int MAX_BYTES = 64 << 20;

    /**
     * System property set in a JVM whose heap already has a reserve: a second agent there (the reserve-only one a
     * sampler's child gets, beside the instrumenting one of the hybrid modes) holds none of its own.
     */
    private static final String HELD = "workbench.agent.reserve";

    private volatile byte[] reserve = new byte[MIN_BYTES];

    DumpReserve() {
        System.setProperty(HELD, "held");
    }

    /**
     * The reserve-only agent ({@link AgentOptions#RESERVE}): a sampler writes its recording at exit on the heap the
     * program has left, and a full heap leaves it truncated (async-profiler finds no room for its metadata, JFR's
     * shutdown hook cannot run). Nothing when an instrumenting agent holds a reserve already.
     */
    static void holdForSampler() {
        if (System.getProperty(HELD) != null) return;
        new DumpReserve().releaseOnOutOfMemory();
    }
    /** Set once the last write has begun: from then on the reserve is never taken again. */
    private boolean closed;

    /**
     * Lets the reserve go when an {@code OutOfMemoryError} is not caught by the thread it was thrown in, then hands the
     * error on as the JVM would have: to the handler there was before, or printed as the JVM prints it.
     */
    void releaseOnOutOfMemory() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) giveBack();
            if (before != null) {
                before.uncaughtException(thread, e);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace(System.err);
            }
        });
    }

    /**
     * Grows the reserve to twice what a write took, when that is more than it holds.
     *
     * @param allocated bytes the last write allocated
     */
    synchronized void fit(long allocated) {
        if (closed) return;
        long wanted = Math.min(MAX_BYTES, Math.max(MIN_BYTES, 2 * allocated));
        if (reserve != null && wanted <= reserve.length) return;
        reserve = null; // a thread that ran out of memory and went on: take the reserve again when the heap allows
        try {
            reserve = new byte[(int) wanted];
        } catch (OutOfMemoryError e) {
            // the program is short of heap itself: the reserve stays as it was
        }
    }

    /** Gives the reserve back to the heap for good: first thing at shutdown, before the last write. */
    synchronized void release() {
        closed = true;
        reserve = null;
    }

    /** Gives the reserve back without a lock: the thread out of memory must not wait for a checkpoint under way. */
    private void giveBack() {
        reserve = null;
    }
}
