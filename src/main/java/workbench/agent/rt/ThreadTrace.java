package workbench.agent.rt;

/**
 * One thread's shadow stack and counters: what instrumented code updates on every call.
 *
 * <p>Everything lives in {@code long[]} arrays with a fixed stride (one row per function, per caller-to-callee edge
 * and per open frame) so that a call allocates nothing once its rows exist, takes no lock and touches a few
 * neighbouring words. Only the owning thread writes; the shutdown dump reads a detached copy and closes its open
 * frames.
 *
 * <p>Rows are sparse: a thread holds a row only for each function it called, found through a small index (function id
 * to row, grown to the highest id the thread called), so a thread costs its own rows, not a row per function of the
 * program. A thread that ended is {@linkplain #add folded} into a total by {@link ThreadTable} and its arrays released.
 *
 * <p>Besides the edges, a thread may keep its calling-context tree: a node per distinct call path (parent node,
 * function), with the calls and own time of calls along that path. A recursion gets a node per depth, as a true
 * calling-context tree does; the number of nodes and their depth are bounded per thread, and calls on paths beyond
 * those bounds are counted under one marker node per function ({@link #TRUNCATED}), so no call goes uncounted.
 *
 * <p>A call into code that is not instrumented (a built-in) that does not call back, made while no built-in is on the
 * stack and no tree is kept, is counted per call site instead ({@link #exitBuiltin}): a site's caller and callee are
 * fixed where it is written, so its calls and time are two additions, and {@link #settle} adds them to the edge and
 * function rows a frame would have counted them in. That is most calls of a program into the JDK. A thread keeps the
 * site counts of the functions it called only, 16 bytes a site, placed when the function's row is made.
 *
 * <p>Times are kept raw: per row the time between the enter and exit timestamps, and how many direct and
 * indirect calls were made meanwhile. Calibration subtracts the measured cost of those calls later, when the
 * raw file is read, so {@code --raw} and calibrated figures come from the same data.
 */
public final class ThreadTrace extends ThreadCounters {

    /** Row stride of the function, edge and frame arrays. */
    public static final int STRIDE = 8;
    /** The caller id of calls made from code that is not instrumented (a thread's run, the launcher). */
    public static final int ROOT = Integer.MAX_VALUE;

    // The columns as a settled trace has them (settle): what the dump reads.

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

    // What the probes keep instead, before settle. A call while its function is not active (no recursion) is
    // outermost for the function and for its edge alike: it costs the edge's CALLS and, at its end, the edge's
    // CUMULATIVE and DESCENDANTS, and in the function's row its ACTIVE and the edge it came by. The function's
    // primitive calls, cumulative time and descendants are the sums of those over its edges, less what recursion kept
    // apart here. That is two counters fewer a call than the rows' own columns, about 2 ns of the method probe. Each
    // difference settle takes is of two columns of one row: a copy of a running thread's rows is taken row after row
    // while the thread goes on calling, so columns of different rows may be millions of calls apart (a recursion
    // sampled by attach), the columns of one row a call or two at most.

    /** Edge column before settle: calls made while the edge was already active (in PRIMITIVE's place). */
    private static final int E_INNER = PRIMITIVE;
    /** Edge column before settle: time of outermost calls of the edge made while the function was active. */
    private static final int E_EDGE_ONLY_TIME = 4;
    /** Edge column before settle: descendants of those calls. */
    private static final int E_EDGE_ONLY_DESCENDANTS = 7;
    /** Edge column before settle: calls made while the function was already active (in ACTIVE's place). */
    private static final int E_FUNCTION_INNER = 6;
    /**
     * Function column before settle: the edge of its outermost activation while it is active (in CUMULATIVE's place).
     * The other activations of each edge are counted in {@link #innerActive}, which only recursion needs, so that a
     * call without recursion costs its edge no activation count.
     */
    private static final int F_OUTER_EDGE = CUMULATIVE;
    /** Function column: the row's function id (a function's calls are in its edge rows). */
    public static final int ID = 0;
    /** Function column: where its call sites' counts start in {@link #sites}; -1 for a function without sites. */
    static final int SITES = 2;
    /**
     * Function column: activations open on this thread (recursion depth). Edge column once settled: the edge's open
     * activations but the function's outermost ({@link #innerActive}).
     */
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
    private static final int F_ROW = 6;
    /** Set in a frame's {@link #F_ROW} for a built-in's frame (it called back, {@link #openLeaf}). */
    private static final long BUILTIN_FRAME = Long.MIN_VALUE;
    /** Site column: calls made at the site that ended per site ({@link #exitBuiltin}'s common case). */
    private static final int S_CALLS = 0;
    /** Site column: their raw time. */
    private static final int S_TIME = 1;
    private static final int SITE_STRIDE = 2;

