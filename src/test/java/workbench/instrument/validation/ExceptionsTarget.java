package workbench.instrument.validation;

/** Exceptions thrown on a known iteration, caught in the method or leaving it mid-line; finally blocks. */
final class ExceptionsTarget {

    private ExceptionsTarget() {
    }

    static void run() {
        caughtInside(10, 3);                                 // hits(1)
        for (int r = 0; r < 2; r++) {                        // hits(3)
            try {
                propagate(3);                                // hits(2)
            } catch (IllegalStateException e) {              // hits(2)
                e.getMessage();                              // hits(2)
            }
        }
        withFinally(5);                                      // hits(1)
    }                                                        // hits(1)

    static int caughtInside(int n, int k) {
        int done = 0;                                        // hits(1)
        try {
            for (int i = 0; i < n; i++) {                    // hits(4)
                if (i == k) throw new IllegalStateException("boom"); // hits(4)
                done++;                                      // hits(3)
            }
        } catch (IllegalStateException e) {                  // hits(1)
            done += 100;                                     // hits(1)
        }
        return done;                                         // hits(1)
    }

    static int propagate(int k) {
        int i = 0;                                           // hits(2)
        while (true) {
            i = step(i, k);                                  // hits(8)
        }
    }

    static int step(int i, int k) {
        if (i == k) throw new IllegalStateException("at " + i); // hits(8)
        return i + 1;                                        // hits(6)
    }

    static int withFinally(int n) {
        int s = 0;                                           // hits(1)
        try {
            for (int i = 0; i < n; i++) {                    // hits(3)
                // the return runs the finally block (line 55) and comes back here to return: one more hit
                if (i == 2) return s;                        // hits(4)
                s += i;                                      // hits(2)
            }
        } finally {
            s = -1;                                          // hits(1)
        }
        return s;
    }
}
