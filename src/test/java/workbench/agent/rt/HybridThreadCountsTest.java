package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The hybrid runtime against the timed trace, on the same random programs: every edge's calls and primitive
 * calls, and every function's primitive calls, must be equal. The programs are what the rewriter makes of real
 * code, probe for probe: direct calls, calls into built-ins that call back (once, many times, recursively through
 * the same built-in), recursion, exceptions out of built-ins and callbacks caught at every level.
 */
class HybridThreadCountsTest {

    /** Ids and sites no other test of this runtime uses (its site table is one per JVM), kept low: the totals of
     * finished threads hold arrays up to the highest id and site, which {@code HybridCounterTest} bounds. */
    private static final int F0 = 4_000;
    private static final int FUNCTIONS = 4;
    private static final int B0 = 4_010;
    private static final int BUILTINS = 3;
    private static final int SITES_PER_FUNCTION = 3;
    private static final int S0 = 500;

    static {
        int n = FUNCTIONS * SITES_PER_FUNCTION;
        long[] sites = new long[n];
        for (int s = 0; s < n; s++) sites[s] = ((long) (F0 + s / SITES_PER_FUNCTION) << 32) | calleeOf(S0 + s);
        CallSites.PUBLISHED.publish(S0, sites);
    }

    private static int site(int f, int j) {
        return S0 + (f - F0) * SITES_PER_FUNCTION + j;
    }

    private static int calleeOf(int site) {
        int s = site - S0;
        return B0 + (s * 7 + s / SITES_PER_FUNCTION) % BUILTINS;
    }

    /** Thrown by the programs; caught by the handlers they have. */
    private static final class Thrown extends RuntimeException {
        Thrown() {
            super(null, null, false, false);
        }
    }

    /** The probes a rewritten method runs, for one runtime or the other. */
    private interface Probes {
        void enter(int f);

        void exit(int f);

        void unwind(int f);

        void beforeDirectCall();

        void beforeBuiltin(int site);

        void afterBuiltin(int site);
    }

    private static final class Timed implements Probes {
        final ThreadTrace t = new ThreadTrace(Thread.currentThread(), 64, 0);

        public void enter(int f) {
            t.enter(f);
        }

        public void exit(int f) {
            t.exit(f);
        }

        public void unwind(int f) {
            t.unwind(f);
        }

        public void beforeDirectCall() {
        }

        public void beforeBuiltin(int site) {
            t.enter(calleeOf(site));
        }

        public void afterBuiltin(int site) {
            t.exit(calleeOf(site));
        }
    }

    /** The hybrid probes, as the rewriter emits them (its runtime finds the current thread's counts). */
    private static final class Counted implements Probes {
        HybridThreadCounts t;

        public void enter(int f) {
            t = HybridThreadCounts.enter(f);
        }

        public void exit(int f) {
            t.exit(f);
        }

        public void unwind(int f) {
            t.unwind(f);
        }

        public void beforeDirectCall() {
            t.site = HybridThreadCounts.DIRECT;
        }

        public void beforeBuiltin(int site) {
            t.site = site;
            int s = site - S0; // the running function's site, counted in its own array as its code counts it
            t.sites[F0 + s / SITES_PER_FUNCTION][s % SITES_PER_FUNCTION]++;
        }

        public void afterBuiltin(int site) {
            // nothing runs after a call into the JDK
        }
    }

    /** One random program, run the same way (same seed, same decisions) against either runtime. */
    private static final class Program {
        private final Random random;
        private final Probes p;
        private int steps;

        Program(long seed, Probes p) {
            this.random = new Random(seed);
            this.p = p;
        }

        /** An instrumented method: its enter, a body, its exit on return and on a throw (the catch-all). */
        void method(int f, int depth) {
            p.enter(f);
            try {
                body(f, depth);
                p.exit(f);
            } catch (Thrown x) {
                p.exit(f);
                throw x;
            }
        }

