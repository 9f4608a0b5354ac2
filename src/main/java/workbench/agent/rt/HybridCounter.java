package workbench.agent.rt;

import java.util.List;

/**
 * What the hybrid probes (the deterministic mode's {@code --timing sampled}) share across threads: each thread's
 * {@link HybridThreadCounts} (which {@link HybridThreadCounts#enter}, at every instrumented method's start, finds here), the call
 * sites the rewriter published, and the dump's view of all threads.
 *
 * <p>Memory is bounded by the live threads as the timed runtime's is: the counts are kept in a {@link ThreadTable},
 * which folds those of threads that have ended into one total per thread name pattern.
 */
public final class HybridCounter {

    private static volatile int capacityHint = 1024;
    /**
     * Each call site's callee (a built-in's function id), by site id, as the rewriter knows it; -1 past the sites
     * published. Filled in place and republished by a volatile write of the same reference (readers read the field
     * first), so that publishing costs the new sites, not all of them again.
     */
    private static volatile int[] siteCallees = new int[0];
    /** Each function's call sites, by function id: {@code [first, end)} packed {@code first << 32 | end}. */
    private static volatile long[] functionSites = new long[0];

    private static final ThreadTable<HybridThreadCounts> THREADS = new ThreadTable<HybridThreadCounts>() {
        @Override
        HybridThreadCounts newTotal(String name, long id) {
            return new HybridThreadCounts(name, id);
        }

        @Override
        void add(HybridThreadCounts total, HybridThreadCounts finished) {
            total.add(finished);
            int slot = slot(finished.thread);
            if (BY_THREAD[slot] == finished) BY_THREAD[slot] = NOBODY; // let the folded counts go
        }

        @Override
        HybridThreadCounts copy(HybridThreadCounts t) {
            return t.detachedCopy();
        }

        @Override
        long retainedBytes(HybridThreadCounts t) {
            return t.retainedBytes();
        }
    };

    /**
     * The counts of recently seen threads by thread id, direct-mapped: a hit costs a few loads, where the thread
     * local's lookup, inlined into every instrumented method, made small methods too big for C2 to inline (the
     * JIT refuses to inline a method whose compiled code is already large). A slot holds whichever thread last
     * missed there; a thread only ever takes its own counts from it (the owner is a final field, so a racy read of
     * another thread's entry is still safe to compare), and falls back to the thread local on a miss.
     */
    static final HybridThreadCounts[] BY_THREAD = new HybridThreadCounts[256];
    /** What a slot holds before a thread has it: counts of no thread, so a lookup needs no null check. */
    private static final HybridThreadCounts NOBODY = new HybridThreadCounts("(nobody)", Long.MIN_VALUE);

    static {
        java.util.Arrays.fill(BY_THREAD, NOBODY);
    }

    private static final ThreadLocal<HybridThreadCounts> CURRENT = new ThreadLocal<HybridThreadCounts>() {
        @Override
        protected HybridThreadCounts initialValue() {
            HybridThreadCounts t = new HybridThreadCounts(Thread.currentThread(), capacityHint);
            THREADS.register(t);
            return t;
        }
    };

    private HybridCounter() {
    }

    static int slot(Thread thread) {
        return (int) thread.getId() & (BY_THREAD.length - 1);
    }

    /**
     * @param thread the current thread
     * @return its counts from the thread local (made on its first call), remembered in its slot of {@link #BY_THREAD}
     */
    static HybridThreadCounts current(Thread thread) {
        HybridThreadCounts t = CURRENT.get();
        BY_THREAD[slot(thread)] = t;
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
     * Publishes new call sites; called after each class is rewritten, before its code can run. A function's sites
     * are numbered consecutively, so the thread that enters it can make room for all of them at once (the counting
     * in its code has no bounds check of its own).
     *
     * @param first   the id of the first site given
     * @param callers each site's caller (the function holding it), from site {@code first} on
     * @param callees each site's callee (a built-in's function id)
     */
    public static synchronized void publishSites(int first, int[] callers, int[] callees) {
        int end = first + callees.length;
        int[] c = siteCallees;
        if (end > c.length) {
            int old = c.length;
            c = java.util.Arrays.copyOf(c, Math.max(end, c.length * 2));
            java.util.Arrays.fill(c, old, c.length, -1);
        }
        long[] f = functionSites;
        for (int i = 0; i < callees.length; i++) {
            int s = first + i;
            int fn = callers[i];
            c[s] = callees[i];
            if (fn >= f.length) f = java.util.Arrays.copyOf(f, Math.max(fn + 1, f.length * 2));
            int from = f[fn] == 0 ? s : Math.min(s, (int) (f[fn] >>> 32));
            int to = Math.max(s + 1, (int) f[fn]);
            f[fn] = ((long) from << 32) | to;
        }
        functionSites = f;
        siteCallees = c;
    }

    /**
     * @param site a call site's id
     * @return the function id of the built-in it calls, or -1 for a site not published yet
     */
    static int calleeOf(int site) {
        int[] c = siteCallees;
        return site >= 0 && site < c.length ? c[site] : -1;
    }

    /** @return the first call site of function {@code id} (its sites are numbered consecutively) */
    static int firstSite(int id) {
        long[] f = functionSites;
        return id < f.length ? (int) (f[id] >>> 32) : 0;
    }

    /** @return one past the last call site of function {@code id}; 0 for a function without call sites */
    static int endSite(int id) {
        long[] f = functionSites;
        return id < f.length ? (int) f[id] : 0;
    }

    /**
     * @return every live thread's counts so far, in order of each thread's first call, then a copy of each total of
     *     finished threads (which the next thread to start may add to)
     */
    public static List<HybridThreadCounts> threads() {
        return THREADS.all();
    }

    /**
     * The agent's own memory for the hybrid mode: every thread's arrays, the totals' included.
     *
     * @return bytes held by the arrays of the counts kept, array headers included
     */
    public static long retainedBytes() {
        return THREADS.retainedBytes();
    }
}
