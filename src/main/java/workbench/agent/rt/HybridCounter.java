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

    private static final ThreadTable<HybridThreadCounts> THREADS = new ThreadTable<HybridThreadCounts>(
            new HybridThreadCounts[ThreadTable.SLOTS]) {
        @Override
        HybridThreadCounts newThread(Thread thread) {
            return new HybridThreadCounts(thread, capacityHint);
        }

        @Override
        HybridThreadCounts newTotal(String name, long id) {
            return new HybridThreadCounts(name, id);
        }

        @Override
        void add(HybridThreadCounts total, HybridThreadCounts finished) {
            total.add(finished);
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

    /** {@link ThreadTable#slots}, in a static final field: a constant to the JIT. */
    static final HybridThreadCounts[] BY_THREAD = THREADS.slots;

    private HybridCounter() {
    }

    /**
     * @param thread the current thread
     * @return its counts, for a probe whose lookup in {@link #BY_THREAD} missed
     */
    static HybridThreadCounts current(Thread thread) {
        return THREADS.current(thread);
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
