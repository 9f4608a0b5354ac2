package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreadTraceTest {

    /** @return a settled copy of the trace: its figures as the dump reads them, the trace's own counters left alone */
    private static ThreadTrace settled(ThreadTrace t) {
        return t.detachedCopy().settle();
    }

    private static long calls(ThreadTrace t, int callee) {
        long n = 0;
        for (int e = 0; e < t.edgeCount(); e++) {
            if ((int) t.edgeKey(e) == callee) n += t.edgeRows()[e * ThreadTrace.STRIDE + ThreadTrace.CALLS];
        }
        return n;
    }

    @Test
    void the_dump_closes_open_frames_in_a_copy_and_leaves_the_running_thread_alone() {
        ThreadTrace live = new ThreadTrace(Thread.currentThread(), 8, 0);
        live.enter(1);
        live.enter(2);
        live.exit(2);
        live.enter(3); // still open when the dump comes

        ThreadTrace dumped = live.detachedCopy();
        dumped.closeAll();
        assertEquals(0, dumped.function(3, ThreadTrace.ACTIVE));
        assertEquals(1, live.function(3, ThreadTrace.ACTIVE));

        live.exit(3); // the thread goes on: its own frames close once, as they would without the dump
        live.exit(1);
        assertEquals(0, live.function(1, ThreadTrace.ACTIVE));
        assertEquals(1, calls(live, 3));
        assertEquals(1, calls(dumped, 3));
        assertEquals(1, settled(live).function(1, ThreadTrace.PRIMITIVE));
    }

    /** @return a settled trace's column of edge caller to callee */
    private static long edge(ThreadTrace t, int caller, int callee, int column) {
        for (int e = 0; e < t.edgeCount(); e++) {
            if (t.edgeKey(e) == ((long) caller << 32 | callee)) return t.edgeRows()[e * ThreadTrace.STRIDE + column];
        }
        throw new AssertionError("no edge " + caller + ">" + callee);
    }

    /**
     * Recursion through another function: B (from A) calls C, which calls B again (not the function's outermost call,
     * but the edge C to B's), which calls C again, which calls B (neither's). Primitive calls, descendants and
     * cumulative times per edge and per function, as cProfile has them: a function's are its outermost calls'.
     */
    @Test
    void recursion_through_another_function_counts_each_edges_outermost_calls_apart_from_the_functions() {
        ThreadTrace live = new ThreadTrace(Thread.currentThread(), 8, 0);
        int a = 1, b = 2, c = 3;
        for (int id : new int[] {a, b, c, b, c, b}) live.enter(id);
        for (int id : new int[] {b, c, b, c, b, a}) live.exit(id);
        ThreadTrace t = settled(live);
        assertEquals(java.util.List.of(1L, 1L, 4L), java.util.List.of(edge(t, a, b, ThreadTrace.CALLS),
                edge(t, a, b, ThreadTrace.PRIMITIVE), edge(t, a, b, ThreadTrace.DESCENDANTS)), "A>B");
        assertEquals(java.util.List.of(2L, 1L, 3L), java.util.List.of(edge(t, b, c, ThreadTrace.CALLS),
                edge(t, b, c, ThreadTrace.PRIMITIVE), edge(t, b, c, ThreadTrace.DESCENDANTS)), "B>C");
        assertEquals(java.util.List.of(2L, 1L, 2L), java.util.List.of(edge(t, c, b, ThreadTrace.CALLS),
                edge(t, c, b, ThreadTrace.PRIMITIVE), edge(t, c, b, ThreadTrace.DESCENDANTS)), "C>B");
        assertEquals(1, t.function(b, ThreadTrace.PRIMITIVE));
        assertEquals(4, t.function(b, ThreadTrace.DESCENDANTS));
        assertEquals(1, t.function(c, ThreadTrace.PRIMITIVE));
        assertEquals(3, t.function(c, ThreadTrace.DESCENDANTS));
        long outerB = edge(t, a, b, ThreadTrace.CUMULATIVE);
        long outerC = edge(t, b, c, ThreadTrace.CUMULATIVE);
        long innerB = edge(t, c, b, ThreadTrace.CUMULATIVE);
        assertEquals(outerB, t.function(b, ThreadTrace.CUMULATIVE), "B's time is its outermost call's");
        assertEquals(outerC, t.function(c, ThreadTrace.CUMULATIVE), "C's time is its outermost call's");
        assertTrue(innerB >= 0 && innerB <= outerC && outerC <= outerB, innerB + " <= " + outerC + " <= " + outerB);
        assertEquals(0, live.function(b, ThreadTrace.ACTIVE));
    }

    /**
     * A copy of a thread that goes on calling while it is taken (attach, a checkpoint, a timeout) reads its rows one
     * after another, many calls apart; the primitive calls it settles to must not be a difference across rows. A
     * recursion called from the root only: its primitive calls are its root edge's calls, in every copy.
     */
    @Test
    void a_copy_taken_while_its_thread_recurses_settles_to_primitive_calls_its_rows_agree_on() throws Exception {
        ThreadTrace[] trace = new ThreadTrace[1];
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread worker = new Thread(() -> {
            ThreadTrace t = new ThreadTrace(Thread.currentThread(), 8, 0);
            trace[0] = t;
            do { // deep, so that a copy of its frames takes long enough for thousands of calls
                for (int d = 0; d < 5000; d++) t.enter(1);
                for (int d = 0; d < 5000; d++) t.exit(1);
                started.countDown(); // once its rows exist
            } while (!stop.get());
        });
        worker.start();
        started.await();
        // A copy of one row can be torn too, by a call or two, or by more if the copying thread loses its core between
        // the row's columns: rare, so a few copies in 300 may be off, where a difference across rows puts most off.
        java.util.List<String> off = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                ThreadTrace copy = trace[0].detachedCopy();
                copy.closeAll();
                copy.settle();
                long rootCalls = edge(copy, ThreadTrace.ROOT, 1, ThreadTrace.CALLS);
                long primitive = copy.function(1, ThreadTrace.PRIMITIVE);
                if (Math.abs(primitive - rootCalls) > 2) off.add(primitive + " primitive/" + rootCalls + " from the root");
            }
        } finally {
            stop.set(true);
            worker.join();
        }
        assertTrue(off.size() <= 3, off.size() + " copies of 300 off: " + off.subList(0, Math.min(5, off.size())));
    }

    /** The nodes as "parent>function=calls", parent -1 for the root and -2 for the limit's marker. */
    private static java.util.List<String> nodes(ThreadTrace t) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int n = 0; n < t.pathCount(); n++) {
            long key = t.pathKey(n);
            int parent = (int) (key >>> 32);
            int p = parent == ThreadTrace.ROOT ? -1 : parent == ThreadTrace.TRUNCATED ? -2 : parent;
            out.add(p + ">" + (int) key + "=" + t.pathRows()[n * ThreadTrace.STRIDE + ThreadTrace.CALLS]);
        }
        return out;
    }

    @Test
    void a_node_per_call_path_with_its_exact_calls_and_one_per_recursion_depth() {
        ThreadTrace t = new ThreadTrace(Thread.currentThread(), 8, 100);
        t.enter(1);
        for (int i = 0; i < 5; i++) {
            t.enter(2);
            t.enter(3);
            t.exit(3);
            t.exit(2);
            t.enter(3);
            t.exit(3);
        }
        t.enter(4);
        t.enter(4);
        t.enter(4);
        t.exit(4);
        t.exit(4);
        t.exit(4);
        t.exit(1);
        // 1; 1;2; 1;2;3; 1;3; then 4 at three depths
        assertEquals(java.util.List.of("-1>1=1", "0>2=5", "1>3=5", "0>3=5", "0>4=1", "4>4=1", "5>4=1"), nodes(t));
        long own = 0;
        for (int n = 0; n < t.pathCount(); n++) {
            if ((int) t.pathKey(n) == 3) own += t.pathRows()[n * ThreadTrace.STRIDE + ThreadTrace.OWN];
        }
        assertEquals(t.ownTime(3), own, "a function's own time is the sum over its nodes, to the nanosecond");
    }

    @Test
    void past_the_limit_calls_go_under_the_marker_one_node_per_function_and_still_add_up() {
        ThreadTrace t = new ThreadTrace(Thread.currentThread(), 8, 3);
        for (int rep = 0; rep < 2; rep++) {
            t.enter(1);
            for (int depth = 0; depth < 6; depth++) t.enter(2); // a recursion deeper than the limit
            t.enter(3);
            t.exit(3);
            for (int depth = 0; depth < 6; depth++) t.exit(2);
            t.exit(1);
        }
        assertEquals(java.util.List.of("-1>1=2", "0>2=2", "1>2=2", "-2>2=8", "-2>3=2"), nodes(t));
        assertEquals(12, calls(t, 2));
    }

    @Test
    void paths_deeper_than_the_depth_bound_go_under_the_marker() {
        ThreadTrace t = new ThreadTrace(Thread.currentThread(), 8, 100_000);
        int depth = ThreadTrace.MAX_DEPTH + 100;
        for (int d = 0; d < depth; d++) t.enter(1);
        for (int d = 0; d < depth; d++) t.exit(1);
        assertEquals(ThreadTrace.MAX_DEPTH + 1, t.pathCount(), "a node per depth up to the bound, then one marker node");
        long key = t.pathKey(ThreadTrace.MAX_DEPTH);
        assertEquals(ThreadTrace.TRUNCATED, (int) (key >>> 32));
        assertEquals(100, t.pathRows()[ThreadTrace.MAX_DEPTH * ThreadTrace.STRIDE + ThreadTrace.CALLS]);
        assertEquals(depth, calls(t, 1));
    }

    @Test
    void a_thread_holds_rows_only_for_the_functions_it_called() {
        ThreadTrace t = new ThreadTrace(Thread.currentThread(), 10_000, 0);
        for (int id : new int[] {9_999, 5, 5_000, 17, 42}) {
            t.enter(id);
            t.exit(id);
        }
        assertEquals(1 + 5, t.functionRowCount(), "five rows (row 0 is unused), not 10,000");
        assertEquals(1, settled(t).function(9_999, ThreadTrace.PRIMITIVE));
        assertEquals(0, settled(t).function(6, ThreadTrace.PRIMITIVE), "a function never called has no row");
        // the index to the rows costs 4 bytes per id up to the highest called; the rows, 64 bytes per function called
        assertTrue(t.retainedBytes() < 10_000 * 4 + 4_096, t.retainedBytes() + " bytes");
    }

    @Test
    void a_finished_thread_adds_into_a_total_call_for_call_and_path_for_path() {
        ThreadTrace total = new ThreadTrace("t", -1, 4);
        for (int rep = 0; rep < 3; rep++) {
            ThreadTrace t = new ThreadTrace(Thread.currentThread(), 8, 4);
            t.enter(1);
            t.enter(2);
            t.exit(2);
            t.enter(3);
            t.enter(2);
            t.exit(2);
            t.exit(3);
            if (rep == 2) { // a path this thread alone took, past the total's node limit of 4
                t.enter(4);
                t.exit(4);
            }
            t.exit(1);
            total.add(t);
        }
        assertEquals(6, calls(total, 2));
        assertEquals(3, calls(total, 1));
        assertEquals(3, settled(total).function(2, ThreadTrace.PRIMITIVE) / 2);
        assertEquals(java.util.List.of("-1>1=3", "0>2=3", "0>3=3", "2>2=3", "-2>4=1"), nodes(total));
        assertEquals(4, total.edgeCount() - 1, "1>2, 1>3, 3>2, 1>4 and the root edge into 1");
    }

    @Test
    void open_frames_of_a_thread_that_died_inside_a_call_are_closed_when_it_is_added() {
        ThreadTrace total = new ThreadTrace("t", -1, 0);
        ThreadTrace t = new ThreadTrace(Thread.currentThread(), 8, 0);
        t.enter(1);
        t.enter(2);
        total.add(t);
        assertEquals(0, total.function(2, ThreadTrace.ACTIVE));
        assertEquals(1, settled(total).function(1, ThreadTrace.PRIMITIVE));
        assertEquals(1, calls(total, 2));
    }
}
