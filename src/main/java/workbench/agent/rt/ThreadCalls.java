package workbench.agent.rt;

/**
 * One thread's call counts for the hybrid timing ({@code --timing sampled}): the caller-to-callee edges of
 * {@link ThreadTrace} without a clock. The times come from a sampler running in the same JVM.
 *
 * <p>An instrumented method's call ({@link #enter}/{@link #exit}) is counted on its edge and pushed on a shadow
 * stack, as the timed trace does. A call into code that is not instrumented (a built-in) is cheaper: its caller and
 * callee are known where it is made, so {@link #call} only counts it in the row of its call site, and the callee
 * goes on the stack only if it calls back into instrumented code ({@link #enter} while a call is in flight). So the
 * counts, primitive counts and edges come out exactly as the timed trace's, callbacks and recursion through the
 * JDK included. Only the owning thread writes; the shutdown dump reads a {@link #detachedCopy}.
 *
 * <p>Function rows are sparse, as the timed trace's: an index from function id to row, grown to the highest id the
 * thread called, and a row per function it called; the call-site counts grow to the highest site the thread called.
 * A thread that ended is {@linkplain #add folded} into a total by {@link ThreadTable} and its arrays released.
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
    /** Function column: the row's function id. */
    private static final int F_ID = 3;
    /** Edge column (in {@link EdgeTable}'s rows): calls along the edge. */
    static final int CALLS = 0;
    /** Edge column: calls made while the edge was not already active. */
    static final int PRIMITIVE = 1;
    /** Edge column: activations of the edge open on this thread. */
    private static final int ACTIVE = 2;
    /** Not-primitive row stride per call site: calls while the callee was active, while the edge was active. */
    private static final int NP = 2;
    private static final long NO_EDGE = -1L << 32;
    private static final int NONE = -1;
    private static final long[] EMPTY = new long[0];

    /** The owning thread; {@code null} for a total of finished threads. */
    private final Thread thread;
    /** The name and id of a total of finished threads. */
    private final String foldName;
    private final long foldId;
    /** Function id to row in {@link #functions}; 0 for a function this thread never called (row 0 is unused). */
    private int[] index;
    private long[] functions;
    /** Rows in use, the unused row 0 included. */
    private int rowCount = 1;
    /** Calls per call site. */
    private long[] sites;
    /**
     * Calls per call site that were not primitive (for the callee, for the edge): only counted with built-ins open,
     * so grown only then.
     */
    private long[] notPrimitive = EMPTY;
    /**
     * {@link #sites} while no built-in is on the stack, else empty: so that {@link #call}'s one bounds check also
     * sends it to the slow path, and its bytecode stays small enough for C1 to inline it.
     */
    private long[] fast;
    /** Function ids of the open frames; a built-in pushed because it called back is stored as {@code ~id}. */
    private int[] frameIds;
    private int[] frameEdges;
    private int depth;
    /** Built-ins on the stack: while there are none, no call can find its callee or edge already active. */
    private int builtinsOpen;
    /** The call site whose call is in flight, or {@link #NONE}. */
    private int pendingSite = NONE;
    private final EdgeTable edges;

    /**
     * @param thread           the owning thread
     * @param functionCapacity function ids allocated so far: the id index starts with room for up to 64 of them, and
     *                         grows to the highest id the thread calls
     */
    ThreadCalls(Thread thread, int functionCapacity) {
        this(thread, null, 0, functionCapacity);
    }

    /**
     * A total of finished threads, which {@link #add} fills.
     *
     * @param name the name the dump gives it
     * @param id   the thread id the dump gives it, one no thread has
     */
    ThreadCalls(String name, long id) {
        this(null, name, id, 0);
    }

    private ThreadCalls(Thread thread, String foldName, long foldId, int functionCapacity) {
        this.thread = thread;
        this.foldName = foldName;
        this.foldId = foldId;
        this.edges = new EdgeTable();
        this.index = new int[Math.max(16, Math.min(functionCapacity, 64))];
        this.functions = new long[INITIAL * FN];
        this.sites = new long[INITIAL_SITES];
        this.fast = sites;
        this.frameIds = new int[INITIAL];
        this.frameEdges = new int[INITIAL];
    }

    /** Rows and frames a new thread starts with: most threads call few functions, and arrays grow by doubling. */
    private static final int INITIAL = 8;
    /** Call sites a new thread starts with; the array grows to the highest site the thread calls. */
    private static final int INITIAL_SITES = 64;

    /**
     * Counts a call of instrumented function {@code id} from the function on top of the stack, and pushes it. A
     * call from a built-in in flight (a callback) first puts that built-in on the stack: it is the caller.
     *
     * @param id the callee's function id
     */
    public void enter(int id) {
        if (pendingSite != NONE) pushBuiltin();
        push(id);
    }

    private void push(int id) {
        int d = depth;
        int[] ix = index;
        if (d >= frameIds.length || id >= ix.length) {
            growFrames(d);
            ix = growIndex(id);
        }
        int r = ix[id];
        if (r == 0) r = addRow(id);
        int caller = d > 0 ? idOf(frameIds[d - 1]) : ThreadTrace.ROOT;
        long[] fn = functions;
        int b = r * FN;
        if (fn[b + F_ACTIVE]++ == 0) fn[b + F_PRIMITIVE]++;
        int e = edge(caller, id, b);
        long[] ed = edges.rows;
        int eb = e * ThreadTrace.STRIDE;
        ed[eb + CALLS]++;
        if (ed[eb + ACTIVE]++ == 0) ed[eb + PRIMITIVE]++;
        frameIds[d] = id;
        frameEdges[d] = e;
        depth = d + 1;
    }

    /**
     * Counts a call into code that is not instrumented, at call site {@code site} of the method on top of the
     * stack; {@link #returned} follows the call. The callee is the site's ({@link CallCounter#calleeOf}).
     *
     * @param site the call site's id
     */
    public void call(int site) {
        long[] s = fast;
        if (site < s.length) {
            s[site]++;
            pendingSite = site;
            return;
        }
        callSlow(site);
    }

    /** A call with built-ins on the stack (it may find its callee or edge active), or past the array's end. */
    private void callSlow(int site) {
        if (site >= sites.length) sites = java.util.Arrays.copyOf(sites, Math.max(sites.length * 2, site + 64));
        sites[site]++;
        int callee = CallCounter.calleeOf(site);
        if (builtinsOpen > 0 && callee >= 0) {
            if ((site + 1) * NP > notPrimitive.length) {
                notPrimitive = java.util.Arrays.copyOf(notPrimitive, sites.length * NP);
            }
            int b = rowFor(callee) * FN;
            if (functions[b + F_ACTIVE] > 0) notPrimitive[site * NP]++;
            int caller = depth > 0 ? idOf(frameIds[depth - 1]) : ThreadTrace.ROOT;
            if (edges.rows[edge(caller, callee, b) * ThreadTrace.STRIDE + ACTIVE] > 0) notPrimitive[site * NP + 1]++;
        }
        fast = builtinsOpen == 0 ? sites : EMPTY;
        pendingSite = site;
    }

    /** After a call counted by {@link #call}: ends the call, and pops the built-in if it called back. */
    public void returned() {
        pendingSite = NONE;
        if (builtinsOpen > 0) popBuiltin();
    }

    private void popBuiltin() {
        int d = depth - 1;
        if (d >= 0 && frameIds[d] < 0) pop(d);
    }

    /** The built-in in flight called back: it goes on the stack, already counted at its call site. */
    private void pushBuiltin() {
        int callee = CallCounter.calleeOf(pendingSite);
        pendingSite = NONE;
        if (callee < 0) return; // a site registered after this call began: cannot happen, and costs nothing
        int d = depth;
        growFrames(d);
        int b = rowFor(callee) * FN;
        int caller = d > 0 ? idOf(frameIds[d - 1]) : ThreadTrace.ROOT;
        int e = edge(caller, callee, b);
        functions[b + F_ACTIVE]++;
        edges.rows[e * ThreadTrace.STRIDE + ACTIVE]++;
        frameIds[d] = ~callee;
        frameEdges[d] = e;
        depth = d + 1;
        builtinsOpen++;
        fast = EMPTY;
    }

    /**
     * Pops function {@code id}; frames above it (left open by an exception in code we did not instrument) first.
     *
     * @param id the function id given to the matching {@link #enter}
     */
    public void exit(int id) {
        pendingSite = NONE;
        int d = depth - 1;
        if (d >= 0 && frameIds[d] == id) {
            pop(d);
        } else {
            int at = find(id);
            for (int i = depth - 1; i >= at && at >= 0; i--) pop(i);
        }
    }

    /**
     * At the start of an exception handler in method {@code id}: pops the frames a throw left above it, and ends a
     * call into code not instrumented that the throw came out of.
     *
     * @param id the function id of the method whose handler runs
     */
    public void unwind(int id) {
        pendingSite = NONE;
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
        int id = frameIds[d];
        if (id < 0 && --builtinsOpen == 0) fast = sites;
        edges.rows[frameEdges[d] * ThreadTrace.STRIDE + ACTIVE]--;
        functions[index[idOf(id)] * FN + F_ACTIVE]--;
        depth = d;
    }

    private static int idOf(int frameId) {
        return frameId < 0 ? ~frameId : frameId;
    }

    /**
     * The edge row, through the callee's last-edge cache: loops call from one caller again and again.
     *
     * @param b the base of the callee's function row
     */
    private int edge(int caller, int callee, int b) {
        long last = functions[b + F_LAST_EDGE];
        if ((int) (last >> 32) == caller) return (int) last;
        int e = edges.index(caller, callee);
        functions[b + F_LAST_EDGE] = ((long) caller << 32) | e;
        return e;
    }

    private void growFrames(int d) {
        if (d >= frameIds.length) {
            frameIds = java.util.Arrays.copyOf(frameIds, frameIds.length * 2);
            frameEdges = java.util.Arrays.copyOf(frameEdges, frameEdges.length * 2);
        }
    }

    private int[] growIndex(int id) {
        if (id >= index.length) index = java.util.Arrays.copyOf(index, Math.max(index.length * 2, id + 1));
        return index;
    }

    /** A new row for function {@code id}, grown and filled before it is published to the dump by the row count. */
    private int addRow(int id) {
        int r = rowCount;
        if ((r + 1) * FN > functions.length) functions = java.util.Arrays.copyOf(functions, functions.length * 2);
        int b = r * FN;
        functions[b + F_ID] = id;
        functions[b + F_LAST_EDGE] = NO_EDGE;
        rowCount = r + 1;
        index[id] = r;
        return r;
    }

    /** @return function {@code id}'s row, added when new */
    private int rowFor(int id) {
        growIndex(id);
        int r = index[id];
        return r != 0 ? r : addRow(id);
    }

    /**
     * Adds a finished thread's counts to this total: primitive calls per function, calls and primitive calls per
     * edge, calls per call site (and their not-primitive counts), each exactly. The other thread must have ended.
     *
     * @param other a finished thread's counts
     */
    void add(ThreadCalls other) {
        long[] ofn = other.functions;
        for (int r = 1; r < other.rowCount; r++) {
            int ob = r * FN;
            functions[rowFor((int) ofn[ob + F_ID]) * FN + F_PRIMITIVE] += ofn[ob + F_PRIMITIVE];
        }
        EdgeTable oe = other.edges;
        for (int e = 0; e < oe.size; e++) {
            long key = oe.keyOf(e);
            int b = edges.index((int) (key >>> 32), (int) key) * ThreadTrace.STRIDE;
            int ob = e * ThreadTrace.STRIDE;
            edges.rows[b + CALLS] += oe.rows[ob + CALLS];
            edges.rows[b + PRIMITIVE] += oe.rows[ob + PRIMITIVE];
        }
        sites = addInto(sites, other.sites);
        fast = sites;
        notPrimitive = addInto(notPrimitive, other.notPrimitive);
    }

    private static long[] addInto(long[] to, long[] from) {
        long[] sum = from.length > to.length ? java.util.Arrays.copyOf(to, from.length) : to;
        for (int i = 0; i < from.length; i++) sum[i] += from[i];
        return sum;
    }

    /** @return bytes held by these counts' arrays, headers included: the agent's memory for this thread */
    long retainedBytes() {
        return ThreadTrace.arrayBytes(index.length, 4) + ThreadTrace.arrayBytes(functions.length, 8)
                + ThreadTrace.arrayBytes(sites.length, 8) + ThreadTrace.arrayBytes(notPrimitive.length, 8)
                + ThreadTrace.arrayBytes(frameIds.length, 4) + ThreadTrace.arrayBytes(frameEdges.length, 4)
                + edges.retainedBytes();
    }

    private ThreadCalls(ThreadCalls live) {
        this.thread = live.thread;
        this.foldName = live.foldName;
        this.foldId = live.foldId;
        this.rowCount = live.rowCount; // read before the rows: a row is filled before the count that publishes it
        this.index = live.index.clone();
        this.functions = live.functions.clone();
        this.sites = live.sites.clone();
        this.notPrimitive = live.notPrimitive.clone();
        this.fast = sites;
        this.frameIds = live.frameIds.clone();
        this.frameEdges = live.frameEdges.clone();
        this.edges = live.edges.copy();
        this.depth = Math.min(live.depth, frameIds.length);
    }

    /** @return a copy for the shutdown dump, read while the thread may go on counting in its own arrays */
    public ThreadCalls detachedCopy() {
        return new ThreadCalls(this);
    }

    /** @return the thread these counts belong to; {@code null} for a total of finished threads */
    public Thread thread() {
        return thread;
    }

    /** @return the thread's name, or the name of a total of finished threads */
    public String name() {
        return thread == null ? foldName : thread.getName();
    }

    /** @return the thread's id, or a negative id for a total of finished threads */
    public long threadId() {
        return thread == null ? foldId : thread.getId();
    }

    /**
     * @param id an instrumented function's id
     * @return its primitive calls (calls made while it was not already active on this thread)
     */
    public long primitiveCalls(int id) {
        int[] ix = index;
        int r = id >= 0 && id < ix.length ? ix[id] : 0;
        int b = r * FN + F_PRIMITIVE;
        return r != 0 && b < functions.length ? functions[b] : 0;
    }

    /**
     * @param site a call site's id
     * @return calls counted there
     */
    public long siteCalls(int site) {
        return site < sites.length ? sites[site] : 0;
    }

    /**
     * @param site a call site's id
     * @return calls counted there while the callee was already active (not primitive)
     */
    public long siteNotPrimitive(int site) {
        int b = site * NP;
        return b < notPrimitive.length ? notPrimitive[b] : 0;
    }

    /**
     * @param site a call site's id
     * @return calls counted there while the caller-to-callee edge was already active
     */
    public long siteEdgeNotPrimitive(int site) {
        int b = site * NP + 1;
        return b < notPrimitive.length ? notPrimitive[b] : 0;
    }

    /** @return the number of distinct edges into instrumented functions (and into built-ins that called back) */
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
     * @return calls along the edge (0 for a built-in's edge: those are counted per call site)
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
