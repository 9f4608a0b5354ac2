package demo.safety;

/** CPU work for the samplers: a fixed time of it, so that its output does not depend on the mode's speed. */
final class Busy {

    private static volatile long sink;

    private Busy() {
    }

    static void run(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        long x = 1;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        }
        sink = x;
        System.out.println("busy: done");
    }
}
