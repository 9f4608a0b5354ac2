package workbench.agent.rt;

import java.util.List;

/**
 * What the hybrid probes (the deterministic mode's {@code --timing sampled}) share across threads: each thread's
 * {@link HybridThreadCounts} (which {@link HybridThreadCounts#enter}, at every instrumented method's start, finds here) and
 * the dump's view of all threads; the call sites are {@link CallSites#PUBLISHED}.
 *
 * <p>Memory is bounded by the live threads as the timed runtime's is: the counts are kept in a {@link ThreadTable},
 * which folds those of threads that have ended into one total per thread name pattern.
 */
public final class HybridCounter {

    private static volatile int capacityHint = 1024;
    private static final ThreadTable<HybridThreadCounts> THREADS = new ThreadTable<HybridThreadCounts>(
            new HybridThreadCounts[ThreadTable.SLOTS + 1]) {
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
