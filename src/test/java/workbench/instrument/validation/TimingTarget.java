package workbench.instrument.validation;

/**
 * Two lines, one spinning twice as long as the other; the first call leaves by an exception mid-method. Each
 * spin also measures itself, so the test can compare the profiler's line times with what really happened on a
 * machine whose other jobs preempt the spinning thread.
 */
final class TimingTarget {

    static final long SHORT_NANOS = 2_000_000;
    static final int ROUNDS = 40;

    /** Wall time the short and the long spins really took, measured around them. */
    static long shortActual;
    static long longActual;

    private TimingTarget() {
    }

    static void run() {
        try {
            lines(true);
        } catch (IllegalStateException expected) {
            // the table's frame must be left; otherwise every later call would count as nested and go untimed
        }
        for (int r = 0; r < ROUNDS; r++) lines(false);
    }

    static void lines(boolean fail) {
        shortActual += spin(SHORT_NANOS);                    // hits(41)
        longActual += spin(2 * SHORT_NANOS);                 // hits(41)
        if (fail) throw new IllegalStateException("first call"); // hits(41)
    }                                                        // hits(40)

    static long spin(long nanos) {
        long start = System.nanoTime();
        long end = start + nanos;
        long now;
        while ((now = System.nanoTime()) < end) {
            Thread.onSpinWait();
        }
        return now - start;
    }
}
