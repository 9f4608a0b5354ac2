package workbench.agent.rt;

/**
 * One thread's call counts for the hybrid timing ({@code --timing sampled}): the caller-to-callee edges of
 * {@link ThreadTrace} without a clock. The times come from a sampler running in the same JVM.
 *
 * <p><b>Calls into instrumented methods</b> are counted by the callee: {@link #enter} counts the call on its edge
 * from the function on top of the shadow stack and pushes a frame, {@link #exit} pops it. <b>Calls into code that is
 * not instrumented</b> (built-ins) cost no call at all: the rewriter puts the counting into the caller's bytecode,
 * <pre>
 *   long[] s = t.sites[ID];                      // once, after the enter probe
 *   t.site = SITE; s[K]++;  builtin();           // K the call's place among the method's sites
 * </pre>
 * so a call from instrumented code into the JDK costs a store and an increment, in the interpreter and in compiled
 * code alike (a call into the runtime costs more in the interpreter than many a JDK method it would count). Before a direct call
 * into instrumented code, and before an instruction that may run instrumented code without a call (a static
 * initialiser, a bootstrap method), it writes {@link #DIRECT}.
 *
 * <p>The {@link #site} field is how {@link #enter} knows who called: {@link #NONE}, the function on top of the stack
 * (the root, or a built-in already on the stack calling back again); {@link #DIRECT}, the instrumented function
 * running now; a site, a built-in called at that site calling back, which then goes on the stack as the callee's
 * caller, as the timed trace has it. Nothing runs after a call into the JDK: the site stays written until the caller
 * writes another, returns or catches an exception (its exit and handlers write {@link #NONE}), which is all the
 * caller can do before it calls instrumented code again. (The one exception: a class loader that is instrumented
 * itself, called by the JVM to load a class the caller names, is taken for a callback of the caller's last
 * built-in.) Likewise a built-in that called back stays on the stack until the instrumented function below it runs
 * into a probe that needs the stack (an enter, its exit, an exception handler), and is popped there. So the counts,
 * primitive counts and edges come out exactly as the timed trace's, callbacks and recursion through the JDK
 * included (see {@code HybridThreadCountsTest}).
 *
 * <p><b>Primitive calls.</b> A call is primitive when its callee (edge) is not already active. For an instrumented
 * callee, {@link #enter} sees that in the callee's row; the edge's activity is looked up on the stack only when the
 * callee is active (recursion). A built-in call's callee can only be active if it is on the stack below the caller
 * (a built-in that called back into it): the stack below a running function does not change while it runs, so
 * whether its calls at a site are primitive is fixed for the whole activation. {@link #enter} looks at that only
 * while built-ins are on the stack, and for each such site of the callee notes the site's count; the calls made at
 * the site until the activation ends are not primitive ({@link #track}).
 *
 * <p><b>Rows are objects, frames are ints.</b> Each function this thread called has a {@link Row}, found by
 * function id in an array grown to the highest id called; the shadow stack is an {@code int[]} of function ids. The
 * common case of {@link #enter} (callee last called from the same caller, not active, no built-in on the stack) is
 * one comparison ({@link Row#key}), a few int and long writes and no array index C2 cannot prove in range but the
 * stack's; no reference is written, so no GC write barrier is compiled into it. That keeps a small method with these
 * probes small enough for C2 to inline it into its callers, as it would be without them. Counting allocates nothing
 * once a function's row exists. Only the owning thread writes; the shutdown dump reads a {@link #detachedCopy}. A
 * thread that ended is {@linkplain #add folded} into a total by {@link ThreadTable} and its counts released.
 */
public final class HybridThreadCounts extends ThreadCounters {

    /** {@link #site} when no call is in flight. */
    public static final int NONE = -1;
    /** {@link #site} before a direct call into instrumented code: its caller is the instrumented function running. */
    public static final int DIRECT = -2;