    /** Function id to row in {@link #functions}; 0 for a function this thread never called (row 0 is unused). */
    private int[] index;
    long[] functions;
    /** Rows in use, the unused row 0 included. */
    private int rowCount = 1;
    private long[] frames;
    /**
     * Frames open, the root frame included: frame 0 stands for the code that is not instrumented below the first
     * call (its id and node are {@link #ROOT}, its child time is never read), so that the probes never test for an
     * empty stack.
     */
    private int depth = 1;
    /** Calls entered so far: the calls made during a frame are the difference at its exit. */
    private long seq;
    /** What {@link #leafId} holds when no call into code that is not instrumented is in flight. */
    private static final int NO_LEAF = Integer.MIN_VALUE;
    /**
     * The call into code that is not instrumented now in flight on this thread ({@link #enterBuiltin}), or {@link
     * #NO_LEAF}, and its start. Such a call gets a frame only if it calls back into instrumented code ({@link
     * #openLeaf}); the common one, which does not, costs its counters at its end and no push or pop (about 6 ns of the
     * 17 a call site with the tree cost above its two clock reads, on both JDKs).
     */
    private int leafId = NO_LEAF;
    private long leafStart;
    /**
     * Calls and raw time per call site ({@link #SITE_STRIDE} longs a site), a function's sites together from its
     * {@link #SITES}, until {@link #settle} adds them to the rows.
     */
    private long[] sites;
    /** Longs of {@link #sites} in use. */
    private int siteEnd;
    /** Each site's caller and callee. */
    private final CallSites layout;
    /** Set by {@link #settle}: the rows hold the dump's columns. */
    private boolean settled;
    /**
     * Open activations of each edge (by edge row) but its function's outermost one ({@link #F_OUTER_EDGE}): only
     * recursion opens them, so this is grown and touched by recursion alone.
     */
    private int[] innerActive = NO_ACTIVE;
    /** Built-ins' frames open: while there is one, a built-in's call may be recursive, and is counted by its row. */
    private int openBuiltins;
    private final EdgeTable edges;
    /** The calling-context tree's nodes, keyed by (parent node, function id); {@code null} when not kept. */
    private final EdgeTable paths;
    private final int maxPaths;

    /**
     * @param thread           the owning thread
     * @param functionCapacity function ids allocated so far: the id index starts with room for up to 64 of them, and
     *                         grows to the highest id the thread calls
     * @param maxPaths         calling-context nodes to keep before calls go under {@link #TRUNCATED}; 0 keeps no tree
     */
    ThreadTrace(Thread thread, int functionCapacity, int maxPaths) {
        this(thread, null, 0, functionCapacity, maxPaths, CallSites.PUBLISHED);
    }

    /**
     * A thread's trace whose call sites are not the program's (calibration's, a test's).
     *
     * @param thread           the owning thread
     * @param functionCapacity as for the program's threads
     * @param maxPaths         as for the program's threads
     * @param layout           the call sites its probes name
     */
    ThreadTrace(Thread thread, int functionCapacity, int maxPaths, CallSites layout) {
        this(thread, null, 0, functionCapacity, maxPaths, layout);
    }

    /**
     * A total of finished threads, which {@link #add} fills.
     *
     * @param name     the name the dump gives it
     * @param id       the thread id the dump gives it, one no thread has
     * @param maxPaths calling-context nodes to keep, as for a thread
     */
    ThreadTrace(String name, long id, int maxPaths) {
        this(name, id, maxPaths, CallSites.PUBLISHED);
    }

    /** A total of finished threads whose call sites are not the program's. */
    ThreadTrace(String name, long id, int maxPaths, CallSites layout) {
        this(null, name, id, 0, maxPaths, layout);
    }

