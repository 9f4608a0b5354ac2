package workbench.agent.rt;

import java.util.ArrayList;
import java.util.List;

/**
 * The line mode's runtime: per-thread, per-table counter arrays that line-instrumented code increments.
 *
 * <p>A <em>table</em> is one selected method together with its lambdas and local classes (line_profiler's
 * "function"). Every thread gets its own {@code long[]} per table, fetched once per method call by
 * {@link #enter}; the instrumented code keeps it in a local and bumps hit counters in it with plain array
 * stores. Nothing is shared between threads while the program runs, so no increment is ever lost and a hit
 * costs no atomic instruction; {@link #snapshot} sums the threads' arrays at dump time.
 *
 * <p>The arrays of threads that have ended are added into one finished total per table and dropped, when a table's
 * arrays have doubled since the last look: the line profile has no per-thread view to lose, and the memory stays
 * bounded by the live threads however many the program starts.
 *
 * <p>Array layout ({@code span} = lines the table covers, slot = line − first line):
 * {@code [DEPTH, LAST, CUR, hits[span], nanos[span], timed[span]]}. {@code DEPTH} counts this thread's active
 * frames of the table. Only the outermost one times: a nested frame (recursion, a lambda called from a line of
 * the method) runs inside one of the outer frame's lines, which already includes that time, so each nanosecond
 * is charged to exactly one line of the table. {@code LAST} is the time the current line started, {@code CUR}
 * its slot, {@code timed[s]} how many timed intervals were charged to slot {@code s} (the calibrated timer cost
 * is subtracted once per interval).
 *
 * <p>Imports only the JDK: this class is defined in the bootstrap class loader and is called from any class.
 */
public final class LineCounters {

    /** Index of this thread's active frame count of the table. */
    public static final int DEPTH = 0;
    /** Index of the time the current line started. */
    public static final int LAST = 1;
    /** Index of the current line's slot. */
    public static final int CUR = 2;
    /** Index of the first hit counter: hit counter of slot {@code s} is at {@code HEADER + s}. */
    public static final int HEADER = 3;

    private static final Object LOCK = new Object();
    /** Arrays a table keeps before its first look for finished threads. */
    private static final int FIRST_FOLD = 64;
    private static Table[] tables = new Table[16];
    private static int tableCount;
    private static final ThreadLocal<long[][]> MINE = ThreadLocal.withInitial(() -> new long[0][]);
    /**
     * The threads that have made an array, weakly (an ended thread's entry goes with it), and how many there were:
     * what a table's times are summed over. Not the thread local, which a pool may erase between tasks.
     */
    private static final java.util.Map<Thread, Boolean> SEEN = new java.util.WeakHashMap<>();
    private static long threads;

    private LineCounters() {
    }

    /** One registered table and every thread's array for it. */
    static final class Table {
        final String className;
        final String method;
        final String descriptor;
        final String file;
        final int firstLine;
        final int span;
        final boolean[] code;
        final List<long[]> arrays = new ArrayList<>();
        /** The thread of each of {@link #arrays}. */
        final List<Thread> owners = new ArrayList<>();
        /** The counters of threads that have ended, summed; {@code null} until one has. */
        long[] finished;
        /** Arrays kept before the next look for finished threads. */
        int foldAt = FIRST_FOLD;

        Table(String className, String method, String descriptor, String file, int firstLine, int span) {
            this.className = className;
            this.method = method;
            this.descriptor = descriptor;
            this.file = file;
            this.firstLine = firstLine;
            this.span = span;
            this.code = new boolean[span];
        }
    }

    /**
     * Registers a table; called by the instrumenter when it transforms the selected method's class.
     *
     * @param className  the selected method's class, internal name ({@code workbench/workload/Foo})
     * @param method     the selected method's name
     * @param descriptor its descriptor
     * @param file      the source file, package path included ({@code workbench/workload/Foo.java})
     * @param firstLine the smallest line of the table
     * @param span      number of lines covered, from {@code firstLine}
     * @return the table's id, used by {@link #enter}
     */
    public static int registerTable(String className, String method, String descriptor, String file, int firstLine,
                                    int span) {
        synchronized (LOCK) {
            if (tableCount == tables.length) {
                Table[] bigger = new Table[tableCount * 2];
                System.arraycopy(tables, 0, bigger, 0, tableCount);
                tables = bigger;
            }
            tables[tableCount] = new Table(className, method, descriptor, file, firstLine, span);
            return tableCount++;
        }
    }