    /** Edge column (in {@link EdgeTable}'s rows): calls along the edge. */
    static final int CALLS = 0;
    /** Edge column: calls made while the edge was not already active. */
    static final int PRIMITIVE = 1;
    /** Not-primitive counts per call site: calls while the callee was active, while the edge was active. */
    private static final int NP = 2;
    /** A {@link Row#key} no frame equals ({@code ~MIN_VALUE} is the root's id, never a built-in's). */
    private static final int NO_KEY = Integer.MIN_VALUE;
    /**
     * Marks a frame of a function already active below it (a recursive activation), so that {@link #exit}'s common
     * case, which closes the outermost one, never takes it. Function ids stay below it.
     */
    private static final int INNER = 1 << 30;
    /** What the row array holds for functions this thread never called: it never passes the common case. */
    private static final Row NO_ROW = new Row(-1, false);
    /** Bytes of one row object, for {@link #retainedBytes} (header and fields, compressed pointers). */
    private static final int ROW_BYTES = 48;
    private static final long[] EMPTY = new long[0];

    /** One function's counts on this thread. */
    static final class Row {
        /** The function id. */
        final int fn;
        /** Its frame on the stack: the id, a built-in's {@code ~id}. */
        final int frame;
        /**
         * Calls counted by {@link #enter}'s common case and not yet added to the counts they stand for: each came
         * from the cached caller while neither the function nor the edge was active, so it is one call and one
         * primitive call of that edge, and one primitive call of the function ({@link HybridThreadCounts#flush}).
         */
        long fast;
        /** Calls made while the function was not already active (besides {@link #fast}). */
        long primitive;
        /** Open activations. */
        int active;
        /** The last caller and the edge row from it; {@code edge} -1 until the first call. */
        int caller;
        int edge = -1;
        /** {@link #caller} while the function is not active and an edge is cached, else {@link #NO_KEY}. */
        int key = NO_KEY;

        Row(int fn, boolean builtin) {
            this.fn = fn;
            this.frame = builtin ? ~fn : fn;
        }

        private void rekey() {
            key = active == 0 && edge >= 0 ? caller : NO_KEY;
        }
    }

    /**
     * The call site whose call is in flight, {@link #NONE} or {@link #DIRECT}: written by instrumented code before
     * each call it makes (public for that), read by {@link #enter}.
     */
    public int site = NONE;
    /**
     * Calls per call site, by function: {@code sites[ID][K]} counts the calls at function ID's K-th site, incremented by
     * instrumented code in front of each call into code not instrumented. A function's array is made with its row,
     * before its code can count (so the counting needs no check), and holds its sites only: a thread costs the sites
     * of the functions it called, not every site below the highest one. {@code null} for a function without a row.
     */
    public long[][] sites;

    /** Rows by function id, {@link #NO_ROW} where this thread has none. */
    private Row[] rows;
    /** The rows in the order they were made; the first {@link #rowCount} are in use. */
    private Row[] order = new Row[8];
    private int rowCount;
    /**
     * The open frames: a function id, {@code id | INNER} for a recursive activation, {@code ~id} for a built-in that
     * called back; at 0 the root ({@link ThreadTrace#ROOT}), the caller of calls from code that is not instrumented.
     */
    private int[] frames = new int[16];
    /** The frame on top: 0 when only the root's is open. */
    private int depth;
    /** Built-in frames on the stack (which callbacks put there). */
    private int builtinsOpen;
    /**
     * Calls per call site that were not primitive (for the callee, for the edge): only counted with built-ins open,
     * so grown only then.
     */
    private long[] notPrimitive = EMPTY;
    private final EdgeTable edges;
    /**
     * Sites whose calls are being counted as not primitive, one record each: the frame of the activation that
     * started it, the site and column ({@code site * NP + column}), and the site's count then. Records are kept in
     * stack order, so the one on top ends first.
     */
    private int[] trackAt = new int[0];
    private int[] trackSlot = new int[0];
    private long[] trackFrom = EMPTY;
    private int tracked;

    /**
     * @param thread           the owning thread
     * @param functionCapacity function ids allocated so far: the row array starts with room for up to 64 of them,
     *                         and grows to the highest id the thread calls
     */
    HybridThreadCounts(Thread thread, int functionCapacity) {
        this(thread, null, 0, functionCapacity);
    }

