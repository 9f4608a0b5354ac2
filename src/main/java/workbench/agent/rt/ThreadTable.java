package workbench.agent.rt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-thread counters of one runtime ({@link Tracer}'s traces, {@link HybridCounter}'s counts): each live thread's
 * own, and one total per thread name pattern of the threads that have ended, so that memory is bounded by the live
 * threads, not by every thread the program ever started.
 *
 * <p>A probe finds the current thread's counters in {@link #slots}: first in the {@link #FIRST} thread's slot, then
 * direct-mapped by thread id. A hit costs a few loads, where a thread local's lookup (inlined into every instrumented method) cost the timed trace about 8 ns a call
 * and made small methods too big for C2 to inline (the JIT refuses to inline a method whose compiled code is already
 * large). A slot holds whichever thread last missed there; a thread only ever takes its own counters from it (the
 * owner is a final field, so a racy read of another thread's entry is still safe to compare), and falls back to the
 * thread local on a miss ({@link #current}). The lookup is written out in each runtime's entry ({@code Tracer.enter},
 * {@code HybridThreadCounts.enter}) and in {@code Calibration}, which times it: on an array of the runtime's own type
 * held in a static final field, so that the JIT knows the element's type and inlines it with no cast.
 *
 * <p>When a new thread's counters have doubled the list since the last look (first at {@link #FIRST_FOLD}), those of
 * threads that have ended are added into their total ({@link #foldKey}) and dropped: the look is linear in the list,
 * so its cost is constant per thread started, and it runs only when a thread makes its first call, never per call.
 * A subclass says how to make, add, copy and measure its counters.
 *
 * @param <T> one thread's counters
 */
abstract class ThreadTable<T extends ThreadCounters> {

    /** Totals beyond this many patterns go into one, so that thread names cannot grow the agent's memory either. */
    static final int MAX_FINISHED = 64;
    /** The name of that last total. */
    static final String OTHER_FINISHED = "(other finished threads)";
    /** Counters kept before the first look for finished threads. */
    private static final int FIRST_FOLD = 64;

    /** Slots by thread id in {@link #slots}: thread ids are dense, so more threads than this live at once share slots. */
    static final int SLOTS = 256;
    /**
     * The last slot, past those by thread id: the counters of the first thread that took a slot, for most programs
     * the main thread, which a probe tries before the thread's own slot. It finds them with one load, where a slot by
     * thread id takes the thread's id first (about 1.5 ns of the timed trace's method probe, on both JDKs); another
     * thread pays one load and compare more than it did. A thread that ended gives it up when it is folded.
     */
    static final int FIRST = SLOTS;

    /**
     * The counters of recently seen threads by {@link #slot}, then the {@link #FIRST} thread's; what a slot holds
     * before a thread has it is the counters of no thread, so a lookup needs no null check. A runtime keeps this array
     * in a static final field of its own, which the JIT takes for a constant.
     */
    final T[] slots;
    /** What {@link #slots} hold for no thread. */
    private final T nobody;
    private final ThreadLocal<T> current = new ThreadLocal<T>() {
        @Override
        protected T initialValue() {
            T t = newThread(Thread.currentThread());
            register(t);
            return t;
        }
    };
    private final List<T> live = new ArrayList<>();
    /** Totals of finished threads by name pattern; guarded by this table, like everything it folds. */
    private final Map<String, T> finished = new LinkedHashMap<>();
    private int foldAt = FIRST_FOLD;

    /** @param slots an empty array of {@link #SLOTS} + 1 slots, of the runtime's own type, for {@link #slots} */
    ThreadTable(T[] slots) {
        this.nobody = newTotal("(nobody)", Long.MIN_VALUE);
        java.util.Arrays.fill(slots, nobody);
        this.slots = slots;
    }

    /** @return a thread's slot in {@link #slots} */
    static int slot(Thread thread) {
        return (int) thread.getId() & (SLOTS - 1);
    }

    /**
     * A probe's lookup when the thread's slot holds another thread's counters (or none yet).
     *
     * @param thread the current thread
     * @return its counters from the thread local (made on its first call), remembered in its slot
     */
    final T current(Thread thread) {
        T t = current.get();
        slots[slot(thread)] = t;
        if (slots[FIRST] == nobody) slots[FIRST] = t; // racy: whichever thread's write lands, it holds a thread's own
        return t;
    }

    /** @return new counters for the given thread, the current one */
    abstract T newThread(Thread thread);

    /**
     * @param name the name the dump gives the total
     * @param id   the thread id the dump gives it, negative: no thread has it, so a total never merges with a thread
     * @return new empty counters for a total of finished threads
     */
    abstract T newTotal(String name, long id);

    /** Adds a finished thread's counters into a total: every count exactly. */
    abstract void add(T total, T finishedThread);

    /** @return a copy the dump may read while the owner (or the next fold, for a total) goes on */
    abstract T copy(T t);

    /** @return bytes held by the counters' arrays, headers included */
    abstract long retainedBytes(T t);

    /** Registers a thread's new counters, first folding those of ended threads when the list has doubled. */
    final synchronized void register(T t) {
        if (live.size() >= foldAt) foldFinished();
        live.add(t);
    }

    private void foldFinished() {
        int kept = 0;
        for (T t : live) {
            if (!t.thread.isAlive()) { // isAlive() false: the thread's writes happen-before this read
                T total = total(foldKey(t.thread.getName()));
                add(total, t);
                total.threads += t.threads;
                int slot = slot(t.thread);
                if (slots[slot] == t) slots[slot] = nobody; // let the folded counters go
                if (slots[FIRST] == t) slots[FIRST] = nobody;
            } else {
                live.set(kept++, t);
            }
        }
        live.subList(kept, live.size()).clear();
        foldAt = Math.max(FIRST_FOLD, 2 * kept);
    }

    private T total(String key) {
        T t = finished.get(key);
        if (t != null) return t;
        if (finished.size() >= MAX_FINISHED - 1 && !key.equals(OTHER_FINISHED)) return total(OTHER_FINISHED);
        t = newTotal(key, -1 - finished.size());
        finished.put(key, t);
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
     * @return every live thread's counters so far, in order of each thread's first call, then a copy of each total of
     *     finished threads (which the next thread to start may add to)
     */
    final synchronized List<T> all() {
        List<T> out = new ArrayList<>(live);
        for (T t : finished.values()) {
            T c = copy(t);
            c.threads = t.threads; // whatever the runtime's copy keeps, the count goes with it
            out.add(c);
        }
        return out;
    }

    /** @return bytes held by the arrays of every counters kept, the totals' included */
    final synchronized long retainedBytes() {
        long sum = 0;
        for (T t : live) sum += retainedBytes(t);
        for (T t : finished.values()) sum += retainedBytes(t);
        return sum;
    }
}
