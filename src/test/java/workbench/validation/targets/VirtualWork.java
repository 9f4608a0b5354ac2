package workbench.validation.targets;

import java.util.ArrayList;
import java.util.List;

/**
 * Eight virtual threads each burn about the same CPU in {@link #work} while {@code main} waits for them: what a
 * sampler sees as the carriers' samples ({@code ForkJoinPool-1-worker-N}), not the virtual threads'. Started through
 * reflection (the test classes are compiled for Java 17); prints {@code no virtual threads} on a JDK without them.
 */
public final class VirtualWork {

    private VirtualWork() {
    }

    /**
     * @param args the iterations of each thread's work
     * @throws Exception when a thread cannot be started or joined
     */
    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        java.lang.reflect.Method start;
        try {
            start = Thread.class.getMethod("startVirtualThread", Runnable.class);
        } catch (NoSuchMethodException e) {
            System.out.println("no virtual threads");
            return;
        }
        List<Thread> threads = new ArrayList<>();
        long[] results = new long[8];
        for (int i = 0; i < results.length; i++) {
            int k = i;
            threads.add((Thread) start.invoke(null, (Runnable) () -> results[k] = work(n)));
        }
        for (Thread t : threads) t.join();
        System.out.println("work " + (results[0] == results[7]));
    }

    static long work(long n) {
        long x = 1;
        for (long i = 0; i < n; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    }
}
