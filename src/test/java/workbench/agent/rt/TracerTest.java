package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TracerTest {

    /** A function id no other test uses, so that the traces of other tests' threads do not count. */
    private static final int ID = 4_321;

    @Test
    void ten_thousand_short_threads_keep_every_call_and_few_traces() throws InterruptedException {
        int threads = 10_000;
        int k = 3;
        for (int i = 0; i < threads; i += 20) {
            Thread[] batch = new Thread[20];
            for (int j = 0; j < batch.length; j++) {
                batch[j] = new Thread(() -> {
                    for (int c = 0; c < k; c++) Tracer.enter(ID).exit(ID);
                }, "fold-test-" + (i + j));
                batch[j].start();
            }
            for (Thread t : batch) t.join();
        }
        long calls = 0;
        int withId = 0;
        for (ThreadTrace t : Tracer.traces()) {
            long c = t.detachedCopy().settle().function(ID, ThreadTrace.PRIMITIVE);
            calls += c;
            if (c > 0) withId++;
        }
        assertEquals((long) threads * k, calls, "every call survives folding");
        assertTrue(withId <= 2 * 20 + 64 + 1, withId + " traces hold the calls: the finished threads' are folded");
        assertTrue(Tracer.traces().size() < 1_000, Tracer.traces().size() + " traces kept");
    }
}
