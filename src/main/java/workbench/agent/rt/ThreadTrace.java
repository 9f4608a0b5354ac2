package workbench.agent.rt;

/**
 * One thread's shadow stack and counters: what instrumented code updates on every call.
 *
 * <p>Everything lives in preallocated {@code long[]} arrays with a fixed stride (one row per function, per
 * caller-to-callee edge and per open frame) so that a call allocates nothing, takes no lock and touches a few
 * neighbouring words. Only the owning thread writes; the shutdown dump reads a detached copy and closes its open
 * frames.
 *
 * <p>Besides the edges, a thread may keep its calling-context tree: a node per distinct call path (parent node,
 * function), with the calls and own time of calls along that path. A recursion gets a node per depth, as a true
 * calling-context tree does; the number of nodes and their depth are bounded per thread, and calls on paths beyond
 * those bounds are counted under one marker node per function ({@link #TRUNCATED}), so no call goes uncounted.
 *
 * <p>Times are kept raw: per row the time between the enter and exit timestamps, and how many direct and
 * indirect calls were made meanwhile. Calibration subtracts the measured cost of those calls later, when the
 * raw file is read, so {@code --raw} and calibrated figures come from the same data.
 */
public final class ThreadTrace {

    /** Row stride of the function, edge and frame arrays. */
    public static final int STRIDE = 8;
    /** The caller id of calls made from code that is not instrumented (a thread's run, the launcher). */
    public static final int ROOT = Integer.MAX_VALUE;

    /** Edge column: calls along the edge. */
    public static final int CALLS = 0;
    /** Edge and function column: calls made while the edge (function) was not already active. */
    public static final int PRIMITIVE = 1;
    /** Edge column: raw time between the callee's timestamps minus the raw time of its direct callees. */
    public static final int OWN = 2;
    /** Edge and function column: raw time between timestamps of outermost calls only. */
    public static final int CUMULATIVE = 3;
    /** Edge and function column: calls made at any depth during outermost calls (for calibration). */
    public static final int DESCENDANTS = 5;
    /** Edge and function column: activations open on this thread (recursion depth). */
    static final int ACTIVE = 6;
    /**
     * Function column: the last caller seen and its edge row, packed as {@code caller << 32 | edge}, so that the
     * edge lookup is skipped when a function's caller repeats, as it does in loops.
     */
    static final int LAST_EDGE = 7;
    /**
     * Function column: the last parent node seen and the node it led to, packed as {@code parent << 32 | node}: the
     * calling-context tree's counterpart of {@link #LAST_EDGE}.
     */
    static final int LAST_NODE = 4;
    /**
     * The deepest path the tree keeps, async-profiler's default stack depth: exports write each path whole, so a
     * recursion a million calls deep would otherwise make files quadratic in its depth.
     */
    public static final int MAX_DEPTH = 2048;
    /** The parent of the nodes that count calls on paths beyond the node or depth limit, one node per function. */
    public static final int TRUNCATED = Integer.MAX_VALUE - 1;
    /** Matches no caller: caller ids are never negative. */
    private static final long NO_EDGE = -1L << 32;

    // frame columns
    private static final int F_ID = 0;
    private static final int F_EDGE = 1;
    private static final int F_START = 2;
    private static final int F_CHILD_TIME = 3;
    private static final int F_SEQ = 4;
    private static final int F_NODE = 5;

    private final Thread thread;
    long[] functions;
    private long[] frames;
    private int depth;
    /** Calls entered so far: the calls made during a frame are the difference at its exit. */
    private long seq;
    private final EdgeTable edges;
    /** The calling-context tree's nodes, keyed by (parent node, function id); {@code null} when not kept. */
    private final EdgeTable paths;
    private final int maxPaths;

    /**
     * @param thread           the owning thread
     * @param functionCapacity function ids to make room for at once
     * @param maxPaths         calling-context nodes to keep before calls go under {@link #TRUNCATED}; 0 keeps no tree
     */
    ThreadTrace(Thread thread, int functionCapacity, int maxPaths) {
        this.edges = new EdgeTable();
        this.paths = maxPaths > 0 ? new EdgeTable() : null;
        this.maxPaths = maxPaths;
        this.thread = thread;
        int cap = Math.max(64, functionCapacity);
        this.functions = new long[cap * STRIDE];
        clearLast(functions, 0, cap);
        this.frames = new long[256 * STRIDE];
    }

    private static void clearLast(long[] rows, int from, int to) {
        for (int i = from; i < to; i++) {
            rows[i * STRIDE + LAST_EDGE] = NO_EDGE;
            rows[i * STRIDE + LAST_NODE] = NO_EDGE;
        }
    }

