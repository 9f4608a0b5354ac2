package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A call into code that is not instrumented has no frame unless it calls back ({@link ThreadTrace#enterBuiltin}): its
 * counts must be what a frame would have given, in every way a call can end. Each script runs twice, once with the
 * call-site probes and once with the method probes standing in for them (a frame per built-in call, as before the
 * leaf), and every count is compared exactly: calls, primitive calls and calls made beneath, per function, per edge
 * and per calling-context node. Times are checked where they are exact: a thread's own times add up to its outermost
 * call's time, to the nanosecond. Without a calling-context tree, a call that does not call back is counted per call
 * site; those counts, {@linkplain ThreadTrace#settle folded} into the rows, must be the same again.
 */
class BuiltinCallTest {

    /** One probe of a script: m/x a method's enter/exit, b/y a built-in's, u an exception handler's unwind. */
    private record Probe(char kind, int id) {
    }

    private static List<Probe> script(String s) {
        List<Probe> out = new ArrayList<>();
        for (String word : s.trim().split("\\s+")) out.add(new Probe(word.charAt(0), Integer.parseInt(word.substring(1))));
        return out;
    }

    /**
     * The call sites of the scripts, as the rewriter hands them out: one per (method whose code makes the call,
     * built-in), a method's sites numbered together: methods 1 to 4 each call built-ins 10 to 12, at their sites 0 to 2.
     * The runtime takes a site's caller to be the method whose frame is on top.
     */
    private static final CallSites SITES = new CallSites();

    static {
        long[] sites = new long[4 * 3];
        for (int m = 1; m <= 4; m++) {
            for (int b = 10; b <= 12; b++) sites[(m - 1) * 3 + b - 10] = ((long) m << 32) | b;
        }
        SITES.publish(0, sites);
    }

    /** @return the trace, its calls counted per site added to its rows, as the dump adds them */
    private static ThreadTrace folded(ThreadTrace t) {
        t.settle();
        return t;
    }

    private static ThreadTrace run(List<Probe> probes, boolean leaf, boolean dumpAtEnd) {
        return run(probes, leaf, dumpAtEnd, 1000);
    }

    private static ThreadTrace run(List<Probe> probes, boolean leaf, boolean dumpAtEnd, int maxPaths) {
        ThreadTrace t = new ThreadTrace(Thread.currentThread(), 8, maxPaths, SITES);
        for (Probe p : probes) {
            switch (p.kind()) {
                case 'm' -> t.enter(p.id());
                case 'x' -> t.exit(p.id());
                case 'b' -> {
                    if (leaf) t.enterBuiltin(p.id()); else t.enter(p.id());
                }
                case 'y' -> {
                    if (leaf) t.exitBuiltin(p.id() - 10, p.id()); else t.exit(p.id());
                }
                case 'u' -> t.unwind(p.id());
                default -> throw new IllegalArgumentException("probe " + p);
            }
        }
        if (!dumpAtEnd) return t;
        ThreadTrace copy = t.detachedCopy(); // what a checkpoint or the dump reads while the thread runs on
        copy.closeAll();
        return folded(copy);
    }

    /** Every count of a trace (of a settled copy of it: the trace's own counters go on), keyed by what it counts. */
    private static Map<String, Long> counts(ThreadTrace trace) {
        ThreadTrace t = trace.detachedCopy().settle();
        Map<String, Long> out = new TreeMap<>();
        long[] ed = t.edgeRows();
        for (int e = 0; e < t.edgeCount(); e++) {
            long key = t.edgeKey(e);
            String edge = "edge " + (int) (key >>> 32) + ">" + (int) key + " ";
            int b = e * ThreadTrace.STRIDE;
            out.put(edge + "calls", ed[b + ThreadTrace.CALLS]);
            out.put(edge + "primitive", ed[b + ThreadTrace.PRIMITIVE]);
            out.put(edge + "descendants", ed[b + ThreadTrace.DESCENDANTS]);
            out.put(edge + "active", ed[b + ThreadTrace.ACTIVE]);
        }
        long[] fn = t.functionRows();
        for (int r = 1; r < t.functionRowCount(); r++) {
            int b = r * ThreadTrace.STRIDE;
            String f = "function " + fn[b + ThreadTrace.ID] + " ";
            out.put(f + "primitive", fn[b + ThreadTrace.PRIMITIVE]);
            out.put(f + "descendants", fn[b + ThreadTrace.DESCENDANTS]);
            out.put(f + "active", fn[b + ThreadTrace.ACTIVE]);
        }
        long[] nodes = t.pathRows();
        for (int n = 0; n < t.pathCount(); n++) {
            long key = t.pathKey(n);
            out.put("node " + n + " " + (int) (key >>> 32) + ">" + (int) key, nodes[n * ThreadTrace.STRIDE
                    + ThreadTrace.CALLS]);
        }
        return out;
    }

    /** @return the sum of every edge's own time: every nanosecond of the outermost call, spent in exactly one call */
    private static long ownTimes(ThreadTrace t) {
        long sum = 0;
        for (int e = 0; e < t.edgeCount(); e++) sum += t.edgeRows()[e * ThreadTrace.STRIDE + ThreadTrace.OWN];
        return sum;
    }

    private static void sameCountsEitherWay(String s, boolean dumpAtEnd) {
        List<Probe> probes = script(s);
        ThreadTrace frames = run(probes, false, dumpAtEnd);
        ThreadTrace leaves = run(probes, true, dumpAtEnd);
        assertEquals(counts(frames), counts(leaves), s);
        leaves = folded(leaves.detachedCopy());
        assertEquals(leaves.function(1, ThreadTrace.CUMULATIVE), ownTimes(leaves), "own times add up: " + s);
        ThreadTrace flatFrames = run(probes, false, dumpAtEnd, 0);
        ThreadTrace perSite = folded(run(probes, true, dumpAtEnd, 0).detachedCopy());
        assertEquals(counts(flatFrames), counts(perSite), "per site: " + s);
        assertEquals(perSite.function(1, ThreadTrace.CUMULATIVE), ownTimes(perSite), "own times add up per site: " + s);
    }

    @Test
    void calls_that_do_not_call_back_count_as_frames_would() {
        // 1 calls built-in 10 three times in a loop, and 11 once; 2 (instrumented) calls 10 too
        sameCountsEitherWay("m1 b10 y10 b10 y10 b10 y10 m2 b10 y10 x2 b11 y11 x1", false);
    }

    @Test
    void a_call_that_calls_back_becomes_the_caller_of_what_it_calls() {
        // built-in 10 (a sort) calls back 2 (a comparator) twice, which itself calls built-in 11 each time
        sameCountsEitherWay("m1 b10 m2 b11 y11 x2 m2 b11 y11 x2 y10 x1", false);
    }

    @Test
    void a_built_in_reached_again_through_its_own_call_back_is_not_primitive_there() {
        // 10 calls back 2, which calls 10 again (a leaf, while the outer 10 is open): recursion through a callback
        sameCountsEitherWay("m1 b10 m2 b10 y10 x2 y10 b10 y10 x1", false);
    }

    @Test
    void a_built_in_that_throws_ends_where_its_caller_catches_or_leaves() {
        // 10 throws, caught in 1 (unwind); 11 throws out of 2, whose exit handler runs, then 1 catches that
        sameCountsEitherWay("m1 b10 u1 m2 b11 x2 u1 b12 y12 x1", false);
        // a call back that throws out of the built-in that made it: the built-in's frame is left for 1's handler
        sameCountsEitherWay("m1 b10 m2 x2 u1 b11 y11 x1", false);
    }

    @Test
    void a_dump_in_the_middle_of_a_call_counts_it_as_a_frame_would() {
        sameCountsEitherWay("m1 b10 y10 b11", true); // 11 still in flight: the dump's copy ends it now
        sameCountsEitherWay("m1 b10 m2 b11", true); // a call back and a call inside it in flight
        ThreadTrace live = run(script("m1 b10"), true, false);
        ThreadTrace dumped = live.detachedCopy();
        dumped.closeAll();
        live.exitBuiltin(0, 10); // the thread goes on: its call ends once, in its own counters
        live.exit(1);
        assertEquals(counts(dumped), counts(live));
        // counted per site, the same; and a second settle changes nothing (checkpoints settle the same baseline copy
        // again)
        ThreadTrace flat = run(script("m1 b10 y10 b10"), true, false, 0);
        ThreadTrace copy = flat.detachedCopy();
        copy.closeAll();
        Map<String, Long> once = counts(folded(copy));
        assertEquals(once, counts(folded(copy)));
        flat.exitBuiltin(0, 10);
        flat.exit(1);
        assertEquals(once, counts(flat));
    }

    /**
     * A thread holds the site counts of the functions it called: one whose sites are numbered from 2,000,000 costs it
     * its own three, 48 bytes, not an array up to the highest site.
     */
    @Test
    void a_thread_holds_the_site_counts_of_the_functions_it_called_only() {
        CallSites far = new CallSites();
        far.publish(2_000_000, new long[] {(7L << 32) | 10, (7L << 32) | 11, (7L << 32) | 12});
        ThreadTrace t = new ThreadTrace(Thread.currentThread(), 8, 0, far);
        t.enter(7);
        t.enterBuiltin(11);
        t.exitBuiltin(1, 11);
        t.exit(7);
        assertTrue(t.retainedBytes() < 4_096, t.retainedBytes() + " bytes");
        t.settle();
        assertEquals(1, counts(t).get("edge 7>11 calls"));
    }

    @Test
    void a_finished_thread_with_a_call_in_flight_adds_it_to_the_total() {
        ThreadTrace total = new ThreadTrace("t", -1, 1000, SITES);
        total.add(run(script("m1 b10 y10 b10"), true, false));
        ThreadTrace expected = new ThreadTrace("t", -1, 1000, SITES);
        expected.add(run(script("m1 b10 y10 b10"), false, false));
        assertEquals(counts(expected), counts(total));
        // counted per site: the total adds the finished thread's site counts, and folds them as a thread's
        ThreadTrace flatTotal = new ThreadTrace("t", -1, 0, SITES);
        flatTotal.add(run(script("m1 b10 y10 b10 y10 b11"), true, false, 0));
        flatTotal.add(run(script("m2 b10 y10"), true, false, 0));
        ThreadTrace flatExpected = new ThreadTrace("t", -1, 0, SITES);
        flatExpected.add(run(script("m1 b10 y10 b10 y10 b11"), false, false, 0));
        flatExpected.add(run(script("m2 b10 y10"), false, false, 0));
        assertEquals(counts(flatExpected), counts(folded(flatTotal)));
    }
}
