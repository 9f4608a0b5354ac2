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
        ThreadTrace live = new ThreadTrace(Thread.currentThread(), 8);
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
}
