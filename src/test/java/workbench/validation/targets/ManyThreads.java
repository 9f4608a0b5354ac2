package workbench.validation.targets;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A thread-heavy program: {@code pool N TASKS} runs TASKS tasks on a fixed pool of N threads, {@code short N} starts N
 * short platform threads (a few at a time, as a server handling requests would), {@code virtual N} runs N virtual
 * threads (JDK 21+, made by reflection since the targets compile for 17). Every task calls {@link #task} {@link #K}
 * times. At the end it prints what the deterministic agent holds: {@code agent-bytes=B traces=T} (its own accounting,
 * timed and hybrid runtimes together, read by reflection from the bootstrap class path; {@code no agent} without it), or {@code no virtual threads} on a
 * JDK without them.
 */
public final class ManyThreads {

    /** Calls of {@link #task} per task. */
    public static final int K = 3;
    private static final int AT_A_TIME = 50;

    private ManyThreads() {
    }

    static int task(int i) {
        return Integer.bitCount(i);
    }

    static void work(int seed) {
        int s = 0;
        for (int i = 0; i < K; i++) s += task(seed + i);
        if (s < 0) System.out.println(s);
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        switch (args[0]) {
            case "pool" -> {
                ExecutorService pool = Executors.newFixedThreadPool(n);
                int tasks = Integer.parseInt(args[2]);
                for (int i = 0; i < tasks; i++) {
                    int seed = i;
                    pool.execute(() -> work(seed));
                }
                pool.shutdown();
                if (!pool.awaitTermination(10, TimeUnit.MINUTES)) throw new IllegalStateException("pool hangs");
            }
            case "short" -> {
                Thread[] batch = new Thread[AT_A_TIME];
                for (int i = 0; i < n; i += AT_A_TIME) {
                    for (int j = 0; j < AT_A_TIME; j++) {
                        int seed = i + j;
                        batch[j] = new Thread(() -> work(seed));
                        batch[j].start();
                    }
                    for (Thread t : batch) t.join();
                }
            }
            case "virtual" -> {
                Method make;
                try {
                    make = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
                } catch (NoSuchMethodException e) {
                    System.out.println("no virtual threads");
                    return;
                }
                ExecutorService virtual = (ExecutorService) make.invoke(null);
                for (int i = 0; i < n; i++) {
                    int seed = i;
                    virtual.execute(() -> work(seed));
                }
                virtual.shutdown();
                if (!virtual.awaitTermination(10, TimeUnit.MINUTES)) throw new IllegalStateException("hangs");
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        Class<?> tracer;
        Class<?> counter;
        try {
            tracer = Class.forName("workbench.agent.rt.Tracer");
            counter = Class.forName("workbench.agent.rt.HybridCounter");
        } catch (ClassNotFoundException e) {
            System.out.println("no agent");
            return;
        }
        // both runtimes: the timed one (mode trace) or the hybrid one (mode count) holds them, the other nothing
        long bytes = (long) tracer.getMethod("retainedBytes").invoke(null)
                + (long) counter.getMethod("retainedBytes").invoke(null);
        int traces = ((java.util.List<?>) tracer.getMethod("traces").invoke(null)).size()
                + ((java.util.List<?>) counter.getMethod("threads").invoke(null)).size();
        System.out.println("agent-bytes=" + bytes + " traces=" + traces);
    }
}
