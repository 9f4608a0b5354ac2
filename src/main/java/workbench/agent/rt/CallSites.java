package workbench.agent.rt;

/**
 * The call sites into code that is not instrumented (built-ins) the rewriter handed out: each site's caller and
 * callee, by site id. A method's sites are numbered consecutively, so a thread that enters it makes room for all of
 * them at once, and its probes name a site by its place among them.
 *
 * <p>Published by the agent after each class is rewritten, before its code can run; read by the probes only when a
 * thread meets a function for the first time, and by the dump. Filled in place and republished by a volatile write of
 * the same reference (readers read the field first), so that publishing costs the new sites, not all of them again.
 */
public final class CallSites {

    /** The program's: the ones the agent's rewriter handed out. */
    public static final CallSites PUBLISHED = new CallSites();

    /** Each site's callee (a built-in's function id), by site id; -1 past the sites published. */
    private volatile int[] callees = new int[0];
    /** Each site's caller, by site id; -1 past the sites published. Written before {@link #callees}. */
    private volatile int[] callers = new int[0];
    /** Each function's sites, by function id: {@code [first, end)} packed {@code first << 32 | end}. */
    private volatile long[] functions = new long[0];
    private int size;

    /**
     * Publishes the sites from {@code first} on (again, for those published already: a site never changes).
     *
     * @param first the id of the first site given
     * @param sites each site's caller and callee (a built-in's function id), packed {@code caller << 32 | callee}
     */
    public synchronized void publish(int first, long[] sites) {
        int end = first + sites.length;
        int[] c = grown(callees, end);
        int[] byCaller = grown(callers, end);
        long[] f = functions;
        for (int s = first; s < end; s++) {
            int fn = (int) (sites[s - first] >>> 32);
            c[s] = (int) sites[s - first];
            byCaller[s] = fn;
            if (fn >= f.length) f = java.util.Arrays.copyOf(f, Math.max(fn + 1, f.length * 2));
            int from = f[fn] == 0 ? s : Math.min(s, (int) (f[fn] >>> 32));
            int to = Math.max(s + 1, (int) f[fn]);
            f[fn] = ((long) from << 32) | to;
        }
        size = Math.max(size, end);
        functions = f;
        callers = byCaller;
        callees = c;
    }

    /** @return the array, or a copy of it grown to at least {@code end}, filled with -1 */
    private static int[] grown(int[] a, int end) {
        if (end <= a.length) return a;
        int old = a.length;
        int[] out = java.util.Arrays.copyOf(a, Math.max(end, old * 2));
        java.util.Arrays.fill(out, old, out.length, -1);
        return out;
    }

    /** @return one past the highest site published */
    public synchronized int size() {
        return size;
    }

    /**
     * @param site a call site's id
     * @return the function id of the built-in it calls, or -1 for a site not published yet
     */
    int calleeOf(int site) {
        int[] c = callees;
        return site >= 0 && site < c.length ? c[site] : -1;
    }

    /**
     * @param site a call site's id
     * @return the function holding it, or -1 for a site not published yet
     */
    int callerOf(int site) {
        int[] c = callers;
        return site >= 0 && site < c.length ? c[site] : -1;
    }

    /** @return the first call site of function {@code id} (its sites are numbered consecutively) */
    int firstSite(int id) {
        long[] f = functions;
        return id < f.length ? (int) (f[id] >>> 32) : 0;
    }

    /** @return one past the last call site of function {@code id}; 0 for a function without call sites */
    int endSite(int id) {
        long[] f = functions;
        return id < f.length ? (int) f[id] : 0;
    }
}
