package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineCountersTest {

    @Test
    void ten_thousand_short_threads_keep_every_hit_and_few_arrays() throws InterruptedException {
        int table = LineCounters.registerTable("test/Fold", "run", "()V", "test/Fold.java", 10, 3);
        int threads = 10_000;
        int k = 3;
        int before = LineCounters.arrayCount();
        for (int i = 0; i < threads; i += 20) {
            Thread[] batch = new Thread[20];
            for (int j = 0; j < batch.length; j++) {
                batch[j] = new Thread(() -> {
                    for (int c = 0; c < k; c++) {
                        long[] a = LineCounters.enterTimed(table, 0);
                        LineCounters.line(a, 2);
                        LineCounters.exit(a);
                    }
                });
                batch[j].start();
            }
            for (Thread t : batch) t.join();
        }
        LineCounters.Snapshot s = LineCounters.snapshot().get(table);
        assertEquals((long) threads * k, s.hits[0], "every hit survives folding");
        assertEquals((long) threads * k, s.hits[2]);
        assertEquals((long) threads * k, s.timedIntervals[0]);
        assertEquals((long) threads * k, s.timedIntervals[2]);
        int kept = LineCounters.arrayCount() - before;
        assertTrue(kept <= 2 * 20 + 64 + 1, kept + " arrays kept: the finished threads' are folded");
    }
}
