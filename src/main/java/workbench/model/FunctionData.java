package workbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deterministic (traced) per-function statistics, kept per thread so that tables can merge or split them.
 *
 * @param overheadNanosPerCall the per-call cost the agent measured for itself (subtracted when calibrated)
 * @param calibrated           whether that cost was subtracted ({@code false} for {@code --raw})
 * @param threads              statistics of each profiled thread
 * @param clock                the clock the times were read with ({@link Clock#WALL} in runs saved before it was kept)
 * @param clockReadNanos       what one reading of that clock cost in the profiled JVM, 0 where unknown
 * @param process              the profiled process's own wall and CPU time, which the threads' times stand beside
 */
public record FunctionData(double overheadNanosPerCall, boolean calibrated, List<ThreadFunctions> threads,
                           Clock clock, double clockReadNanos, ProcessTimes process) implements ProfileData {

    public FunctionData {
        threads = List.copyOf(threads);
        if (clock == null) clock = Clock.WALL;
        if (process == null) process = ProcessTimes.UNKNOWN;
    }

    /** Wall-clock statistics whose clock cost and process times are unknown. */
    public FunctionData(double overheadNanosPerCall, boolean calibrated, List<ThreadFunctions> threads) {
        this(overheadNanosPerCall, calibrated, threads, Clock.WALL, 0, ProcessTimes.UNKNOWN);
    }

    @Override
    public Mode mode() {
        return Mode.DETERMINISTIC;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFunctions(this);
    }

    @Override
    public Optional<FunctionData> functionData() {
        return Optional.of(this);
    }

    @Override
    public Optional<SampleData> sampleData() {
        return Optional.empty();
    }

    @Override
    public Optional<LineData> lineData() {
        return Optional.empty();
    }

    /** @return the traced calls */
    @Override
    public long eventCount() {
        return totals().calls();
    }

    /**
     * Every thread's statistics in one list, as pstats' {@code add} merges profiles: entries of the same method add
     * up, and so do their callers.
     *
     * @return one entry per distinct method, in order of first appearance
     */
    public List<FunctionStats> merged() {
        List<FunctionStats> all = new ArrayList<>();
        for (ThreadFunctions t : threads) all.addAll(t.functions());
        return merge(all);
    }

    /** @return the merged statistics by method */
    public Map<MethodId, FunctionStats> byMethod() {
        return Diff.sumBy(merged(), FunctionStats::method, FunctionStats::plus);
    }

    /**
     * @param stats statistics, possibly several per method
     * @return one entry per distinct method, summed, in order of first appearance
     */
    public static List<FunctionStats> merge(List<FunctionStats> stats) {
        return new ArrayList<>(Diff.sumBy(stats, FunctionStats::method, FunctionStats::plus).values());
    }

    /** @return Σ ncalls, Σ primitive calls and Σ tottime over every thread: the header of pstats' table */
    public Totals totals() {
        return Totals.of(merged());
    }

    /**
     * pstats' {@code calc_callees}: the callers lists turned around.
     *
     * @param stats the statistics of one table (merged or one thread's)
     * @return for each caller, the functions it called with the statistics of each edge (the callee in
     *         {@link FunctionStats.CallerStats#caller()}'s place)
     */
    public static Map<MethodId, List<FunctionStats.CallerStats>> callees(List<FunctionStats> stats) {
        Map<MethodId, List<FunctionStats.CallerStats>> out = new LinkedHashMap<>();
        for (FunctionStats s : stats) {
            for (FunctionStats.CallerStats c : s.callers()) {
                out.computeIfAbsent(c.caller().method(), k -> new ArrayList<>()).add(new FunctionStats.CallerStats(
                        s.function(), c.calls(), c.primitiveCalls(), c.totalNanos(), c.cumulativeNanos()));
            }
        }
        return out;
    }

    /**
     * @param other the profile to compare with (B)
     * @return per method: its merged statistics in this profile (A) and in the other
     */
    public List<Diff.Row<MethodId, FunctionStats>> diff(FunctionData other) {
        return Diff.of(byMethod(), other.byMethod());
    }

    /**
     * Adds the other run's threads to these, thread by thread of the same name (the main thread of two runs is one
     * thread of the sum); the measured overhead is averaged over calls.
     */
    @Override
    public FunctionData plus(ProfileData other) {
        if (!(other instanceof FunctionData o)) throw ProfileData.kindMismatch(this, other);
        if (o.calibrated != calibrated) {
            throw new IllegalArgumentException("cannot add a calibrated profile to a raw one");
        }
        if (o.clock != clock) {
            throw new IllegalArgumentException("cannot add a profile timed by the " + o.clock.cliName()
                    + " clock to one timed by the " + clock.cliName() + " clock");
        }
        Map<String, List<FunctionStats>> byThread = new LinkedHashMap<>();
        Map<String, CallTree> trees = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (List<ThreadFunctions> side : List.of(threads, o.threads)) {
            for (ThreadFunctions t : side) {
                byThread.computeIfAbsent(t.thread(), k -> new ArrayList<>()).addAll(t.functions());
                trees.merge(t.thread(), t.tree(), CallTree::plus);
                counts.merge(t.thread(), t.threads(), Math::max); // one thread of the sum, as its name says
            }
        }
        List<ThreadFunctions> sum = new ArrayList<>();
        byThread.forEach((name, stats) -> sum.add(new ThreadFunctions(name, merge(stats), trees.get(name),
                counts.get(name))));
        long calls = totals().calls();
        long otherCalls = o.totals().calls();
        return new FunctionData(perCall(overheadNanosPerCall, calls, o.overheadNanosPerCall, otherCalls), calibrated,
                sum, clock, perCall(clockReadNanos, calls, o.clockReadNanos, otherCalls), process.plus(o.process));
    }

    /** @return a cost per call of two runs, averaged over their calls */
    private static double perCall(double a, long callsA, double b, long callsB) {
        return callsA + callsB == 0 ? a : (a * callsA + b * callsB) / (callsA + callsB);
    }

    /** @return whether the run kept its call paths: any thread has a call tree (runs saved before them have none) */
    public boolean hasCallTree() {
        for (ThreadFunctions t : threads) if (t.tree().hasNodes()) return true;
        return false;
    }

    /**
     * The functions one thread called.
     *
     * @param thread    thread name (suffixed with its id when names repeat)
     * @param functions one entry per function
     * @param tree      its calling-context tree, {@link CallTree#EMPTY} when the run kept none (a field that saved runs
     *                  of earlier builds do not have)
     * @param threads   how many threads it holds: 1, or for the agent's total of finished threads (virtual threads, a
     *                  pool's replaced workers) the number folded into it; 1 in runs saved before the count
     */
    public record ThreadFunctions(String thread, List<FunctionStats> functions, CallTree tree, long threads) {
        public ThreadFunctions {
            functions = List.copyOf(functions);
            if (tree == null) tree = CallTree.EMPTY;
            if (threads < 1) threads = 1;
        }

        /** One thread. */
        public ThreadFunctions(String thread, List<FunctionStats> functions, CallTree tree) {
            this(thread, functions, tree, 1);
        }

        /** One thread without a call tree. */
        public ThreadFunctions(String thread, List<FunctionStats> functions) {
            this(thread, functions, CallTree.EMPTY);
        }
    }

    /**
     * @return how many threads the data's times are summed over: its entries' thread counts (an entry may be a total
     *     of many finished threads)
     */
    public long threadCount() {
        long n = 0;
        for (ThreadFunctions t : threads) n += t.threads();
        return n;
    }

    /**
     * The sums in the header of pstats' table.
     *
     * @param calls          Σ ncalls
     * @param primitiveCalls Σ primitive calls
     * @param totalNanos     Σ tottime: pstats' {@code total_tt}, the "in X seconds"
     */
    public record Totals(long calls, long primitiveCalls, long totalNanos) {
        /**
         * @param stats one table's statistics
         * @return their sums
         */
        public static Totals of(List<FunctionStats> stats) {
            long c = 0;
            long p = 0;
            long t = 0;
            for (FunctionStats s : stats) {
                c += s.calls();
                p += s.primitiveCalls();
                t += s.totalNanos();
            }
            return new Totals(c, p, t);
        }
    }
}