    /**
     * A total of finished threads, which {@link #add} fills.
     *
     * @param name the name the dump gives it
     * @param id   the thread id the dump gives it, one no thread has
     */
    HybridThreadCounts(String name, long id) {
        this(null, name, id, 0);
    }

    private HybridThreadCounts(Thread thread, String foldName, long foldId, int functionCapacity) {
        this(thread, foldName, foldId, functionCapacity, new EdgeTable());
    }

    private HybridThreadCounts(Thread thread, String foldName, long foldId, int functionCapacity, EdgeTable edges) {
        super(thread, foldName, foldId);
        this.edges = edges;
        this.rows = new Row[Math.max(16, Math.min(functionCapacity, 64))];
        java.util.Arrays.fill(rows, NO_ROW);
        this.sites = new long[rows.length][];
        this.frames[0] = ThreadTrace.ROOT;
    }

    /**
     * The probe at the start of an instrumented method: counts a call of function {@code id} on the current thread,
     * from its caller, and pushes it.
     *
     * <p>The common case is all in this one method, so that an interpreted or C1-compiled caller pays one call;
     * everything else goes to {@link #enterSlow}, too big for C2 to inline.
     *
     * @param id the callee's function id
     * @return the current thread's counts, which the method keeps for its other probes
     */
    public static HybridThreadCounts enter(int id) {
        Thread thread = Thread.currentThread();
        HybridThreadCounts t = HybridCounter.BY_THREAD[ThreadTable.FIRST];
        if (t.thread != thread) {
            t = HybridCounter.BY_THREAD[ThreadTable.slot(thread)];
            if (t.thread != thread) return enterAnotherThread(id);
        }
        Row[] rows = t.rows;
        int[] fr = t.frames;
        int d = t.depth;
        if (id < rows.length && d + 1 < fr.length) {
            Row r = rows[id];
            // site is NONE or DIRECT (negative), and no built-in is open: (builtinsOpen - 1) is then all ones. A
            // DIRECT left in site says the same as NONE once the callee runs: the caller is the function running.
            if (r.key == fr[d] && ((t.builtinsOpen - 1) & t.site) < 0) {
                r.fast++;
                r.active = 1;
                r.key = NO_KEY;
                fr[d + 1] = id;
                t.depth = d + 1;
                return t;
            }
        }
        t.enterSlow(id);
        return t;
    }

    /** {@link #enter} when the table's slot holds another thread's counts (or none yet). */
    private static HybridThreadCounts enterAnotherThread(int id) {
        HybridThreadCounts t = HybridCounter.current(Thread.currentThread());
        t.enterSlow(id);
        return t;
    }

    /** {@link #enter} in every other case: a callback, recursion, a new function or caller. */
    private void enterSlow(int id) {
        int p = site;
        site = NONE;
        if (p != NONE) {
            // called by the instrumented function running now: built-ins above it have returned
            while (frames[depth] < 0) pop(depth);
            if (p >= 0) pushBuiltin(p);
        }
        Row r = rowFor(id, false);
        int caller = idOf(frames[depth]);
        boolean active = r.active > 0;
        if (!active) r.primitive++;
        int eb = edge(caller, r) * ThreadTrace.STRIDE;
        edges.rows[eb + CALLS]++;
        if (!active || !edgeOpen(caller, id)) edges.rows[eb + PRIMITIVE]++;
        push(r);
        if (builtinsOpen > 0) track(id);
    }

    /**
     * The built-in called at {@code site} called back: it goes on the stack as the caller of what it calls, already
     * counted at its site.
     */
    private void pushBuiltin(int site) {
        int callee = CallSites.PUBLISHED.calleeOf(site);
        if (callee < 0) return; // a site published after this call began: cannot happen, and costs nothing
        push(rowFor(callee, true));
        builtinsOpen++;
    }

    /** Pushes an activation of the row's function. */
    private void push(Row r) {
        if (depth + 1 >= frames.length) frames = java.util.Arrays.copyOf(frames, frames.length * 2);
        frames[++depth] = r.active > 0 && r.frame >= 0 ? r.frame | INNER : r.frame;
        r.active++;
        r.key = NO_KEY;
    }

