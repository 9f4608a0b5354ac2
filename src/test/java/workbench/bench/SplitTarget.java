package workbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A program with a known CPU split, run in a child JVM by the sampling benchmark and tests: {@link #seventy} does
 * 7 units of work for every 3 that {@link #thirty} does, with the same code, so they take 70 % and 30 % of the CPU
 * time whatever the machine's speed or load. Each method's work is one loop on one line, the hot line.
 */
public final class SplitTarget {

    /** LCG steps per unit: about 10 µs of work. */
    private static final int UNIT = 10_000;
    private static long sink;

    private SplitTarget() {
    }

    /**
     * @param args the seconds to run (default 3), or {@code cpu SECONDS}: until this thread has used that much CPU time,
     *             whose CPU samples depend neither on how much of the CPU a loaded machine leaves the program nor on how
     *             fast a JDK's compiler makes the loop (JDK 25 runs it many times faster than 17)
     */
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("cpu")) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long end = threads.getCurrentThreadCpuTime() + (long) (Double.parseDouble(args[1]) * 1e9);
            while (threads.getCurrentThreadCpuTime() < end) round();
        } else {
            double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < end) round();
        }
        System.out.println("sink " + sink);
    }

    private static void round() {
        for (int i = 0; i < 100; i++) {
            sink += seventy(sink);
            sink += thirty(sink);
        }
    }

    static long seventy(long seed) {
        long x = seed;
        for (int i = 0; i < 7 * UNIT; i++) x = x * 6364136223846793005L + 1442695040888963407L; // HOT-LINE seventy
        return x;
    }

    static long thirty(long seed) {
        long x = seed;
        for (int i = 0; i < 3 * UNIT; i++) x = x * 6364136223846793005L + 1442695040888963407L; // HOT-LINE thirty
        return x;
    }
}
