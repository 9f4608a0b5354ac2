package workbench.validation.targets;

/**
 * Timing: {@code slow} does twice the work of {@code fast}: the same loop twice ({@code spin}, run with an exclude
 * pattern so that its time stays in its callers' own time; even unprofiled, one loop of 2n does not take exactly
 * twice one of n); many tiny calls of {@code tiny} test calibration.
 * Prints the wall time of its work in nanoseconds as measured from inside.
 */
public final class Timing {

    static volatile long sink;

    private Timing() {
    }

    static long spin(long n) {
        long x = 1;
        // a non-linear chain (multiply, then xor-shift), so that no compiler can fold n steps into a formula: an
        // affine recurrence alone is collapsed by JDK 25's C2, which made the spins 10x shorter there than on 17
        for (long i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        return x;
    }

    static void fast() {
        sink += spin(300_000);
    }

    static void slow() {
        sink += spin(300_000);
        sink += spin(300_000);
    }

    static int tiny(int i) {
        return i ^ (i >>> 3);
    }

    static void tinies() {
        int s = 0;
        for (int i = 0; i < 500; i++) s += tiny(i);
        sink += s;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        for (int i = 0; i < 30; i++) sink += spin(300_000); // compiled before fast and slow are compared
        for (int i = 0; i < 5; i++) {
            fast();
            slow();
        }
        // many short calls, interleaved, so that time slices lost to other processes hit both in proportion
        for (int i = 0; i < 300; i++) {
            fast();
            slow();
            tinies();
        }
        System.out.println("wall " + (System.nanoTime() - start));
    }
}