    /**
     * Pops function {@code id}, and the frames above it first: built-ins that called back and returned, or frames
     * left open by an exception in code we did not instrument.
     *
     * @param id the function id given to the matching {@link #enter}
     */
    public void exit(int id) {
        int d = depth;
        if (frames[d] == id && builtinsOpen == 0 && id < rows.length) {
            Row r = rows[id];
            r.active = 0;
            r.key = r.caller;
            depth = d - 1;
            site = NONE;
            return;
        }
        exitSlow(id);
    }

    private void exitSlow(int id) {
        site = NONE;
        int at = find(id);
        for (int i = depth; i >= at && at > 0; i--) pop(i);
    }

    /**
     * At the start of an exception handler in method {@code id}: pops the frames a throw left above it, and ends a
     * call into code not instrumented that the throw came out of.
     *
     * @param id the function id of the method whose handler runs
     */
    public void unwind(int id) {
        site = NONE;
        int at = find(id);
        for (int i = depth; i > at && at > 0; i--) pop(i);
    }

    /** @return the frame of function {@code id} nearest the top (1 is the lowest), or -1 */
    private int find(int id) {
        for (int i = depth; i > 0; i--) {
            if (frames[i] >= 0 && idOf(frames[i]) == id) return i;
        }
        return -1;
    }

    /** Pops frame {@code d}, the one on top, ending what its activation tracked. */
    private void pop(int d) {
        int f = frames[d];
        if (f < 0) builtinsOpen--;
        Row r = rows[idOf(f)];
        r.active--;
        r.rekey();
        while (tracked > 0 && trackAt[tracked - 1] == d) {
            tracked--;
            int slot = trackSlot[tracked];
            notPrimitive[slot] += siteCalls(slot / NP) - trackFrom[tracked];
        }
        depth = d - 1;
    }

    /**
     * Whether a call from {@code caller} to {@code callee} is open on the stack: a frame of {@code callee} right
     * above one of {@code caller}. Asked only when {@code callee} is active, so its cost is a recursion's.
     */
    private boolean edgeOpen(int caller, int callee) {
        for (int i = depth; i > 0; i--) {
            if (idOf(frames[i]) == callee && idOf(frames[i - 1]) == caller) return true;
        }
        return false;
    }

    /**
     * Function {@code id} was entered above a built-in that called back: each of its call sites whose built-in is on
     * the stack below makes calls that are not primitive, for the callee and maybe for the edge, until this
     * activation ends. Starts counting those, unless an activation below already counts them (its count includes
     * this one's calls).
     */
    private void track(int id) {
        int from = CallSites.PUBLISHED.firstSite(id);
        int to = CallSites.PUBLISHED.endSite(id);
        for (int s = from; s < to; s++) {
            int callee = CallSites.PUBLISHED.calleeOf(s);
            if (callee < 0 || callee >= rows.length || rows[callee].active == 0) continue;
            startTracking(s * NP);
            if (edgeOpen(id, callee)) startTracking(s * NP + 1);
        }
    }

    private void startTracking(int slot) {
        for (int i = 0; i < tracked; i++) {
            if (trackSlot[i] == slot) return;
        }
        if (slot >= notPrimitive.length) {
            notPrimitive = java.util.Arrays.copyOf(notPrimitive, Math.max(notPrimitive.length * 2, slot + NP));
        }
        if (tracked == trackAt.length) {
            int n = Math.max(4, tracked * 2);
            trackAt = java.util.Arrays.copyOf(trackAt, n);
            trackSlot = java.util.Arrays.copyOf(trackSlot, n);
            trackFrom = java.util.Arrays.copyOf(trackFrom, n);
        }
        trackAt[tracked] = depth;
        trackSlot[tracked] = slot;
        trackFrom[tracked] = siteCalls(slot / NP);
        tracked++;
    }

    /** @return the function id of a frame */
    private static int idOf(int frame) {
        return frame < 0 ? ~frame : frame == ThreadTrace.ROOT ? frame : frame & ~INNER;
    }