    /**
     * Opens a frame for function {@code id}; the timestamp is taken last so that the bookkeeping is charged to
     * the caller, where calibration removes it.
     *
     * <p>Counts go to the caller-to-callee edge only; a function's calls and own time are the sums over its edges.
     * The function row keeps what depends on the function's own recursion: primitive calls and cumulative time.
     *
     * @param id the callee's function id
     */
    public void enter(int id) {
        int d = depth;
        long[] fr = frames;
        long[] fn = functions;
        if ((d + 1) * STRIDE > fr.length || (id + 1) * STRIDE > fn.length) {
            fr = growFrames(d);
            fn = growFunctions(id);
        }
        int caller = d > 0 ? (int) fr[(d - 1) * STRIDE + F_ID] : ROOT;
        int b = id * STRIDE;
        if (fn[b + ACTIVE]++ == 0) fn[b + PRIMITIVE]++;
        long last = fn[b + LAST_EDGE];
        int e = (int) (last >> 32) == caller ? (int) last : lookupEdge(caller, id);
        long[] ed = edges.rows;
        int eb = e * STRIDE;
        ed[eb + CALLS]++;
        if (ed[eb + ACTIVE]++ == 0) ed[eb + PRIMITIVE]++;
        int f = d * STRIDE;
        EdgeTable p = paths;
        if (p != null) {
            int parent = d > 0 ? (int) fr[f - STRIDE + F_NODE] : ROOT;
            long lastNode = fn[b + LAST_NODE];
            int node = (int) (lastNode >> 32) == parent ? (int) lastNode : lookupNode(parent, id, d);
            p.rows[node * STRIDE + CALLS]++;
            fr[f + F_NODE] = node;
        }
        fr[f + F_ID] = id;
        fr[f + F_EDGE] = e;
        fr[f + F_CHILD_TIME] = 0;
        fr[f + F_SEQ] = seq++;
        depth = d + 1;
        fr[f + F_START] = System.nanoTime();
    }

    /**
     * Closes the frame of function {@code id}. When the top frame is another one (frames left open by an
     * exception in code we did not instrument), those are closed first; an id not on the stack is ignored.
     *
     * @param id the function id given to the matching {@link #enter}
     */
    public void exit(int id) {
        long now = System.nanoTime();
        int d = depth - 1;
        if (d >= 0 && frames[d * STRIDE + F_ID] == id) {
            pop(d, now);
        } else {
            exitSlow(id, now);
        }
    }

    /**
     * Called at the start of an exception handler in method {@code id}: closes the frames above that method's
     * frame, which a throw left open.
     *
     * @param id the function id of the method whose handler runs
     */
    public void unwind(int id) {
        int d = depth - 1;
        if (d >= 0 && frames[d * STRIDE + F_ID] == id) return;
        long now = System.nanoTime();
        int at = find(id);
        if (at < 0) return;
        for (int i = depth - 1; i > at; i--) pop(i, now);
    }

    private void exitSlow(int id, long now) {
        int at = find(id);
        if (at < 0) return;
        for (int i = depth - 1; i >= at; i--) pop(i, now);
    }

    private int find(int id) {
        for (int i = depth - 1; i >= 0; i--) {
            if (frames[i * STRIDE + F_ID] == id) return i;
        }
        return -1;
    }

    private void pop(int d, long now) {
        long[] fr = frames;
        int f = d * STRIDE;
        int id = (int) fr[f + F_ID];
        long elapsed = now - fr[f + F_START];
        long descendants = seq - fr[f + F_SEQ] - 1;
        long own = elapsed - fr[f + F_CHILD_TIME];
        long[] ed = edges.rows;
        int eb = (int) fr[f + F_EDGE] * STRIDE;
        ed[eb + OWN] += own;
        if (paths != null) paths.rows[(int) fr[f + F_NODE] * STRIDE + OWN] += own;
        if (--ed[eb + ACTIVE] == 0) {
            ed[eb + CUMULATIVE] += elapsed;
            ed[eb + DESCENDANTS] += descendants;
        }
        long[] fn = functions;
        int b = id * STRIDE;
        if (--fn[b + ACTIVE] == 0) {
            fn[b + CUMULATIVE] += elapsed;
            fn[b + DESCENDANTS] += descendants;
        }
        depth = d;
        if (d > 0) fr[f - STRIDE + F_CHILD_TIME] += elapsed;
    }

    private int lookupEdge(int caller, int callee) {
        int e = edges.index(caller, callee);
        functions[callee * STRIDE + LAST_EDGE] = ((long) caller << 32) | e;
        return e;
    }

