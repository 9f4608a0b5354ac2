package demo.safety;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Thread pools, virtual threads (JDK 21+, through reflection: we compile for 17) and synchronized methods. */
final class Concurrency {

    /** Pool tasks: {@link Work#square} is called this often. */
    static final int POOL_TASKS = 40;
    /** Virtual threads: {@link Work#virtualSquare} is called this often on JDK 21+. */
    static final int VIRTUAL_TASKS = 100;
    /** Threads times increments: {@link Counter#inc} is called this often. */
    static final int THREADS = 4;
    static final int INCREMENTS = 1000;

    private Concurrency() {
    }

    static void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        System.out.println("pool: " + sum(pool, POOL_TASKS, false));
        pool.shutdown();
        virtualThreads();
        Counter counter = new Counter();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread th = new Thread(() -> {
                for (int k = 0; k < INCREMENTS; k++) counter.inc();
            }, "incrementer-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        System.out.println("synchronized: " + counter.value() + " " + counter.twice());
    }

    private static long sum(ExecutorService pool, int tasks, boolean virtual) throws Exception {
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            int n = i;
            futures.add(pool.submit(() -> virtual ? Work.virtualSquare(n) : Work.square(n)));
        }
        long sum = 0;
        for (Future<Integer> f : futures) sum += f.get();
        return sum;
    }

    private static void virtualThreads() throws Exception {
        if (Runtime.version().feature() < 21) {
            System.out.println("virtual threads: none before JDK 21");
            return;
        }
        Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
        ExecutorService virtual = (ExecutorService) factory.invoke(null);
        try {
            System.out.println("virtual threads: " + sum(virtual, VIRTUAL_TASKS, true));
        } finally {
            virtual.shutdown();
        }
    }

    /** A counter whose methods are synchronized: entry and exit probes inside a monitor. */
    static final class Counter {
        private int value;

        synchronized void inc() {
            value++;
        }

        synchronized int value() {
            return value;
        }

        int twice() {
            synchronized (this) {
                return value * 2;
            }
        }
    }
}