    /** @return the edge row from {@code caller} to the row's function, through the row's cache of its last caller */
    private int edge(int caller, Row r) {
        if (r.edge >= 0 && r.caller == caller) return r.edge;
        flush(r);
        r.edge = edges.index(caller, r.fn);
        r.caller = caller;
        r.rekey();
        return r.edge;
    }

    /** Adds the calls {@link #enter}'s common case counted in the row to the counts they stand for. */
    private void flush(Row r) {
        long n = r.fast;
        if (n == 0) return;
        int eb = r.edge * ThreadTrace.STRIDE;
        edges.rows[eb + CALLS] += n;
        edges.rows[eb + PRIMITIVE] += n;
        r.primitive += n;
        r.fast = 0;
    }

    /**
     * @return function {@code id}'s row, made when new; a new row also makes the counts of the function's call sites,
     *     which its code counts in without a check
     */
    private Row rowFor(int id, boolean builtin) {
        if (id >= rows.length) {
            int old = rows.length;
            rows = java.util.Arrays.copyOf(rows, Math.max(old * 2, id + 1));
            java.util.Arrays.fill(rows, old, rows.length, NO_ROW);
            sites = java.util.Arrays.copyOf(sites, rows.length);
        }
        Row r = rows[id];
        if (r != NO_ROW) return r;
        int count = CallSites.PUBLISHED.endSite(id) - CallSites.PUBLISHED.firstSite(id);
        sites[id] = count > 0 ? new long[count] : EMPTY;
        r = new Row(id, builtin);
        if (rowCount == order.length) order = java.util.Arrays.copyOf(order, rowCount * 2);
        order[rowCount] = r; // filled before the count that publishes it to the dump
        rowCount++;
        rows[id] = r;
        return r;
    }

    /** @return function {@code id}'s row, {@link #NO_ROW} when this thread never called it */
    private Row rowOf(int id) {
        Row[] rs = rows;
        return id >= 0 && id < rs.length ? rs[id] : NO_ROW;
    }

    /**
     * Adds a finished thread's counts to this total: primitive calls per function, calls and primitive calls per
     * edge, calls per call site (and their not-primitive counts), each exactly. The other thread must have ended.
     *
     * @param other a finished thread's counts
     */
    void add(HybridThreadCounts other) {
        for (int i = 0; i < other.rowCount; i++) other.flush(other.order[i]);
        for (int i = 0; i < other.rowCount; i++) {
            Row o = other.order[i];
            rowFor(o.fn, o.frame < 0).primitive += o.primitive;
        }
        EdgeTable oe = other.edges;
        for (int e = 0; e < oe.size; e++) {
            long key = oe.keyOf(e);
            int b = edges.index((int) (key >>> 32), (int) key) * ThreadTrace.STRIDE;
            int ob = e * ThreadTrace.STRIDE;
            edges.rows[b + CALLS] += oe.rows[ob + CALLS];
            edges.rows[b + PRIMITIVE] += oe.rows[ob + PRIMITIVE];
        }
        long[][] os = other.sites;
        for (int fn = 0; fn < os.length; fn++) {
            long[] from = os[fn];
            if (from == null || from.length == 0) continue;
            rowFor(fn, false); // made above, with the other's rows
            long[] to = sites[fn];
            if (to.length < from.length) sites[fn] = to = java.util.Arrays.copyOf(to, from.length);
            for (int i = 0; i < from.length; i++) to[i] += from[i];
        }
        notPrimitive = addInto(notPrimitive, other.openNotPrimitive());
    }

    private static long[] addInto(long[] to, long[] from) {
        long[] sum = from.length > to.length ? java.util.Arrays.copyOf(to, from.length) : to;
        for (int i = 0; i < from.length; i++) sum[i] += from[i];
        return sum;
    }

    /** @return the not-primitive counts with those of activations still open added (a dump mid-run) */
    private long[] openNotPrimitive() {
        if (tracked == 0) return notPrimitive;
        long[] out = notPrimitive.clone();
        for (int i = 0; i < tracked; i++) {
            int slot = trackSlot[i];
            if (slot < out.length) out[slot] += siteCalls(slot / NP) - trackFrom[i];
        }
        return out;
    }

