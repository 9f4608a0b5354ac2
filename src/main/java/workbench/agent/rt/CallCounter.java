package workbench.agent.rt;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of count-only probes (the deterministic mode's {@code --timing sampled}):
 * {@code CallCounter.enter(id)} at method start returns the thread's {@link ThreadCalls}, which the method keeps in
 * a local for its exit and its call-site probes, as {@link Tracer} does for the timed probes.
 */
public final class CallCounter {

    private static final List<ThreadCalls> THREADS = new ArrayList<>();
    private static volatile int capacityHint = 1024;

    private static final ThreadLocal<ThreadCalls> CURRENT = new ThreadLocal<ThreadCalls>() {
        @Override
        protected ThreadCalls initialValue() {
            ThreadCalls t = new ThreadCalls(Thread.currentThread(), capacityHint);
            synchronized (THREADS) {
                THREADS.add(t);
            }
            return t;
        }
    };

    private CallCounter() {
    }

    /**
     * Counts a call of an instrumented method on the current thread.
     *
     * @param id the method's function id
     * @return the current thread's counts, for the matching {@link ThreadCalls#exit}
     */
    public static ThreadCalls enter(int id) {
        ThreadCalls t = CURRENT.get();
        t.enter(id);
        return t;
    }

    /**
     * Sizes the arrays of threads started from now on.
     *
     * @param functions the number of function ids allocated so far
     */
    public static void capacityHint(int functions) {
        capacityHint = functions;
    }

    /** @return every thread's counts so far, in order of each thread's first call */
    public static List<ThreadCalls> threads() {
        synchronized (THREADS) {
            return new ArrayList<>(THREADS);
        }
    }
}
