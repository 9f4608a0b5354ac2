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
    /** Each call site's callee (a built-in's function id), by site id: static, as the rewriter knows it. */
    private static volatile int[] siteCallees = new int[0];

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

    /** @return every thread's counts so far, in order of each thread's first call */
    public static List<ThreadCalls> threads() {
        synchronized (THREADS) {
            return new ArrayList<>(THREADS);
        }
    }
}
