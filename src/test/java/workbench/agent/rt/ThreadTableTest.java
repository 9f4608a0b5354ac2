package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadTableTest {

    /** The smallest counters: one count, and the thread (none for a total). */
    private static final class Counts extends ThreadCounters {
        long calls;

        Counts(Thread owner, String name, long calls) {
            super(owner, name, -1);
            this.calls = calls;
        }
    }

    private static final class Table extends ThreadTable<Counts> {
        @Override
        Counts newTotal(String name, long id) {
            return new Counts(null, name, 0);
        }

        @Override
        void add(Counts total, Counts finished) {
            total.calls += finished.calls;
        }

        @Override
        Counts copy(Counts t) {
            return new Counts(t.thread, t.foldName, t.calls);
        }

        @Override
        long retainedBytes(Counts t) {
            return 8;
        }
    }

    @Test
    void finished_threads_are_named_by_their_pattern() {
        assertEquals("pool-#-thread-# (finished)", ThreadTable.foldKey("pool-3-thread-117"));
        assertEquals("Thread-# (finished)", ThreadTable.foldKey("Thread-99999"));
        assertEquals("worker (finished)", ThreadTable.foldKey("worker"));
        assertEquals("(unnamed) (finished)", ThreadTable.foldKey(""));
    }

    /** A name without digits per i, so that every i is its own pattern. */
    private static String letters(int i) {
        StringBuilder s = new StringBuilder("worker-");
        for (char c : Integer.toString(i, 26).toCharArray()) s.append((char) ('a' + Character.digit(c, 26)));
        return s.toString();
    }

    @Test
    void names_beyond_the_cap_share_one_total_and_every_count_is_kept() throws InterruptedException {
        Table table = new Table();
        int patterns = 150;
        long sum = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < patterns; i++) {
                Thread t = new Thread(() -> { }, letters(i) + "-" + round);
                t.start();
                t.join();
                table.register(new Counts(t, null, i + 1));
                sum += i + 1;
            }
        }
        long total = 0;
        List<String> totals = new ArrayList<>();
        for (Counts c : table.all()) {
            total += c.calls;
            if (c.thread() == null) totals.add(c.name());
        }
        assertEquals(sum, total, "every count is kept, folded or not");
        assertEquals(ThreadTable.MAX_FINISHED, totals.size(), "totals: " + totals);
        assertEquals(ThreadTable.OTHER_FINISHED, totals.get(totals.size() - 1));
        assertTrue(totals.contains("worker-a-# (finished)"), "round digits fold: " + totals);
        assertTrue(table.all().size() < 2 * patterns, table.all().size() + " kept");
    }
}
