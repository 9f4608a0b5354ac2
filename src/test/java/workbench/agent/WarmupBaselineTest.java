package workbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import workbench.agent.rt.Baseline;
import workbench.agent.rt.ThreadTrace;
import workbench.agent.rt.Tracer;
import workbench.trace.TraceBaseline;
import workbench.trace.TraceData;

/**
 * The warm-up baseline on the real runtime: a thread's calls traced probe for probe as instrumented code makes them,
 * the baseline taken where the boundary's method starts its second run, and what the dump writes after it, exactly.
 */
class WarmupBaselineTest {

    // ids no other test uses, so that other tests' threads do not matter
    private static final int MAIN = 5_001;
    private static final int RUN = 5_002;
    private static final int F = 5_003;
    private static final int COLD = 5_004;
    private static final int IDS = 6_000;

    /**
     * main (left open to the dump, and open at the boundary) runs 4 runs; the first is the warm-up. Each run calls F
     * recursively 3 deep; only the warm-up calls COLD (a cache filled on the first call).
     */
    private static void program() {
        ThreadTrace t = Tracer.enter(MAIN);
        for (int r = 0; r < 4; r++) {
            Baseline.runStarts(); // what the boundary instrumenter puts before the run method's enter probe
            ThreadTrace run = Tracer.enter(RUN);
            if (r == 0) Tracer.enter(COLD).exit(COLD);
            Tracer.enter(F);
            Tracer.enter(F);
            Tracer.enter(F).exit(F);
            run.exit(F);
            run.exit(F);
            run.exit(RUN);
        }
        assertNotNull(t);
    }

    @Test
    void the_dump_after_the_boundary_holds_exactly_the_measured_runs() throws InterruptedException {
        AtomicReference<ThreadTrace> end = new AtomicReference<>();
        AtomicReference<Thread> self = new AtomicReference<>();
        Baseline.arm(1);
        Tracer.maxPaths(1000);
        Thread thread = new Thread(() -> {
            self.set(Thread.currentThread());
            program();
        }, "warmup-baseline-test");
        try {
            thread.start();
            thread.join();
        } finally {
            Tracer.maxPaths(0);
        }
        for (ThreadTrace t : Tracer.traces()) if (t.thread() == self.get()) end.set(t.detachedCopy());
        ThreadTrace base = null;
        for (ThreadTrace t : Baseline.taken()) if (t.thread() == self.get()) base = t;
        assertNotNull(base, "the baseline holds the thread");
        ThreadTrace last = end.get();
        last.closeAll(); // main is still open at the dump, as after System.exit
        TraceData.ThreadData after = TraceBaseline.since(TraceMode.threadData(last, IDS),
                TraceMode.threadData(base, IDS));

        assertNull(function(after, COLD), "the warm-up's cold call is left out");
        TraceData.Counts run = function(after, RUN);
        assertEquals(3, run.calls());
        assertEquals(3, run.primitive());
        TraceData.Counts f = function(after, F);
        assertEquals(9, f.calls(), "3 runs x 3 deep");
        assertEquals(3, f.primitive(), "one outermost call per run");
        TraceData.Counts main = function(after, MAIN);
        assertEquals(0, main.calls(), "main was called before the boundary");
        assertEquals(0, main.primitive());
        assertEquals(12, main.descendants(), "the calls under main after the boundary: 3 runs + 9 of F");
        assertTrue(main.cumulative() >= run.cumulative(), "main's time after the boundary holds the runs'");
        assertEquals(3, main.children(), "main's direct calls after the boundary");

        assertEquals(3, edge(after, MAIN, RUN).calls());
        assertEquals(3, edge(after, RUN, F).calls());
        TraceData.Counts recursion = edge(after, F, F);
        assertEquals(6, recursion.calls());
        assertEquals(3, recursion.primitive());
        assertTrue(after.edges().stream().noneMatch(e -> e.callee() == COLD), "no edge into the cold call");

        List<TraceData.PathNode> nodes = after.nodes();
        assertEquals(List.of(MAIN, RUN, F, F, F), nodes.stream().map(TraceData.PathNode::function).toList(),
                "the cold call's node is gone, the path from main to the deepest F stays");
        assertEquals(List.of(0L, 3L, 3L, 3L, 3L), nodes.stream().map(TraceData.PathNode::calls).toList());
        assertEquals(List.of(TraceData.PathNode.ROOT, 0, 1, 2, 3),
                nodes.stream().map(TraceData.PathNode::parent).toList());
        assertTrue(nodes.get(0).own() > 0, "main's own time after the boundary is kept");
    }

    @Test
    void no_baseline_before_the_boundary_is_reached() {
        Baseline.arm(5);
        Baseline.runStarts();
        Baseline.runStarts();
        assertNull(Baseline.taken(), "two runs started of the five left out");
        assertEquals(2, Baseline.starts());
    }

    private static TraceData.Counts function(TraceData.ThreadData t, int id) {
        return t.functions().stream().filter(f -> f.id() == id).map(TraceData.FunctionCounts::counts).findFirst()
                .orElse(null);
    }

    private static TraceData.Counts edge(TraceData.ThreadData t, int caller, int callee) {
        return t.edges().stream().filter(e -> e.caller() == caller && e.callee() == callee)
                .map(TraceData.EdgeCounts::counts).findFirst().orElseThrow();
    }
}
