package workbench.validation.targets;

/**
 * Timing: {@code slow} does twice the work of {@code fast}; many tiny calls of {@code tiny} test calibration.
 * Prints the wall time of its work in nanoseconds as measured from inside.
 */
public final class Timing {

    static volatile long sink;

    private Timing() {
    }

    static long spin(long n) {
        long x = 1;
        for (long i = 0; i < n; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    }

    static void fast() {
        sink += spin(2_000_000);
    }

    static void slow() {
        sink += spin(4_000_000);
    }

    static int tiny(int i) {
        return i ^ (i >>> 3);
    }

    static void tinies() {
        int s = 0;
        for (int i = 0; i < 5_000; i++) s += tiny(i);
        sink += s;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            fast();
            slow();
        }
        for (int i = 0; i < 30; i++) {
            fast();
            slow();
            tinies();
        }
        System.out.println("wall " + (System.nanoTime() - start));
    }
}