    /**
     * Marks lines as holding code, so a line that never ran still shows in the table.
     *
     * @param table the table's id
     * @param lines source lines of an instrumented method of the table
     */
    public static void addCodeLines(int table, int[] lines) {
        synchronized (LOCK) {
            Table t = tables[table];
            for (int line : lines) {
                int slot = line - t.firstLine;
                if (slot >= 0 && slot < t.span) t.code[slot] = true;
            }
        }
    }

    /**
     * Called first thing in every instrumented method when only hits are counted: this thread's array for the
     * table, with the entry line's hit counted.
     *
     * @param table the table's id
     * @param slot  the entry line's slot
     * @return the array the method's probes update
     */
    public static long[] enter(int table, int slot) {
        long[][] mine = MINE.get();
        long[] c = table < mine.length ? mine[table] : null;
        if (c == null) c = create(table);
        c[HEADER + slot]++;
        return c;
    }

    /**
     * Called first thing in every instrumented method when lines are timed: like {@link #enter}, and in the
     * outermost frame of the table on this thread the entry line's timing starts.
     *
     * @param table the table's id
     * @param slot  the entry line's slot
     * @return the array the method's probes update
     */
    public static long[] enterTimed(int table, int slot) {
        long[] c = enter(table, slot);
        if (++c[DEPTH] == 1) {
            int span = (c.length - HEADER) / 3;
            c[HEADER + 2 * span + slot]++;
            c[CUR] = slot;
            c[LAST] = ThreadClock.now();
        }
        return c;
    }

    /**
     * A line start that may change the line ({@code --timing exact}): counts the hit and, in the outermost frame,
     * charges the time since the last line start to the line being left.
     *
     * @param c    the array from {@link #enter}
     * @param slot the line's slot
     */
    public static void line(long[] c, int slot) {
        c[HEADER + slot]++;
        if (c[DEPTH] == 1) {
            long now = ThreadClock.now();
            int span = (c.length - HEADER) / 3;
            c[HEADER + span + (int) c[CUR]] += now - c[LAST];
            c[HEADER + 2 * span + slot]++;
            c[CUR] = slot;
            c[LAST] = now;
        }
    }

    /**
     * Called on every way out of an instrumented method when lines are timed (return, or an exception leaving
     * it): charges the last line and leaves the frame.
     *
     * @param c the array from {@link #enter}
     */
    public static void exit(long[] c) {
        if (c[DEPTH] == 1) {
            int span = (c.length - HEADER) / 3;
            c[HEADER + span + (int) c[CUR]] += ThreadClock.now() - c[LAST];
        }
        c[DEPTH]--;
    }

    private static long[] create(int table) {
        synchronized (LOCK) {
            long[][] mine = MINE.get();
            if (table >= mine.length) {
                long[][] bigger = new long[Math.max(tableCount, table + 1)][];
                System.arraycopy(mine, 0, bigger, 0, mine.length);
                mine = bigger;
                MINE.set(mine);
            }
            if (SEEN.put(Thread.currentThread(), Boolean.TRUE) == null) threads++;
            Table t = tables[table];
            if (t.arrays.size() >= t.foldAt) fold(t);
            long[] c = new long[HEADER + 3 * t.span];
            t.arrays.add(c);
            t.owners.add(Thread.currentThread());
            mine[table] = c;
            return c;
        }
    }

