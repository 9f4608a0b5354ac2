package workbench.agent.rt;

/**
 * One thread's call counts for the hybrid timing ({@code --timing sampled}): the same shadow stack and
 * caller-to-callee edges as {@link ThreadTrace}, without a clock. A call is a few increments in the thread's own
 * arrays; the times come from a sampler running in the same JVM.
 *
 * <p>The probes call {@link #enter}, {@link #exit} and {@link #unwind} exactly where they call the timed trace's, so
 * calls, primitive calls and edges are counted by the same rules and come out identical. Only the owning thread
 * writes; the shutdown dump reads a {@link #detachedCopy}.
 */
public final class ThreadCalls {

    /** Function row stride. */
    private static final int FN = 4;
    /** Function column: calls made while the function was not already active. */
    private static final int F_PRIMITIVE = 0;
    /** Function column: activations open on this thread (recursion depth). */
    private static final int F_ACTIVE = 1;
    /** Function column: last caller and its edge, packed {@code caller << 32 | edge} (see {@link ThreadTrace}). */
    private static final int F_LAST_EDGE = 2;
    /** Edge column (in {@link EdgeTable}'s rows): calls along the edge. */
    static final int CALLS = 0;
    /** Edge column: calls made while the edge was not already active. */
    static final int PRIMITIVE = 1;
    /** Edge column: activations of the edge open on this thread. */
    private static final int ACTIVE = 2;
    private static final long NO_EDGE = -1L << 32;

    private final Thread thread;
    private long[] functions;
    private int[] frameIds;
    private int[] frameEdges;
    private int depth;
    private final EdgeTable edges;

    ThreadCalls(Thread thread, int functionCapacity) {
        this.thread = thread;
        this.edges = new EdgeTable();
        int cap = Math.max(64, functionCapacity);
        this.functions = new long[cap * FN];
        for (int i = 0; i < cap; i++) functions[i * FN + F_LAST_EDGE] = NO_EDGE;
        this.frameIds = new int[256];
        this.frameEdges = new int[256];
    }

    /**
     * Counts a call of function {@code id} from the function on top of the stack, and pushes it.
     *
     * @param id the callee's function id
     */
    public void enter(int id) {
        int d = depth;
        if (d >= frameIds.length || (id + 1) * FN > functions.length) grow(d, id);
        int caller = d > 0 ? frameIds[d - 1] : ThreadTrace.ROOT;
        long[] fn = functions;
        int b = id * FN;
        if (fn[b + F_ACTIVE]++ == 0) fn[b + F_PRIMITIVE]++;
        long last = fn[b + F_LAST_EDGE];
        int e = (int) (last >> 32) == caller ? (int) last : lookupEdge(caller, id);
        long[] ed = edges.rows;
        int eb = e * ThreadTrace.STRIDE;
        ed[eb + CALLS]++;
        if (ed[eb + ACTIVE]++ == 0) ed[eb + PRIMITIVE]++;
        frameIds[d] = id;
        frameEdges[d] = e;
        depth = d + 1;
    }

    /**
     * Pops function {@code id}; frames above it (left open by an exception in code we did not instrument) first.
     *
     * @param id the function id given to the matching {@link #enter}
     */
    public void exit(int id) {
        int d = depth - 1;
        if (d >= 0 && frameIds[d] == id) {
            pop(d);
        } else {
            int at = find(id);
            for (int i = depth - 1; i >= at && at >= 0; i--) pop(i);
        }
    }

    /**
     * At the start of an exception handler in method {@code id}: pops the frames a throw left above it.
     *
     * @param id the function id of the method whose handler runs
     */
    public void unwind(int id) {
        int d = depth - 1;
        if (d >= 0 && frameIds[d] == id) return;
        int at = find(id);
        for (int i = depth - 1; i > at && at >= 0; i--) pop(i);
    }

    private int find(int id) {
        for (int i = depth - 1; i >= 0; i--) {
            if (frameIds[i] == id) return i;
        }
        return -1;
    }

    private void pop(int d) {
        edges.rows[frameEdges[d] * ThreadTrace.STRIDE + ACTIVE]--;
        functions[frameIds[d] * FN + F_ACTIVE]--;
        depth = d;
    }

    private int lookupEdge(int caller, int callee) {
        int e = edges.index(caller, callee);
        functions[callee * FN + F_LAST_EDGE] = ((long) caller << 32) | e;
        return e;
    }

    private void grow(int d, int id) {
        if (d >= frameIds.length) {
            frameIds = java.util.Arrays.copyOf(frameIds, frameIds.length * 2);
            frameEdges = java.util.Arrays.copyOf(frameEdges, frameEdges.length * 2);
        }
        if ((id + 1) * FN > functions.length) {
            int oldCap = functions.length / FN;
            int cap = Math.max(oldCap * 2, id + 64);
            long[] bigger = java.util.Arrays.copyOf(functions, cap * FN);
            for (int i = oldCap; i < cap; i++) bigger[i * FN + F_LAST_EDGE] = NO_EDGE;
            functions = bigger;
        }
    }

    private ThreadCalls(ThreadCalls live) {
        this.thread = live.thread;
        this.functions = live.functions.clone();
        this.frameIds = live.frameIds.clone();
        this.frameEdges = live.frameEdges.clone();
        this.edges = live.edges.copy();
        this.depth = Math.min(live.depth, frameIds.length);
    }

    /** @return a copy for the shutdown dump, read while the thread may go on counting in its own arrays */
    public ThreadCalls detachedCopy() {
        return new ThreadCalls(this);
    }

    /** @return the thread these counts belong to */
    public Thread thread() {
        return thread;
    }

    /**
     * @param id a function id
     * @return its primitive calls (calls made while it was not already active on this thread)
     */
    public long primitiveCalls(int id) {
        int b = id * FN + F_PRIMITIVE;
        return b < functions.length ? functions[b] : 0;
    }

    /** @return the number of distinct caller-to-callee edges seen */
    public int edgeCount() {
        return Math.min(edges.size, edges.rows.length / ThreadTrace.STRIDE);
    }

    /**
     * @param e an edge row
     * @return caller and callee of edge {@code e}, packed {@code caller << 32 | callee}; the caller is
     *     {@link ThreadTrace#ROOT} for calls from code that is not instrumented
     */
    public long edgeKey(int e) {
        return edges.keyOf(e);
    }

    /**
     * @param e an edge row
     * @return calls along the edge
     */
    public long edgeCalls(int e) {
        return edges.rows[e * ThreadTrace.STRIDE + CALLS];
    }

    /**
     * @param e an edge row
     * @return primitive calls along the edge
     */
    public long edgePrimitiveCalls(int e) {
        return edges.rows[e * ThreadTrace.STRIDE + PRIMITIVE];
    }
}
