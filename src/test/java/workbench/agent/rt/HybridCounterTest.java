package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HybridCounterTest {

    /** Function ids and a call site no other test uses, so that other tests' threads do not count. */
    private static final int ID = 4_322;
    private static final int BUILTIN = 4_323;
    private static final int SITE = 700;

    /**
     * Each thread calls {@link #ID} K times; each of those calls a built-in through call site {@link #SITE}, which
     * calls {@link #ID} back: so there are edges from the root and from the built-in, recursion (the callback is not
     * primitive) and a call site, all of which must survive folding exactly.
     */
    @Test
    void ten_thousand_short_threads_keep_every_call_and_few_counts() throws InterruptedException {
        CallSites.PUBLISHED.publish(SITE, new long[] {((long) ID << 32) | BUILTIN});
        int threads = 10_000;
        int k = 3;
        for (int i = 0; i < threads; i += 20) {
            Thread[] batch = new Thread[20];
            for (int j = 0; j < batch.length; j++) {
                batch[j] = new Thread(() -> {
                    for (int c = 0; c < k; c++) {
                        HybridThreadCounts t = HybridThreadCounts.enter(ID);
                        t.site = SITE; // what the rewriter puts in front of a call into the JDK
                        t.sites[ID][0]++; // SITE is ID's first and only site
                        HybridThreadCounts.enter(ID).exit(ID); // the built-in calls back
                        t.exit(ID);
                    }
                }, "fold-count-" + (i + j));
                batch[j].start();
            }
            for (Thread t : batch) t.join();
        }
        long fromRoot = 0;
        long fromRootPrimitive = 0;
        long fromBuiltin = 0;
        long fromBuiltinPrimitive = 0;
        long primitive = 0;
        long sites = 0;
        long sitesNotPrimitive = 0;
        int holding = 0;
        boolean total = false;
        for (HybridThreadCounts t : HybridCounter.threads()) {
            long before = fromRoot + fromBuiltin;
            for (int e = 0; e < t.edgeCount(); e++) {
                long key = t.edgeKey(e);
                if ((int) key != ID) continue;
                if ((int) (key >>> 32) == ThreadTrace.ROOT) {
                    fromRoot += t.edgeCalls(e);
                    fromRootPrimitive += t.edgePrimitiveCalls(e);
                } else if ((int) (key >>> 32) == BUILTIN) {
                    fromBuiltin += t.edgeCalls(e);
                    fromBuiltinPrimitive += t.edgePrimitiveCalls(e);
                }
            }
            primitive += t.primitiveCalls(ID);
            sites += t.siteCalls(SITE);
            sitesNotPrimitive += t.siteNotPrimitive(SITE);
            if (fromRoot + fromBuiltin > before) holding++;
            if (t.name().equals("fold-count-# (finished)")) {
                total = true;
                assertTrue(t.threadId() < 0, "a total has an id no thread has: " + t.threadId());
                assertTrue(t.siteCalls(SITE) >= (long) (threads - 2 * 20 - 64) * k, t.siteCalls(SITE) + " in the total");
            }
        }
        long calls = (long) threads * k;
        assertEquals(calls, fromRoot, "calls from the root survive folding");
        assertEquals(calls, fromRootPrimitive);
        assertEquals(calls, fromBuiltin, "callbacks from the built-in survive folding");
        assertEquals(calls, fromBuiltinPrimitive, "the edge from the built-in was never active twice");
        assertEquals(calls, primitive, "the callback is not a primitive call of the function");
        assertEquals(calls, sites, "every call at the site survives folding");
        assertEquals(0, sitesNotPrimitive, "the built-in was never active when called");
        assertTrue(total, "the finished threads are one total by name");
        assertTrue(holding <= 2 * 20 + 64 + 1, holding + " counts hold the calls: the finished threads' are folded");
        assertTrue(HybridCounter.threads().size() < 1_000, HybridCounter.threads().size() + " counts kept");
        // per thread kept: a few small arrays, the id index and the site counts' array by id (4 B each per id up to
        // the highest called, doubling: this test's ids are high on purpose), the called functions' site counts, and,
        // as the built-in calls back, the not-primitive counts by site (16 B per site up to the highest, doubling)
        long perCount = 8 * 1024 + 2 * (2 * 4L * (BUILTIN + 1)) + 2 * 16L * (SITE + 1);
        assertTrue(HybridCounter.retainedBytes() <= HybridCounter.threads().size() * perCount,
                HybridCounter.retainedBytes() + " bytes in " + HybridCounter.threads().size() + " counts");
    }
}
