package workbench.agent.rt;

import java.util.List;

/**
 * The entry point of count-only probes (the deterministic mode's {@code --timing sampled}):
 * {@code CallCounter.enter(id)} at method start returns the thread's {@link ThreadCalls}, which the method keeps in
 * a local for its exit and its call-site probes, as {@link Tracer} does for the timed probes.
 *
 * <p>Memory is bounded by the live threads as the timed runtime's is: the counts are kept in a {@link ThreadTable},
 * which folds those of threads that have ended into one total per thread name pattern.
 */
public final class CallCounter {

    private static volatile int capacityHint = 1024;
    /** Each call site's callee (a built-in's function id), by site id: static, as the rewriter knows it. */
    private static volatile int[] siteCallees = new int[0];

    private static final ThreadTable<ThreadCalls> THREADS = new ThreadTable<ThreadCalls>() {
        @Override
        Thread owner(ThreadCalls t) {
            return t.thread();
        }

        @Override
        ThreadCalls newTotal(String name, long id) {
            return new ThreadCalls(name, id);
        }

        @Override
        void add(ThreadCalls total, ThreadCalls finished) {
            total.add(finished);
        }

        @Override
        ThreadCalls copy(ThreadCalls t) {
            return t.detachedCopy();
        }

        @Override
        long retainedBytes(ThreadCalls t) {
            return t.retainedBytes();
        }
    };

    private static final ThreadLocal<ThreadCalls> CURRENT = new ThreadLocal<ThreadCalls>() {
        @Override
        protected ThreadCalls initialValue() {
            ThreadCalls t = new ThreadCalls(Thread.currentThread(), capacityHint);
            THREADS.register(t);
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
     * Sizes the function index of threads started from now on (up to 64 ids; it grows on demand).
     *
     * @param functions the number of function ids allocated so far
     */
    public static void capacityHint(int functions) {
        capacityHint = functions;
    }

    /**
     * Publishes the call sites' callees; called after each class is rewritten, before its code can run.
     *
     * @param callees each call site's callee, by site id
     */
    public static void siteCallees(int[] callees) {
        siteCallees = callees.clone();
    }

    /**
     * @param site a call site's id
     * @return the function id of the built-in it calls, or -1 for a site not published yet
     */
    static int calleeOf(int site) {
        int[] c = siteCallees;
        return site < c.length ? c[site] : -1;
    }

    /**
     * @return every live thread's counts so far, in order of each thread's first call, then a copy of each total of
     *     finished threads (which the next thread to start may add to)
     */
    public static List<ThreadCalls> threads() {
        return THREADS.all();
    }

    /**
     * The agent's own memory for the count-only mode: every thread's arrays, the totals' included.
     *
     * @return bytes held by the arrays of the counts kept, array headers included
     */
    public static long retainedBytes() {
        return THREADS.retainedBytes();
    }

    /** @return the counts kept now: live (or not yet folded) threads' and the totals of finished ones */
    public static int threadCount() {
        return THREADS.size();
    }
}
