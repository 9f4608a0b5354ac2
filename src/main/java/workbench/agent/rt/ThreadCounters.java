package workbench.agent.rt;

/**
 * What one thread's counters ({@link ThreadTrace}, {@link HybridThreadCounts}) say of whose they are: a live thread's, or a
 * total of finished threads that {@link ThreadTable} folded, which has a name and an id of its own.
 */
public abstract class ThreadCounters {

    /** The name of the total that finished threads go into once the totals of their name patterns reached the cap. */
    public static final String OTHER_TOTAL = ThreadTable.OTHER_FINISHED;

    /** The owning thread; {@code null} for a total of finished threads. */
    final Thread thread;
    /** The name and id of a total of finished threads. */
    final String foldName;
    final long foldId;
    /**
     * How many threads these counters hold: 1 for a live thread's, the number folded in for a total (which
     * {@link ThreadTable} adds to under its lock), so that a table can say how many threads its times sum over when
     * thousands of them (virtual threads, a pool that replaces its workers) are kept as one total.
     */
    long threads;

    /**
     * @param thread   the owning thread, or {@code null} for a total
     * @param foldName a total's name (ignored for a thread)
     * @param foldId   a total's id, one no thread has (ignored for a thread)
     */
    ThreadCounters(Thread thread, String foldName, long foldId) {
        this.thread = thread;
        this.foldName = foldName;
        this.foldId = foldId;
        this.threads = thread == null ? 0 : 1;
    }

    /** A copy's owner: the same thread, or the same total. */
    ThreadCounters(ThreadCounters of) {
        this(of.thread, of.foldName, of.foldId);
        this.threads = of.threads;
    }

    /** @return the thread these counters belong to; {@code null} for a total of finished threads */
    public final Thread thread() {
        return thread;
    }

    /** @return the thread's name, or the name of a total of finished threads */
    public final String name() {
        return thread == null ? foldName : thread.getName();
    }

    /** @return how many threads these counters hold: 1 for a thread's, those folded in for a total */
    public final long threadCount() {
        return threads;
    }

    /**
     * @param threadName a thread's name
     * @return the name of the total of finished threads its counters are folded into, unless the totals have reached
     *     their cap ({@link #OTHER_TOTAL})
     */
    public static String totalName(String threadName) {
        return ThreadTable.foldKey(threadName);
    }

    /** @return the thread's id, or a negative id for a total of finished threads */
    public final long threadId() {
        return thread == null ? foldId : thread.getId();
    }
}
