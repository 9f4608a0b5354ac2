package workbench.agent;

/**
 * Heap set aside for the agent's last write. A program that dies of {@code OutOfMemoryError} runs its shutdown hooks
 * with the heap still full (a static collection that grew is still reachable), and the dump must copy the counters
 * and build its rows: the hook lets this go first, so that the collector has that much to give it.
 *
 * <p>The size follows what a write really takes: after each checkpoint, twice the bytes that write allocated (its
 * copies of the counters grow with the program's functions and threads), never less than {@link #MIN_BYTES}.
 */
final class DumpReserve {

    /**
     * The least set aside: a dump of a few hundred functions allocates well under a megabyte (measured: about 0.3 MB
     * for the workload's trace), and a megabyte is little beside any heap a JVM runs with.
     */
    static final int MIN_BYTES = 1 << 20;
    /** The most set aside, whatever a write took: the reserve must not become the program's own out of memory. */
    static final int MAX_BYTES = 64 << 20;

    private byte[] reserve = new byte[MIN_BYTES];

    /** @return the bytes set aside now (0 once released) */
    synchronized int size() {
        return reserve == null ? 0 : reserve.length;
    }

    /**
     * Grows the reserve to twice what a write took, when that is more than it holds.
     *
     * @param allocated bytes the last write allocated
     */
    synchronized void fit(long allocated) {
        if (reserve == null) return;
        long wanted = Math.min(MAX_BYTES, Math.max(MIN_BYTES, 2 * allocated));
        if (wanted <= reserve.length) return;
        try {
            reserve = new byte[(int) wanted];
        } catch (OutOfMemoryError e) {
            // the program is short of heap itself: the reserve stays as it was
        }
    }

    /** Gives the reserve back to the heap: first thing at shutdown, before the last write. */
    synchronized void release() {
        reserve = null;
    }
}
