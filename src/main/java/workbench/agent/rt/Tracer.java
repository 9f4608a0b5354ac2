package workbench.agent.rt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point instrumented methods call: {@code Tracer.enter(id)} at method start returns the thread's
 * {@link ThreadTrace}, which the method keeps in a local for its exit and for the calls it makes into code that
 * is not instrumented. So a thread-local lookup happens once per instrumented method call and never for a
 * call-site probe.
 *
 * <p>Memory is bounded by the live threads, not by every thread the program ever started: when new traces have
 * doubled the list since the last look, the traces of threads that have ended are added into one total per thread
 * name pattern ({@link #foldKey}) and dropped, so a pool of threads costs its threads, and 100,000 short threads cost
 * about as much as the few alive at a time. (A thread's own {@link ThreadLocal} value goes with the thread.)
 *
 * <p>Lives on the bootstrap class path and imports only {@code java.*}, so any class may call it.
 */
public final class Tracer {

    private static final List<ThreadTrace> TRACES = new ArrayList<>();
    /** Totals of finished threads by name pattern; guarded by {@link #TRACES}, like everything it folds. */
    private static final Map<String, ThreadTrace> FINISHED = new LinkedHashMap<>();
    /** Totals beyond this many patterns go into one, so that thread names cannot grow the agent's memory either. */
    static final int MAX_FINISHED = 64;
    /** The name of that last total. */
    static final String OTHER_FINISHED = "(other finished threads)";
    /** Traces kept before the first look for finished threads. */
    private static final int FIRST_FOLD = 64;
    private static int foldAt = FIRST_FOLD;
    private static volatile int capacityHint = 1024;
    private static volatile int maxPaths;

    private static final ThreadLocal<ThreadTrace> CURRENT = new ThreadLocal<ThreadTrace>() {
        @Override
        protected ThreadTrace initialValue() {
            ThreadTrace t = new ThreadTrace(Thread.currentThread(), capacityHint, maxPaths);
            synchronized (TRACES) {
                if (TRACES.size() >= foldAt) foldFinished();
                TRACES.add(t);
            }
            return t;
        }
    };

    private Tracer() {
    }

    /**
     * Opens a frame for an instrumented method on the current thread.
     *
     * @param id the method's function id
     * @return the current thread's trace, for the matching {@link ThreadTrace#exit}
     */
    public static ThreadTrace enter(int id) {
        ThreadTrace t = CURRENT.get();
        t.enter(id);
        return t;
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
     * Keeps a calling-context tree per thread from now on; set before any instrumented code runs.
     *
     * @param limit nodes per thread before further paths are counted per function under a marker; 0 for no tree
     */
    public static void maxPaths(int limit) {
        maxPaths = limit;
    }

    /**
     * Adds the traces of threads that have ended into their totals and drops them. Runs when the list has doubled
     * since the last run, so its cost, linear in the list, is constant per thread started.
     */
    private static void foldFinished() {
        int kept = 0;
        for (ThreadTrace t : TRACES) {
            if (t.finished()) {
                total(foldKey(t.name())).add(t);
            } else {
                TRACES.set(kept++, t);
            }
        }
        TRACES.subList(kept, TRACES.size()).clear();
        foldAt = Math.max(FIRST_FOLD, 2 * kept);
    }

    private static ThreadTrace total(String key) {
        ThreadTrace t = FINISHED.get(key);
        if (t != null) return t;
        if (FINISHED.size() >= MAX_FINISHED - 1 && !key.equals(OTHER_FINISHED)) return total(OTHER_FINISHED);
        // negative ids: no thread has them, so the dump's totals never merge with a thread's own trace
        t = new ThreadTrace(key, -1 - FINISHED.size(), maxPaths);
        FINISHED.put(key, t);
        return t;
    }

    /**
     * The total a finished thread goes into: its name with each run of digits as {@code #} ({@code pool-3-thread-17}
     * into {@code pool-#-thread-#}, {@code Thread-99999} into {@code Thread-#}), so that a pool's threads stay apart
     * from the rest; {@code (unnamed)} for threads without a name (virtual threads have none by default). The name
     * says the threads have finished, so a live thread's own row is never taken for the total.
     *
     * @param name a thread's name
     * @return the name of its total
     */
    static String foldKey(String name) {
        if (name.isEmpty()) return "(unnamed) (finished)";
        StringBuilder key = new StringBuilder(name.length() + 11);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit) key.append(c);
            else if (i == 0 || !(name.charAt(i - 1) >= '0' && name.charAt(i - 1) <= '9')) key.append('#');
        }
        return key.append(" (finished)").toString();
    }

    /**
     * @return every live thread's trace so far, in order of each thread's first call, then a copy of each total of
     *     finished threads (which the next thread to start may add to)
     */
    public static List<ThreadTrace> traces() {
        synchronized (TRACES) {
            List<ThreadTrace> out = new ArrayList<>(TRACES);
            for (ThreadTrace t : FINISHED.values()) out.add(t.detachedCopy());
            return out;
        }
    }

    /**
     * The agent's own memory for the deterministic mode: every trace's arrays, the totals' included.
     *
     * @return bytes held by the arrays of the traces kept, array headers included
     */
    public static long retainedBytes() {
        synchronized (TRACES) {
            long sum = 0;
            for (ThreadTrace t : TRACES) sum += t.retainedBytes();
            for (ThreadTrace t : FINISHED.values()) sum += t.retainedBytes();
            return sum;
        }
    }

    /** @return the traces kept now: live (or not yet folded) threads' and the totals of finished ones */
    public static int traceCount() {
        synchronized (TRACES) {
            return TRACES.size() + FINISHED.size();
        }
    }
}