    /** @return bytes held by these counts, headers included: the agent's memory for this thread */
    long retainedBytes() {
        return ThreadTrace.arrayBytes(rows.length, 4) + ThreadTrace.arrayBytes(order.length, 4)
                + (long) rowCount * ROW_BYTES + ThreadTrace.arrayBytes(frames.length, 4)
                + siteBytes() + ThreadTrace.arrayBytes(notPrimitive.length, 8)
                + edges.retainedBytes() + ThreadTrace.arrayBytes(trackAt.length, 4)
                + ThreadTrace.arrayBytes(trackSlot.length, 4) + ThreadTrace.arrayBytes(trackFrom.length, 8);
    }

    /** @return bytes held by the site counts: the array by function and each function's own */
    private long siteBytes() {
        long bytes = ThreadTrace.arrayBytes(sites.length, 4);
        for (long[] s : sites) {
            if (s != null && s.length > 0) bytes += ThreadTrace.arrayBytes(s.length, 8);
        }
        return bytes;
    }

    /** A copy of a live thread's counts, rows flushed: read while the thread may go on counting in its own. */
    private HybridThreadCounts(HybridThreadCounts live) {
        this(live.thread, live.foldName, live.foldId, 0, live.edges.copy());
        this.threads = live.threads;
        Row[] liveOrder = live.order;
        int n = Math.min(live.rowCount, liveOrder.length); // the count first: a row is filled before it is counted
        for (int i = 0; i < n; i++) {
            Row o = liveOrder[i];
            Row r = rowFor(o.fn, o.frame < 0);
            r.primitive = o.primitive;
            r.caller = o.caller;
            r.edge = o.edge < edges.size ? o.edge : -1;
            r.fast = r.edge >= 0 ? o.fast : 0;
            flush(r);
        }
        long[][] s = java.util.Arrays.copyOf(live.sites, Math.max(live.sites.length, rows.length));
        for (int fn = 0; fn < s.length; fn++) {
            if (s[fn] != null && s[fn].length > 0) s[fn] = s[fn].clone();
        }
        this.sites = s;
        this.notPrimitive = live.notPrimitive.clone();
        this.trackSlot = live.trackSlot.clone();
        this.trackFrom = live.trackFrom.clone();
        this.tracked = Math.min(live.tracked, Math.min(trackSlot.length, trackFrom.length));
        this.notPrimitive = openNotPrimitive();
        this.tracked = 0;
        this.trackSlot = new int[0];
        this.trackFrom = EMPTY;
    }

    /**
     * @return a copy for the shutdown dump, read while the thread may go on counting in its own arrays; the calls of
     *     activations still open are in its not-primitive counts
     */
    public HybridThreadCounts detachedCopy() {
        return new HybridThreadCounts(this);
    }

    /**
     * @param id an instrumented function's id
     * @return its primitive calls (calls made while it was not already active on this thread)
     */
    public long primitiveCalls(int id) {
        Row r = rowOf(id);
        return r == NO_ROW ? 0 : r.primitive + r.fast;
    }

    /**
     * @param site a call site's id
     * @return calls counted there
     */
    public long siteCalls(int site) {
        int fn = CallSites.PUBLISHED.callerOf(site);
        long[][] all = sites;
        if (fn < 0 || fn >= all.length || all[fn] == null) return 0;
        int k = site - CallSites.PUBLISHED.firstSite(fn);
        return k < all[fn].length ? all[fn][k] : 0;
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

    /** @return the number of distinct edges into instrumented functions */
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
        return edges.rows[e * ThreadTrace.STRIDE + CALLS] + unflushed(e);
    }

    /**
     * @param e an edge row
     * @return primitive calls along the edge
     */
    public long edgePrimitiveCalls(int e) {
        return edges.rows[e * ThreadTrace.STRIDE + PRIMITIVE] + unflushed(e);
    }

    /** @return calls of edge {@code e} still counted in its callee's row ({@link Row#fast}) */
    private long unflushed(int e) {
        Row r = rowOf((int) edges.keyOf(e));
        return r != NO_ROW && r.edge == e ? r.fast : 0;
    }
}