    /**
     * Adds the arrays of threads that have ended into the table's finished total and drops them. Runs when the arrays
     * have doubled since the last run, so its cost, linear in them, is constant per thread.
     */
    private static void fold(Table t) {
        int kept = 0;
        for (int i = 0; i < t.arrays.size(); i++) {
            long[] c = t.arrays.get(i);
            Thread owner = t.owners.get(i);
            if (owner.isAlive()) {
                t.arrays.set(kept, c);
                t.owners.set(kept++, owner);
                continue;
            }
            if (t.finished == null) t.finished = new long[c.length];
            for (int s = HEADER; s < c.length; s++) t.finished[s] += c[s];
        }
        t.arrays.subList(kept, t.arrays.size()).clear();
        t.owners.subList(kept, t.owners.size()).clear();
        t.foldAt = Math.max(FIRST_FOLD, 2 * kept);
    }

    /** @return how many threads have run a selected method, ended ones included */
    public static long threads() {
        synchronized (LOCK) {
            return threads;
        }
    }

    /** @return the threads' arrays kept now over all tables, each finished total counted as one */
    public static int arrayCount() {
        synchronized (LOCK) {
            int n = 0;
            for (int i = 0; i < tableCount; i++) n += tables[i].arrays.size() + (tables[i].finished == null ? 0 : 1);
            return n;
        }
    }

    /**
     * Measures what one timed line start costs, so that the dump can subtract it from every timed interval.
     * Runs the real {@link #line} on a private array until the JIT has compiled it and keeps the fastest round.
     *
     * @return nanoseconds per timed line start
     */
    public static double calibrate() {
        long[] c = new long[HEADER + 3 * 2];
        c[DEPTH] = 1;
        c[LAST] = ThreadClock.now();
        final int n = 100_000;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 30; round++) {
            long start = ThreadClock.now();
            for (int i = 0; i < n; i++) line(c, i & 1);
            best = Math.min(best, (ThreadClock.now() - start) / (double) n);
        }
        return best;
    }

    /** A table's counters summed over all threads, as {@link #snapshot} returns them. */
    public static final class Snapshot {
        /** The selected method's class, internal name. */
        public final String className;
        /** The selected method's name. */
        public final String method;
        /** The selected method's descriptor. */
        public final String descriptor;
        /** Source file with its package path. */
        public final String file;
        /** Line of slot 0. */
        public final int firstLine;
        /** Hits per slot. */
        public final long[] hits;
        /** Raw (uncalibrated) nanoseconds per slot. */
        public final long[] nanos;
        /** Timed intervals per slot. */
        public final long[] timedIntervals;
        /** Whether the slot's line holds instrumented code. */
        public final boolean[] code;

        Snapshot(Table t) {
            className = t.className;
            method = t.method;
            descriptor = t.descriptor;
            file = t.file;
            firstLine = t.firstLine;
            hits = new long[t.span];
            nanos = new long[t.span];
            timedIntervals = new long[t.span];
            code = t.code.clone();
            // under the CPU clock another thread's time cannot be read here: its open line ends at its last start
            boolean wall = !ThreadClock.isCpu();
            long now = ThreadClock.now();
            List<long[]> all = new ArrayList<>(t.arrays);
            if (t.finished != null) all.add(t.finished);
            for (long[] c : all) {
                for (int s = 0; s < t.span; s++) {
                    hits[s] += c[HEADER + s];
                    nanos[s] += c[HEADER + t.span + s];
                    timedIntervals[s] += c[HEADER + 2 * t.span + s];
                }
                // a thread still inside the table (System.exit, a timeout): its current line runs until now
                int cur = (int) c[CUR];
                if (wall && c[DEPTH] > 0 && cur >= 0 && cur < t.span) nanos[cur] += Math.max(0, now - c[LAST]);
            }
        }
    }

    /**
     * Sums every thread's counters. Threads still running may be caught mid-update; at shutdown that is the
     * program's last moment anyway.
     *
     * @return one snapshot per registered table, in registration order
     */
    public static List<Snapshot> snapshot() {
        synchronized (LOCK) {
            List<Snapshot> out = new ArrayList<>(tableCount);
            for (int i = 0; i < tableCount; i++) out.add(new Snapshot(tables[i]));
            return out;
        }
    }
}
