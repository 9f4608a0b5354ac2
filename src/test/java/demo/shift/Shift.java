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
     * @param args three work factors, e.g. {@code 1 1 1}
     */
    public static void main(String[] args) {
        long a = Long.parseLong(args[0]);
        long b = Long.parseLong(args[1]);
        long c = Long.parseLong(args[2]);
        long sink = alpha(a * ROUNDS) ^ beta(b * ROUNDS) ^ gamma(c * ROUNDS);
        if (sink == 42) System.out.println("unlikely");
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
