package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
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
        Table() {
            super(new Counts[ThreadTable.SLOTS + 1]);
        }

        @Override
        Counts newThread(Thread thread) {
            return new Counts(thread, null, 0);
        }

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
        long threads = 0;
        List<String> totals = new ArrayList<>();
        for (Counts c : table.all()) {
            total += c.calls;
            threads += c.threadCount();
            if (c.thread() == null) totals.add(c.name());
        }
        assertEquals(sum, total, "every count is kept, folded or not");
        assertEquals(2 * patterns, threads, "every thread is counted, folded or not");
        assertEquals(ThreadTable.MAX_FINISHED, totals.size(), "totals: " + totals);
        assertEquals(ThreadTable.OTHER_FINISHED, totals.get(totals.size() - 1));
        assertTrue(totals.contains("worker-a-# (finished)"), "round digits fold: " + totals);
        assertTrue(table.all().size() < 2 * patterns, table.all().size() + " kept");
    }

    /** The probes' lookup: the slot when it holds the thread's own counters, else the table's thread local. */
    private static Counts lookup(Table table) {
        Thread self = Thread.currentThread();
        Counts inSlot = table.slots[ThreadTable.slot(self)];
        return inSlot.thread == self ? inSlot : table.current(self);
    }

    /** Threads whose ids share a slot take turns in it, and each only ever gets its own counters. */
    @Test
    void threads_sharing_a_slot_each_find_their_own_counters() throws Exception {
        Table table = new Table();
        Semaphore[] turn = {new Semaphore(1), new Semaphore(0)};
        List<List<Counts>> seen = List.of(new ArrayList<>(), new ArrayList<>());
        List<Thread> sharing = new ArrayList<>();
        while (sharing.size() < 2) { // ids are dense: two of at most SLOTS + 1 new threads share a slot
            int k = sharing.size();
            Thread t = new Thread(() -> {
                for (int round = 0; round < 3; round++) {
                    turn[k].acquireUninterruptibly();
                    seen.get(k).add(lookup(table));
                    turn[1 - k].release();
                }
            });
            if (sharing.isEmpty() || ThreadTable.slot(t) == ThreadTable.slot(sharing.get(0))) sharing.add(t);
        }
        for (Thread t : sharing) t.start();
        for (Thread t : sharing) t.join();
        for (int k = 0; k < 2; k++) {
            List<Counts> own = seen.get(k);
            assertEquals(3, own.size());
            for (Counts c : own) {
                assertSame(sharing.get(k), c.thread(), "thread " + k + " got another's counters");
                assertSame(own.get(0), c, "thread " + k + " got new counters on a later turn");
            }
        }
        assertEquals(2, table.all().size(), "one counters per thread");
    }
}
