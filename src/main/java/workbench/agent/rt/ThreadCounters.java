package workbench.agent.rt;

/**
 * What one thread's counters ({@link ThreadTrace}, {@link HybridThreadCounts}) say of whose they are: a live thread's, or a
 * total of finished threads that {@link ThreadTable} folded, which has a name and an id of its own.
 */
public abstract class ThreadCounters {

    /** The owning thread; {@code null} for a total of finished threads. */
    final Thread thread;
    /** The name and id of a total of finished threads. */
    final String foldName;
    final long foldId;

    /**
     * @param thread   the owning thread, or {@code null} for a total
     * @param foldName a total's name (ignored for a thread)
     * @param foldId   a total's id, one no thread has (ignored for a thread)
     */
    ThreadCounters(Thread thread, String foldName, long foldId) {
        this.thread = thread;
        this.foldName = foldName;
        this.foldId = foldId;
    }

    /** A copy's owner: the same thread, or the same total. */
    ThreadCounters(ThreadCounters of) {
        this(of.thread, of.foldName, of.foldId);
    }

    /** @return the thread these counters belong to; {@code null} for a total of finished threads */
    public final Thread thread() {
        return thread;
    }

    /** @return the thread's name, or the name of a total of finished threads */
    public final String name() {
        return thread == null ? foldName : thread.getName();
    }

    /** @return the thread's id, or a negative id for a total of finished threads */
    public final long threadId() {
        return thread == null ? foldId : thread.getId();
    }
}