    private ThreadTrace(Thread thread, String foldName, long foldId, int functionCapacity, int maxPaths,
                        CallSites layout) {
        super(thread, foldName, foldId);
        this.layout = layout;
        this.sites = NO_SITES;
        this.edges = new EdgeTable();
        this.paths = maxPaths > 0 ? new EdgeTable() : null;
        this.maxPaths = maxPaths;
        this.index = new int[Math.max(16, Math.min(functionCapacity, 64))];
        this.functions = new long[INITIAL_ROWS * STRIDE];
        this.frames = new long[INITIAL_ROWS * STRIDE];
        frames[F_ID] = ROOT; // the root frame: see depth
        frames[F_NODE] = ROOT;
    }

    /** Rows and frames a new thread starts with: most threads call few functions, and rows grow by doubling. */
    private static final int INITIAL_ROWS = 4;
    private static final long[] NO_SITES = new long[0];
    private static final int[] NO_ACTIVE = new int[0];

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
        if (leafId != NO_LEAF) openLeaf();
        int f = push(id);
        long[] fr = frames;
        fr[f + F_SEQ] = seq++;
        fr[f + F_START] = ThreadClock.now();
    }

    /**
     * Pushes a frame for function {@code id} and counts its call, all but its start and sequence number.
     *
     * @return the frame's offset in {@link #frames}
     */
    private int push(int id) {
        int d = depth;
        long[] fr = frames;
        int[] ix = index;
        if ((d + 1) * STRIDE > fr.length || id >= ix.length) {
            fr = growFrames(d);
            ix = growIndex(id);
        }
        int r = ix[id];
        if (r == 0) r = addRow(id);
        long[] fn = functions;
        int caller = (int) fr[(d - 1) * STRIDE + F_ID];
        int b = r * STRIDE;
        long last = fn[b + LAST_EDGE];
        int e = (int) (last >> 32) == caller ? (int) last : lookupEdge(caller, id, b);
        long[] ed = edges.rows;
        int eb = e * STRIDE;
        ed[eb + CALLS]++;
        if (fn[b + ACTIVE]++ == 0) {
            fn[b + F_OUTER_EDGE] = e;
        } else { // recursion: neither this call nor its time is the function's outermost
            ed[eb + E_FUNCTION_INNER]++;
            if (edgeOpen(fn, b, e)) ed[eb + E_INNER]++;
            innerActive(e)[e]++;
        }
        int f = d * STRIDE;
        EdgeTable p = paths;
        if (p != null) {
            int parent = (int) fr[f - STRIDE + F_NODE];
            long lastNode = fn[b + LAST_NODE];
            int node = (int) (lastNode >> 32) == parent ? (int) lastNode : lookupNode(parent, id, d - 1, b);
            p.rows[node * STRIDE + CALLS]++;
            fr[f + F_NODE] = node;
        }
        fr[f + F_ID] = id;
        fr[f + F_EDGE] = e;
        fr[f + F_ROW] = r;
        fr[f + F_CHILD_TIME] = 0;
        depth = d + 1;
        return f;
    }

    /**
     * The call-site probe before a call into code that is not instrumented (a built-in, {@code {java.util.List.get}}):
     * counts the call and keeps its start; the timestamp is taken last, as {@link #enter}'s.
     *
     * @param id the built-in's function id
     */
    public void enterBuiltin(int id) {
        // every way out of a call the rewriter probes (a return, a handler's unwind, an exit handler) ends it; this
        // is for one it could not, which then ends here
        if (leafId != NO_LEAF) closeLeaf(ThreadClock.now());
        leafId = id;
        seq++;
        leafStart = ThreadClock.now();
    }

    /**
     * The call-site probe after the call: its time goes out of the caller's own time, as a frame's would at its pop,
     * and to the site's counts, or, while a built-in is on the stack or a tree is kept, to its edge, node and function;
     * a call that called back has its frame by now, which is popped.
     *
     * <p>The common case adds to two counters of the site and the caller's frame, and reads no edge: 6–7 ns above its
     * two clock readings where the rows' way takes 9–10 (both JDKs, {@code scripts/bench probes}). A site's calls can be
     * summed so because each was primitive: no built-in was on the stack, so neither the callee nor the edge was
     * active.
     *
     * @param site the call site's place among its caller's sites (the caller is the function whose frame is on top)
     * @param id   the built-in's function id given to {@link #enterBuiltin}
     */
    public void exitBuiltin(int site, int id) {
        long now = ThreadClock.now();
        if (leafId != id) {
            exitAt(id, now);
            return;
        }
        leafId = NO_LEAF;
        long elapsed = now - leafStart;
        if (openBuiltins == 0 && paths == null) {
            long[] fr = frames;
            int top = (depth - 1) * STRIDE;
            long[] s = sites;
            // the caller's row, not a column of its frame: a push writes no more than it did before sites
            int b = (int) functions[(int) fr[top + F_ROW] * STRIDE + SITES] + site * SITE_STRIDE;
            if (b >= 0 && b + S_TIME < s.length) { // it is, unless a probe failed and left the stack wrong
                s[b + S_CALLS]++;
                s[b + S_TIME] += elapsed;
                fr[top + F_CHILD_TIME] += elapsed;
                return;
            }
        }
        leafEnded(id, elapsed);
    }

    /** @return where the {@code count} sites of a function start in {@link #sites}, room made for them */
    private int placeSites(int count) {
        int base = siteEnd;
        siteEnd = base + count * SITE_STRIDE;
        if (siteEnd > sites.length) sites = java.util.Arrays.copyOf(sites, Math.max(sites.length * 2, siteEnd));
        return base;
    }

    /**
     * Turns what the probes keep into the columns the dump reads ({@link #CALLS} to {@link #DESCENDANTS}), on a copy
     * ({@link #detachedCopy}) whose open frames are closed: the calls counted per call site go to their rows, and each
     * function's primitive calls, cumulative time and descendants become the sums over its edges. Once per copy; a
     * second call changes nothing, and no probe may run on it after.
     *
     * @return this trace
     */
    public ThreadTrace settle() {
        if (settled) return this;
        settled = true;
        foldSites();
        long[] fn = functions;
        int rows = functionRowCount();
        for (int r = 1; r < rows; r++) {
            int b = r * STRIDE;
            fn[b + PRIMITIVE] = 0;
            fn[b + CUMULATIVE] = 0;
            fn[b + DESCENDANTS] = 0;
        }
        long[] ed = edges.rows;
        for (int e = 0; e < edges.size; e++) {
            int eb = e * STRIDE;
            int b = rowFor((int) edges.keyOf(e)) * STRIDE;
            fn = functions;
            fn[b + PRIMITIVE] += ed[eb + CALLS] - ed[eb + E_FUNCTION_INNER];
            fn[b + CUMULATIVE] += ed[eb + CUMULATIVE];
            fn[b + DESCENDANTS] += ed[eb + DESCENDANTS];
            ed[eb + PRIMITIVE] = ed[eb + CALLS] - ed[eb + E_INNER];
            ed[eb + CUMULATIVE] += ed[eb + E_EDGE_ONLY_TIME];
            ed[eb + DESCENDANTS] += ed[eb + E_EDGE_ONLY_DESCENDANTS];
            ed[eb + E_EDGE_ONLY_TIME] = 0;
            ed[eb + E_EDGE_ONLY_DESCENDANTS] = 0;
            ed[eb + ACTIVE] = e < innerActive.length ? innerActive[e] : 0; // E_FUNCTION_INNER's column, read above
        }
        return this;
    }

    /**
     * Adds the calls counted per call site to their edges: each is a call of its edge made while neither its function
     * nor the edge was active, calling nothing, its own time its cumulative time.
     */
    private void foldSites() {
        int rows = functionRowCount(); // the built-ins' rows made here have no sites
        for (int r = 1; r < rows; r++) {
            int base = (int) functions[r * STRIDE + SITES];
            if (base < 0) continue;
            int caller = (int) functions[r * STRIDE + ID];
            int first = layout.firstSite(caller);
            int count = layout.endSite(caller) - first;
            // a copy read while its thread made a row may hold the row and not yet its room: those sites counted nothing
            for (int i = 0; i < count && base + i * SITE_STRIDE + S_TIME < sites.length; i++) {
                int sb = base + i * SITE_STRIDE;
                long calls = sites[sb + S_CALLS];
                int callee = layout.calleeOf(first + i);
                if (calls == 0 || callee < 0) continue;
                long time = sites[sb + S_TIME];
                sites[sb + S_CALLS] = 0;
                sites[sb + S_TIME] = 0;
                int eb = edges.index(caller, callee) * STRIDE;
                long[] ed = edges.rows;
                ed[eb + CALLS] += calls;
                ed[eb + OWN] += time;
                ed[eb + CUMULATIVE] += time;
            }
        }
    }

    /**
     * The call in flight called back into instrumented code: it becomes a frame, started when it began (its call
     * was counted then), so that what it calls has it for caller and its time includes theirs.
     */
    private void openLeaf() {
        int id = leafId;
        leafId = NO_LEAF;
        int f = push(id);
        frames[f + F_SEQ] = seq - 1;
        frames[f + F_START] = leafStart;
        frames[f + F_ROW] |= BUILTIN_FRAME;
        openBuiltins++;
    }

    /** Ends the call in flight at {@code now}: it threw (a handler or an exit handler of its caller runs). */
    private void closeLeaf(long now) {
        int id = leafId;
        leafId = NO_LEAF;
        leafEnded(id, Math.max(0, now - leafStart));
    }

    /**
     * What {@link #pop} does for a frame, for a call that had none: it made no calls (its descendants are 0), and it is
     * primitive and outermost unless an activation of it is open below (a call back into it).
     */
    private void leafEnded(int id, long elapsed) {
        int[] ix = index;
        if (id >= ix.length) ix = growIndex(id);
        int r = ix[id];
        if (r == 0) r = addRow(id);
        long[] fn = functions;
        long[] fr = frames;
        int d = depth;
        int f = (d - 1) * STRIDE; // the caller's frame
        int caller = (int) fr[f + F_ID];
        int b = r * STRIDE;
        long last = fn[b + LAST_EDGE];
        int e = (int) (last >> 32) == caller ? (int) last : lookupEdge(caller, id, b);
        long[] ed = edges.rows;
        int eb = e * STRIDE;
        ed[eb + CALLS]++;
        ed[eb + OWN] += elapsed;
        if (fn[b + ACTIVE] == 0) {
            ed[eb + CUMULATIVE] += elapsed;
        } else { // a call back into it is open below: as push and pop count a recursive call
            ed[eb + E_FUNCTION_INNER]++;
            if (edgeOpen(fn, b, e)) {
                ed[eb + E_INNER]++;
            } else {
                ed[eb + E_EDGE_ONLY_TIME] += elapsed;
            }
        }
        EdgeTable p = paths;
        if (p != null) {
            int parent = (int) fr[f + F_NODE];
            long lastNode = fn[b + LAST_NODE];
            int node = (int) (lastNode >> 32) == parent ? (int) lastNode : lookupNode(parent, id, d - 1, b);
            int nb = node * STRIDE;
            long[] pr = p.rows;
            pr[nb + CALLS]++;
            pr[nb + OWN] += elapsed;
        }
        fr[f + F_CHILD_TIME] += elapsed;
    }

    /**
     * Closes the frame of function {@code id}. When the top frame is another one (frames left open by an
     * exception in code we did not instrument), those are closed first; an id not on the stack is ignored.
     *
     * @param id the function id given to the matching {@link #enter}
     */
    public void exit(int id) {
        exitAt(id, ThreadClock.now());
    }

    private void exitAt(int id, long now) {
        if (leafId != NO_LEAF) closeLeaf(now); // a call of this method's threw out of it: its exit handler runs
        int d = depth - 1;
        if (frames[d * STRIDE + F_ID] == id) {
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
        if (leafId != NO_LEAF) closeLeaf(ThreadClock.now()); // the call that threw, caught here
        if (frames[(depth - 1) * STRIDE + F_ID] == id) return;
        long now = ThreadClock.now();
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
        for (int i = depth - 1; i > 0; i--) {
            if (frames[i * STRIDE + F_ID] == id) return i;
        }
        return -1;
    }

    private void pop(int d, long now) {
        long[] fr = frames;
        int f = d * STRIDE;
        long elapsed = now - fr[f + F_START];
        long descendants = seq - fr[f + F_SEQ] - 1;
        long own = elapsed - fr[f + F_CHILD_TIME];
        long[] ed = edges.rows;
        int e = (int) fr[f + F_EDGE];
        int eb = e * STRIDE;
        ed[eb + OWN] += own;
        if (paths != null) paths.rows[(int) fr[f + F_NODE] * STRIDE + OWN] += own;
        long[] fn = functions;
        int b = (int) fr[f + F_ROW] * STRIDE;
        if (--fn[b + ACTIVE] == 0) {
            ed[eb + CUMULATIVE] += elapsed;
            ed[eb + DESCENDANTS] += descendants;
        } else if (--innerActive(e)[e] == 0 && fn[b + F_OUTER_EDGE] != e) { // the edge's outermost: F_OUTER_EDGE
            ed[eb + E_EDGE_ONLY_TIME] += elapsed;
            ed[eb + E_EDGE_ONLY_DESCENDANTS] += descendants;
        }
        depth = d;
        fr[f - STRIDE + F_CHILD_TIME] += elapsed;
        if (openBuiltins != 0 && fr[f + F_ROW] < 0) openBuiltins--; // a built-in's frame (BUILTIN_FRAME)
    }

    /** @return whether edge {@code e} into the active function of row {@code b} has an activation open */
    private boolean edgeOpen(long[] fn, int b, int e) {
        return fn[b + F_OUTER_EDGE] == e || e < innerActive.length && innerActive[e] != 0;
    }

    /** @return {@link #innerActive}, grown to hold edge {@code e} */
    private int[] innerActive(int e) {
        if (e >= innerActive.length) innerActive = java.util.Arrays.copyOf(innerActive, Math.max(8, 2 * e + 2));
        return innerActive;
    }

    private int lookupEdge(int caller, int callee, int row) {
        int e = edges.index(caller, callee);
        functions[row + LAST_EDGE] = ((long) caller << 32) | e;
        return e;
    }

    /**
     * The node of a call of {@code id} from context {@code parent} at stack depth {@code depth}. Once a path lies under
     * the marker, so do the paths below it, and once the tree is full or the path too deep, new paths go there too: one
     * node per function, whatever the context, so that the number of nodes stays bounded by the limit plus the
     * functions. (A node's depth is fixed by its parent's, so the fast path's cache stays right.)
     */
    private int lookupNode(int parent, int id, int depth, int row) {
        EdgeTable p = paths;
        int context = depth >= MAX_DEPTH || parent != ROOT && (int) (p.keyOf(parent) >>> 32) == TRUNCATED
                ? TRUNCATED : parent;
        int node = p.index(context, id, context == TRUNCATED ? Integer.MAX_VALUE : maxPaths);
        if (node < 0) node = p.index(TRUNCATED, id);
        functions[row + LAST_NODE] = ((long) parent << 32) | node;
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

    private int[] growIndex(int id) {
        if (id >= index.length) index = java.util.Arrays.copyOf(index, Math.max(index.length * 2, id + 1));
        return index;
    }

    /** A new row for function {@code id}, grown and filled before it is published to the dump by the row count. */
    private int addRow(int id) {
        int r = rowCount;
        if ((r + 1) * STRIDE > functions.length) functions = java.util.Arrays.copyOf(functions, functions.length * 2);
        int b = r * STRIDE;
        functions[b + ID] = id;
        functions[b + LAST_EDGE] = NO_EDGE;
        functions[b + LAST_NODE] = NO_EDGE;
        int count = layout.endSite(id) - layout.firstSite(id);
        functions[b + SITES] = count > 0 ? placeSites(count) : -1;
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
     * Adds a finished thread's counts to this total: its function rows, its edges and its calling-context tree, whose
     * nodes land on this tree's node of the same path (under the marker once this tree is full), so every call stays
     * counted. The other thread must have ended; its open frames (if any) are closed first.
     *
     * @param other a finished thread's trace
     */
    void add(ThreadTrace other) {
        other.closeAll();
        long[] ofn = other.functions;
        for (int r = 1; r < other.rowCount; r++) {
            int ob = r * STRIDE;
            int b = rowFor((int) ofn[ob + ID]) * STRIDE;
            int from = (int) ofn[ob + SITES];
            int to = (int) functions[b + SITES];
            if (from < 0 || to < 0) continue;
            int id = (int) ofn[ob + ID];
            int longs = (layout.endSite(id) - layout.firstSite(id)) * SITE_STRIDE;
            for (int i = 0; i < longs; i++) sites[to + i] += other.sites[from + i];
        }
        EdgeTable oe = other.edges;
        for (int e = 0; e < oe.size; e++) {
            long key = oe.keyOf(e);
            addRow(edges, edges.index((int) (key >>> 32), (int) key), oe.rows, e);
        }
        if (paths == null || other.paths == null) return;
        EdgeTable op = other.paths;
        int[] mapped = new int[op.size];
        for (int n = 0; n < op.size; n++) {
            long key = op.keyOf(n);
            int parent = (int) (key >>> 32);
            int context = parent == ROOT || parent == TRUNCATED ? parent : mapped[parent];
            if (context != ROOT && context != TRUNCATED && (int) (paths.keyOf(context) >>> 32) == TRUNCATED) {
                context = TRUNCATED;
            }
            int node = paths.index(context, (int) key, context == TRUNCATED ? Integer.MAX_VALUE : maxPaths);
            if (node < 0) node = paths.index(TRUNCATED, (int) key);
            mapped[n] = node;
            addRow(paths, node, op.rows, n);
        }
    }

    private static void addRow(EdgeTable to, int row, long[] from, int fromRow) {
        int b = row * STRIDE;
        int fb = fromRow * STRIDE;
        for (int c : new int[] {CALLS, E_INNER, OWN, CUMULATIVE, E_EDGE_ONLY_TIME, DESCENDANTS, E_FUNCTION_INNER,
                E_EDGE_ONLY_DESCENDANTS}) {
            to.rows[b + c] += from[fb + c];
        }
    }

    /** @return bytes held by this trace's arrays, headers included: the agent's memory for this thread */
    long retainedBytes() {
        return arrayBytes(index.length, 4) + arrayBytes(functions.length, 8) + arrayBytes(frames.length, 8)
                + arrayBytes(innerActive.length, 4)
                + arrayBytes(sites.length, 8)
                + edges.retainedBytes() + (paths == null ? 0 : paths.retainedBytes());
    }

    static long arrayBytes(int length, int elementBytes) {
        return 16 + (long) length * elementBytes;
    }

    private ThreadTrace(ThreadTrace live) {
        super(live);
        this.seq = live.seq;
        this.leafId = live.leafId;
        this.leafStart = live.leafStart;
        this.openBuiltins = live.openBuiltins;
        this.settled = live.settled;
        this.innerActive = live.innerActive.clone();
        this.rowCount = live.rowCount; // read before the rows: a row is filled before the count that publishes it
        this.index = live.index.clone();
        this.functions = live.functions.clone();
        this.frames = live.frames.clone();
        this.sites = live.sites.clone();
        this.siteEnd = live.siteEnd;
        this.layout = live.layout;
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
        if (settled) throw new IllegalStateException("closeAll after settle: close the frames first");
        long now = ThreadClock.timeOf(thread);
        // under the CPU clock an ended thread's time is gone: its open frames end at the last one's start
        if (depth > 1) now = Math.max(now, frames[(depth - 1) * STRIDE + F_START]);
        if (leafId != NO_LEAF) closeLeaf(Math.max(now, leafStart));
        for (int i = depth - 1; i > 0; i--) pop(i, now);
    }

    /**
     * @return the function rows, {@link #STRIDE} longs per row (a live array), row 0 unused: the function id
     *     ({@link #ID}), and once {@linkplain #settle settled} its primitive calls, cumulative time and descendants;
     *     calls and own time are in the edge rows
     */
    public long[] functionRows() {
        return functions;
    }

    /** @return the rows in use, the unused row 0 included */
    public int functionRowCount() {
        return Math.min(rowCount, functions.length / STRIDE);
    }

    /**
     * @param id a function id
     * @return its row, 0 when this thread never called it
     */
    public int functionRow(int id) {
        int[] ix = index;
        return id >= 0 && id < ix.length ? ix[id] : 0;
    }

    /**
     * @param id     a function id
     * @param column a function column
     * @return that column of the function's row, 0 when this thread never called it
     */
    public long function(int id, int column) {
        int r = id < index.length ? index[id] : 0;
        return r == 0 ? 0 : functions[r * STRIDE + column];
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
