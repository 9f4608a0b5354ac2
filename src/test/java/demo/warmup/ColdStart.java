package demo.warmup;

/**
 * Known costs with a cold first run, for the warm-up's end-to-end tests: {@code ColdStart N RUNS WARMUP COLD} calls
 * {@code run(N)} WARMUP + RUNS times; a run spends 20 x N units in {@code linear} and 4 x N x N / 1000 units in
 * {@code quadratic}, whose first call alone spends COLD units more (a cache filled once, as a JIT's or a class
 * loader's first-call cost is). A unit is 1000 rounds of the same CPU work (about 2 us).
 */
public final class ColdStart {

    private static final long UNIT = 1000;
    private static boolean filled;

    private ColdStart() {
    }

    /** @param args N, the runs measured, the warm-up runs before them, and the cold units */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]) + Integer.parseInt(args[2]);
        long cold = Long.parseLong(args[3]) * UNIT;
        long sink = 0;
        for (int r = 0; r < runs; r++) sink ^= run(n, cold);
        if (sink == 42) System.out.println("unlikely");
    }

    /** One run: called once per run, the warm-up's boundary. */
    static long run(long n, long cold) {
        return linear(20 * n * UNIT) ^ quadratic(4 * n * n / 1000 * UNIT, cold);
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

    /** Its cold part is in its own time, as an interpreted first call's is. */
    static long quadratic(long rounds, long cold) {
        long x = 0x94D049BB133111EBL;
        long all = filled ? rounds : rounds + cold;
        filled = true;
        for (long i = 0; i < all; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