    /**
     * The node of a call of {@code id} from context {@code parent} at stack depth {@code depth}. Once a path lies under
     * the marker, so do the paths below it, and once the tree is full or the path too deep, new paths go there too: one
     * node per function, whatever the context, so that the number of nodes stays bounded by the limit plus the
     * functions. (A node's depth is fixed by its parent's, so the fast path's cache stays right.)
     */
    private int lookupNode(int parent, int id, int depth) {
        EdgeTable p = paths;
        int context = depth >= MAX_DEPTH || parent != ROOT && (int) (p.keyOf(parent) >>> 32) == TRUNCATED
                ? TRUNCATED : parent;
        int node = p.index(context, id, context == TRUNCATED ? Integer.MAX_VALUE : maxPaths);
        if (node < 0) node = p.index(TRUNCATED, id);
        functions[id * STRIDE + LAST_NODE] = ((long) parent << 32) | node;
        return node;
    }

    private long[] growFrames(int d) {
        if ((d + 1) * STRIDE > frames.length) {
            long[] bigger = new long[frames.length * 2];
            System.arraycopy(frames, 0, bigger, 0, frames.length);
            frames = bigger;
        }
        return frames;
    }

    private long[] growFunctions(int id) {
        if ((id + 1) * STRIDE <= functions.length) return functions;
        int oldCap = functions.length / STRIDE;
        int cap = Math.max(oldCap * 2, id + 64);
        long[] bigger = new long[cap * STRIDE];
        System.arraycopy(functions, 0, bigger, 0, functions.length);
        clearLast(bigger, oldCap, cap);
        functions = bigger;
        return bigger;
    }

    private ThreadTrace(ThreadTrace live) {
        this.thread = live.thread;
        this.seq = live.seq;
        this.functions = live.functions.clone();
        this.frames = live.frames.clone();
        this.edges = live.edges.copy();
        this.paths = live.paths == null ? null : live.paths.copy();
        this.maxPaths = live.maxPaths;
        this.depth = Math.min(live.depth, frames.length / STRIDE);
    }

    /**
     * The dump's view of a thread that may still be running (after {@code System.exit} or a timeout): a copy,
     * which the dump closes and reads while the thread goes on with its own counters untouched.
     *
     * @return a detached copy of this trace
     */
    public ThreadTrace detachedCopy() {
        return new ThreadTrace(this);
    }

    /** Closes every open frame at the current time: the run ended (System.exit, a timeout) with them open. */
    public void closeAll() {
        long now = System.nanoTime();
        for (int i = depth - 1; i >= 0; i--) pop(i, now);
    }

    /** @return the thread this trace belongs to */
    public Thread thread() {
        return thread;
    }

    /**
     * @return the function rows, {@link #STRIDE} longs per function id (a live array): primitive calls, cumulative
     *     time and descendants; calls and own time are in the edge rows
     */
    public long[] functionRows() {
        return functions;
    }

    /**
     * @param callee a function id
     * @return the raw own time of all its calls so far, summed over its edges
     */
    long ownTime(int callee) {
        long sum = 0;
        for (int e = 0; e < edges.size; e++) {
            if ((int) edges.keyOf(e) == callee) sum += edges.rows[e * STRIDE + OWN];
        }
        return sum;
    }

    /** @return the number of distinct caller-to-callee edges seen */
    public int edgeCount() {
        return edges.size;
    }

    /** @return the number of calling-context nodes, 0 when no tree is kept */
    public int pathCount() {
        return paths == null ? 0 : paths.size;
    }

    /**
     * @return the calling-context nodes' rows, {@link #STRIDE} longs per node in order of first use (a parent before
     *     its children): {@link #CALLS} and {@link #OWN}; a node's time with its sub-calls is its own time plus that
     *     of its children
     */
    public long[] pathRows() {
        return paths == null ? new long[0] : paths.rows;
    }

    /**
     * @param n a node
     * @return its parent node and function id, packed as {@code parent << 32 | function}; the parent is {@link #ROOT}
     *     for calls from code that is not instrumented, {@link #TRUNCATED} for calls on paths beyond the limit
     */
    public long pathKey(int n) {
        return paths.keyOf(n);
    }

    /** @return the node limit this trace was made with, 0 for none kept */
    public int maxPaths() {
        return maxPaths;
    }

    /** @return the edge rows, {@link #STRIDE} longs per edge in order of first use */
    public long[] edgeRows() {
        return edges.rows;
    }

    /**
     * @param e an edge row
     * @return caller and callee ids of edge {@code e}, packed as {@code caller << 32 | callee}; the caller is
     *     {@link #ROOT} for calls from code that is not instrumented
     */
    public long edgeKey(int e) {
        return edges.keyOf(e);
    }
}
