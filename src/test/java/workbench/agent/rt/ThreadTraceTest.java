package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThreadTraceTest {

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
        assertEquals(0, dumped.functionRows()[3 * ThreadTrace.STRIDE + ThreadTrace.ACTIVE]);
        assertEquals(1, live.functionRows()[3 * ThreadTrace.STRIDE + ThreadTrace.ACTIVE]);

        live.exit(3); // the thread goes on: its own frames close once, as they would without the dump
        live.exit(1);
        assertEquals(0, live.functionRows()[1 * ThreadTrace.STRIDE + ThreadTrace.ACTIVE]);
        assertEquals(1, calls(live, 3));
        assertEquals(1, calls(dumped, 3));
        assertEquals(1, live.functionRows()[1 * ThreadTrace.STRIDE + ThreadTrace.PRIMITIVE]);
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
}
