package workbench.instrument.validation;

import java.util.concurrent.CyclicBarrier;

/** Two threads on the same lines at once (no increment may be lost), recursion, and returns from loops. */
final class ThreadsRecursionTarget {

    static volatile long sink;

    private ThreadsRecursionTarget() {
    }

    static void run() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);          // hits(1)
        Thread a = new Thread(() -> work(start));            // hits(2)
        Thread b = new Thread(() -> work(start));            // hits(2)
        a.start();                                           // hits(1)
        b.start();                                           // hits(1)
        a.join();                                            // hits(1)
        b.join();                                            // hits(1)
        fib(10);                                             // hits(1)
        find(new int[] {5, 6, 7, 8, 9}, 8);                  // hits(1)
        find(new int[] {5, 6}, 8);                           // hits(1)
    }                                                        // hits(1)

    static void work(CyclicBarrier start) {
        try {
            start.await();                                   // hits(2)
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long s = 0;                                          // hits(2)
        for (int i = 0; i < 1_000_000; i++) s += i;          // hits(2000002)
        sink = s;                                            // hits(2)
    }                                                        // hits(2)

    static int fib(int n) {
        if (n < 2) return n;                                 // hits(177)
        return fib(n - 1) + fib(n - 2);                      // hits(88)
    }

    static int find(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {                 // hits(7)
            if (a[i] == x) return i;                         // hits(6)
        }
        return -1;                                           // hits(1)
    }
}
