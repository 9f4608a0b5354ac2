package workbench.agent.rt;

import java.util.List;

/**
 * The entry point instrumented methods call: {@code Tracer.enter(id)} at method start returns the thread's
 * {@link ThreadTrace}, which the method keeps in a local for its exit and for the calls it makes into code that
 * is not instrumented. So a lookup of the thread's trace ({@link ThreadTable#slots}) happens once per instrumented
 * method call and never for a call-site probe.
 *
 * <p>Memory is bounded by the live threads, not by every thread the program ever started: the traces are kept in a
 * {@link ThreadTable}, which folds those of threads that have ended into one total per thread name pattern, so a pool
 * of threads costs its threads, and 100,000 short threads cost about as much as the few alive at a time. (A thread's
 * own {@link ThreadLocal} value goes with the thread.)
 *
 * <p>Lives in the bootstrap class loader and imports only {@code java.*}, so any class may call it.
 */
public final class Tracer {

    private static volatile int capacityHint = 1024;
    private static volatile int maxPaths;

    private static final ThreadTable<ThreadTrace> TRACES = new ThreadTable<ThreadTrace>(
            new ThreadTrace[ThreadTable.SLOTS + 1]) {
        @Override
        ThreadTrace newThread(Thread thread) {
            return new ThreadTrace(thread, capacityHint, maxPaths);
        }

        @Override
        ThreadTrace newTotal(String name, long id) {
            return new ThreadTrace(name, id, maxPaths);
        }

        @Override
        void add(ThreadTrace total, ThreadTrace finished) {
            total.add(finished);
        }

        @Override
        ThreadTrace copy(ThreadTrace t) {
            return t.detachedCopy();
        }

        @Override
        long retainedBytes(ThreadTrace t) {
            return t.retainedBytes();
        }
    };

    /** {@link ThreadTable#slots}, in a static final field: a constant to the JIT. */
    private static final ThreadTrace[] BY_THREAD = TRACES.slots;

    private Tracer() {
    }

    /**
     * Opens a frame for an instrumented method on the current thread.
     *
     * @param id the method's function id
     * @return the current thread's trace, for the matching {@link ThreadTrace#exit}
     */
    public static ThreadTrace enter(int id) {
        Thread thread = Thread.currentThread();
        ThreadTrace t = BY_THREAD[ThreadTable.FIRST];
        if (t.thread != thread) {
            t = BY_THREAD[ThreadTable.slot(thread)];
            if (t.thread != thread) t = TRACES.current(thread);
        }
        t.enter(id);
        return t;
    }

    /**
     * Sizes the function index of threads started from now on (up to 64 ids; it grows on demand).
     *
     * @param functions the number of function ids allocated so far
     */
    public static void capacityHint(int functions) {
        capacityHint = functions;
    }

    /**
     * Keeps a calling-context tree per thread from now on; set before any instrumented code runs.
     *
     * @param limit nodes per thread before further paths are counted per function under a marker; 0 for no tree
     */
    public static void maxPaths(int limit) {
        maxPaths = limit;
    }

    /**
     * @return every live thread's trace so far, in order of each thread's first call, then a copy of each total of
     *     finished threads (which the next thread to start may add to)
     */
    public static List<ThreadTrace> traces() {
        return TRACES.all();
    }

    /**
     * The agent's own memory for the deterministic mode: every trace's arrays, the totals' included.
     *
     * @return bytes held by the arrays of the traces kept, array headers included
     */
    public static long retainedBytes() {
        return TRACES.retainedBytes();
    }
}