        private void body(int f, int depth) {
            int actions = depth > 5 || steps > 400 ? 0 : random.nextInt(4);
            for (int a = 0; a < actions; a++) {
                steps++;
                int what = random.nextInt(10);
                if (what < 3) {
                    p.beforeDirectCall();
                    method(F0 + random.nextInt(FUNCTIONS), depth + 1);
                } else if (what < 8) {
                    builtinCall(f, depth);
                } else if (what < 9) {
                    try {
                        body(f, depth + 1); // a try block in the same method
                    } catch (Thrown x) {
                        p.unwind(f);
                    }
                } else if (random.nextInt(3) == 0) {
                    throw new Thrown();
                }
            }
        }

        private void builtinCall(int f, int depth) {
            int site = site(f, random.nextInt(SITES_PER_FUNCTION));
            p.beforeBuiltin(site);
            // the built-in: calls back some instrumented methods, may catch what they throw, may throw itself
            int callbacks = depth > 5 ? 0 : random.nextInt(3);
            for (int c = 0; c < callbacks; c++) {
                try {
                    method(F0 + random.nextInt(FUNCTIONS), depth + 1);
                } catch (Thrown x) {
                    if (random.nextBoolean()) throw x;
                }
            }
            if (random.nextInt(12) == 0) throw new Thrown();
            p.afterBuiltin(site);
        }
    }

    /** "caller>callee" to "calls/primitive", built-ins' edges included. */
    private static Map<String, String> edges(ThreadTrace trace) {
        ThreadTrace t = trace.detachedCopy().settle();
        Map<String, String> out = new TreeMap<>();
        long[] ed = t.edgeRows();
        for (int e = 0; e < t.edgeCount(); e++) {
            long key = t.edgeKey(e);
            int b = e * ThreadTrace.STRIDE;
            if (ed[b + ThreadTrace.CALLS] == 0) continue;
            out.put((int) (key >>> 32) + ">" + (int) key, ed[b + ThreadTrace.CALLS] + "/" + ed[b + ThreadTrace.PRIMITIVE]);
        }
        return out;
    }

    private static Map<String, String> edges(HybridThreadCounts t) {
        Map<String, long[]> sum = new TreeMap<>();
        for (int e = 0; e < t.edgeCount(); e++) {
            long key = t.edgeKey(e);
            long[] c = sum.computeIfAbsent((int) (key >>> 32) + ">" + (int) key, k -> new long[2]);
            c[0] += t.edgeCalls(e);
            c[1] += t.edgePrimitiveCalls(e);
        }
        for (int s = S0; s < S0 + FUNCTIONS * SITES_PER_FUNCTION; s++) {
            long calls = t.siteCalls(s);
            if (calls == 0) continue;
            long[] c = sum.computeIfAbsent((F0 + (s - S0) / SITES_PER_FUNCTION) + ">" + calleeOf(s), k -> new long[2]);
            c[0] += calls;
            c[1] += calls - t.siteEdgeNotPrimitive(s);
        }
        Map<String, String> out = new TreeMap<>();
        sum.forEach((k, c) -> {
            if (c[0] != 0) out.put(k, c[0] + "/" + c[1]);
        });
        return out;
    }

    private static Map<Integer, Long> primitive(ThreadTrace trace) {
        ThreadTrace t = trace.detachedCopy().settle();
        Map<Integer, Long> out = new TreeMap<>();
        for (int id = F0; id < B0 + BUILTINS; id++) {
            long n = t.function(id, ThreadTrace.PRIMITIVE);
            if (n != 0) out.put(id, n);
        }
        return out;
    }

    private static Map<Integer, Long> primitive(HybridThreadCounts t) {
        Map<Integer, Long> out = new TreeMap<>();
        for (int id = F0; id < F0 + FUNCTIONS; id++) {
            if (t.primitiveCalls(id) != 0) out.put(id, t.primitiveCalls(id));
        }
        for (int s = S0; s < S0 + FUNCTIONS * SITES_PER_FUNCTION; s++) {
            long n = t.siteCalls(s) - t.siteNotPrimitive(s);
            if (n != 0) out.merge(calleeOf(s), n, Long::sum);
        }
        return out;
    }

    private static void run(long seed, Probes p) {
        Program program = new Program(seed, p);
        for (int i = 0; i < 5; i++) {
            try {
                program.method(F0 + i % FUNCTIONS, 0);
            } catch (Thrown x) {
                // out of the root, as out of a thread's run()
            }
        }
    }

