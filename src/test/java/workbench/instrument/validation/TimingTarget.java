package workbench.instrument.validation;

/** Two lines, one spinning twice as long as the other; the first call leaves by an exception mid-method. */
final class TimingTarget {

    static final long SHORT_NANOS = 2_000_000;
    static final int ROUNDS = 40;

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
        spin(SHORT_NANOS);                                   // hits(41)
        spin(2 * SHORT_NANOS);                               // hits(41)
        if (fail) throw new IllegalStateException("first call"); // hits(41)
    }                                                        // hits(40)

    static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
