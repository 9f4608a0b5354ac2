package workbench.agent.rt;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry point instrumented methods call: {@code Tracer.enter(id)} at method start returns the thread's
 * {@link ThreadTrace}, which the method keeps in a local for its exit and for the calls it makes into code that
 * is not instrumented. So a thread-local lookup happens once per instrumented method call and never for a
 * call-site probe.
 *
 * <p>Lives on the bootstrap class path and imports only {@code java.*}, so any class may call it.
 */
public final class Tracer {

    private static final List<ThreadTrace> TRACES = new ArrayList<>();
    private static volatile int capacityHint = 1024;
    private static volatile int maxPaths;

    private static final ThreadLocal<ThreadTrace> CURRENT = new ThreadLocal<ThreadTrace>() {
        @Override
        protected ThreadTrace initialValue() {
            ThreadTrace t = new ThreadTrace(Thread.currentThread(), capacityHint, maxPaths);
            synchronized (TRACES) {
                TRACES.add(t);
            }
            return t;
        }
    };

    private Tracer() {
    }

    /**
     * Opens a frame for an instrumented method on the current thread.
     *
     * @param id the method's function id
     * @return the current thread's trace, for the matching {@link ThreadTrace#exit}
     */
    public static ThreadTrace enter(int id) {
        ThreadTrace t = CURRENT.get();
        t.enter(id);
        return t;
    }

    /**
     * Sizes the counter arrays of threads started from now on.
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

    /** @return every thread's trace so far, in order of each thread's first call */
    public static List<ThreadTrace> traces() {
        synchronized (TRACES) {
            return new ArrayList<>(TRACES);
        }
    }
}