    /** Runs the program on a thread of its own, so that the hybrid runtime starts from nothing. */
    private static <P extends Probes> P onNewThread(java.util.function.Supplier<P> probes, long seed) {
        Object[] out = new Object[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread thread = new Thread(() -> {
            try {
                P p = probes.get();
                run(seed, p);
                out[0] = p;
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        });
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (failed[0] != null) throw failed[0];
        @SuppressWarnings("unchecked")
        P p = (P) out[0];
        return p;
    }

    @Test
    void counts_equal_the_timed_trace_on_random_programs_with_callbacks_recursion_and_exceptions() {
        int recursiveBuiltins = 0;
        for (long seed = 1; seed <= 3_000; seed++) {
            Timed timed = onNewThread(Timed::new, seed);
            Counted counted = onNewThread(Counted::new, seed);
            assertEquals(edges(timed.t), edges(counted.t), "edges, program " + seed);
            assertEquals(primitive(timed.t), primitive(counted.t), "primitive calls, program " + seed);
            for (int s = S0; s < S0 + FUNCTIONS * SITES_PER_FUNCTION; s++) {
                if (counted.t.siteNotPrimitive(s) > 0) recursiveBuiltins++;
            }
        }
        // the programs did exercise calls into a built-in already on the stack
        assertTrue(recursiveBuiltins > 100, recursiveBuiltins + " programs called a built-in recursively");
    }

    /**
     * A thread holds the site counts of the functions it called: one whose sites are numbered from 2,000,000 costs it
     * its own two, not an array up to the highest site (16 MB here, as the counts were kept by site id before).
     */
    @Test
    void a_thread_holds_the_site_counts_of_the_functions_it_called_only() throws InterruptedException {
        int f = F0 + 100;
        int first = 2_000_000;
        CallSites.PUBLISHED.publish(first, new long[] {((long) f << 32) | B0, ((long) f << 32) | (B0 + 1)});
        HybridThreadCounts[] counts = new HybridThreadCounts[1];
        Thread thread = new Thread(() -> {
            HybridThreadCounts t = HybridThreadCounts.enter(f);
            long[] s = t.sites[f]; // what the method's code loads once
            for (int i = 0; i < 3; i++) {
                t.site = first + 1;
                s[1]++;
            }
            t.exit(f);
            counts[0] = t.detachedCopy();
        }, "sites-of-its-own");
        thread.start();
        thread.join();
        HybridThreadCounts t = counts[0];
        assertEquals(3, t.siteCalls(first + 1));
        assertEquals(0, t.siteCalls(first));
        // its arrays by function id are 4 B per id up to f (this test's ids are high), 33 KB; the sites' are 16 bytes
        assertTrue(t.retainedBytes() < 64 * 1024, t.retainedBytes() + " bytes");
    }

    @Test
    void a_dump_mid_run_counts_the_open_activations_calls_as_the_timed_trace_does() throws InterruptedException {
        long[] got = new long[3];
        Thread thread = new Thread(() -> {
            Timed timed = new Timed();
            Counted counted = new Counted();
            int s = site(F0, 0);
            for (Probes p : new Probes[] {timed, counted}) {
                p.enter(F0);
                p.beforeBuiltin(s); // the built-in calls back F0 ...
                p.enter(F0);
                p.beforeBuiltin(s); // ... which calls the built-in again (not primitive), twice
                p.afterBuiltin(s);
                p.beforeBuiltin(s);
                p.afterBuiltin(s);
            }
            HybridThreadCounts copy = counted.t.detachedCopy();
            got[0] = copy.siteCalls(s);
            got[1] = copy.siteNotPrimitive(s);
            got[2] = timed.t.detachedCopy().settle().function(calleeOf(s), ThreadTrace.PRIMITIVE);
        });
        thread.start();
        thread.join();
        assertEquals(3, got[0]);
        assertEquals(2, got[1], "the calls made inside the built-in, before the dump");
        assertEquals(got[2], got[0] - got[1], "primitive calls of the built-in, as the timed trace has them");
    }
}
