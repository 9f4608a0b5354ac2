package demo.shift;

/**
 * Three functions of equal CPU work each, scaled by a work vector: {@code Shift 1 2 1} makes {@code beta} do twice
 * the work of {@code alpha} and {@code gamma}. The target of compare's end-to-end tests, with a known truth.
 */
public final class Shift {

    /** Rounds of work per unit: about 0.15 s of CPU per function per unit on a 2020 laptop core. */
    static final long ROUNDS = Long.getLong("shift.rounds", 60_000_000L);

    private Shift() {
    }

    /**
     * @param args three work factors, e.g. {@code 1 1 1}; then {@code twice} to burn, in {@code again}, as much CPU
     *             again as the whole process has used by then (start-up, JIT and profiler included): the process's
     *             CPU time is then twice that of the same run with {@code once} (which reads the CPU time the same
     *             way, and so pays for the JDK's management classes as well), up to what the JVM's exit costs
     */
    public static void main(String[] args) {
        long a = Long.parseLong(args[0]);
        long b = Long.parseLong(args[1]);
        long c = Long.parseLong(args[2]);
        long sink = alpha(a * ROUNDS) ^ beta(b * ROUNDS) ^ gamma(c * ROUNDS);
        if (args.length > 3) sink ^= again(args[3].equals("twice") ? 2 : 1);
        if (sink == 42) System.out.println("unlikely");
    }

    /** Spins until the process's CPU time (all its threads, as the kernel counts it) is {@code times} what it was. */
    static long again(int times) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long target = times * os.getProcessCpuTime();
        long x = 0;
        while (os.getProcessCpuTime() < target) x ^= spin(100_000, 0xD1B54A32D192ED03L);
        return x;
    }

    static long alpha(long rounds) {
        return spin(rounds, 0x9E3779B97F4A7C15L);
    }

    static long beta(long rounds) {
        return spin(rounds, 0xBF58476D1CE4E5B9L);
    }

    static long gamma(long rounds) {
        return spin(rounds, 0x94D049BB133111EBL);
    }

    /** xorshift rounds: the same work per round whoever calls, nothing the JIT can fold away. */
    private static long spin(long rounds, long seed) {
        long x = seed;
        for (long i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
