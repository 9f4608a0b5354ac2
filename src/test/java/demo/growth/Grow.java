package demo.growth;

/**
 * Known costs for sweep's end-to-end tests: {@code Grow N FIXED LINEAR QUADRATIC} spends FIXED units in
 * {@code fixed}, LINEAR x N units in {@code linear} and QUADRATIC x N x N / 1000 units in {@code quadratic}; a unit is
 * 1000 rounds of the same CPU work (about 2 us).
 */
public final class Grow {

    private static final long UNIT = 1000;

    private Grow() {
    }

    /** @param args N and the three factors */
    public static void main(String[] args) {
        long n = Long.parseLong(args[0]);
        long sink = fixed(Long.parseLong(args[1]) * UNIT) ^ linear(Long.parseLong(args[2]) * n * UNIT)
                ^ quadratic(Long.parseLong(args[3]) * n * n / 1000 * UNIT);
        if (sink == 42) System.out.println("unlikely");
    }

    // each function spins in a loop of its own: the per-function growth sees its own time, not a shared helper's

    static long fixed(long rounds) {
        long x = 0x9E3779B97F4A7C15L;
        for (long i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    static long linear(long rounds) {
        long x = 0xBF58476D1CE4E5B9L;
        for (long i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    static long quadratic(long rounds) {
        long x = 0x94D049BB133111EBL;
        for (long i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
