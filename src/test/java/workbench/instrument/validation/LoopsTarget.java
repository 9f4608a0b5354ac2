package workbench.instrument.validation;

import java.util.List;

/** Loops of known count; a {@code for} header's hits are its condition checks (iterations + 1 per entry). */
final class LoopsTarget {

    private LoopsTarget() {
    }

    static void run() {
        oneLineFor(10);                                      // hits(1)
        multiLineFor(10);                                    // hits(1)
        whileLoop(10);                                       // hits(1)
        doWhile(10);                                         // hits(1)
        oneLineDoWhile(10);                                  // hits(1)
        nested();                                            // hits(1)
        forEach(List.of(1, 2, 3));                           // hits(1)
        withBreak();                                         // hits(1)
        withContinue();                                      // hits(1)
        for (int r = 0; r < 3; r++) oneLineFor(4);           // hits(4)
    }                                                        // hits(1)

    static int oneLineFor(int n) {
        int s = 0;                                           // hits(4)
        for (int i = 0; i < n; i++) s += i;                  // hits(26)
        return s;                                            // hits(4)
    }

    static int multiLineFor(int n) {
        int s = 0;                                           // hits(1)
        for (int i = 0; i < n; i++) {                        // hits(11)
            s += i;                                          // hits(10)
        }
        return s;                                            // hits(1)
    }

    static int whileLoop(int n) {
        int i = 0;                                           // hits(1)
        while (i < n) {                                      // hits(11)
            i++;                                             // hits(10)
        }
        return i;                                            // hits(1)
    }

    static int doWhile(int n) {
        int i = 0;                                           // hits(1)
        do {
            i++;                                             // hits(10)
        } while (i < n);                                     // hits(10)
        return i;                                            // hits(1)
    }

    static int oneLineDoWhile(int n) {
        int i = 0;                                           // hits(1)
        do i++; while (i < n);                               // hits(10)
        return i;                                            // hits(1)
    }

    static int nested() {
        int s = 0;                                           // hits(1)
        for (int i = 0; i < 3; i++) {                        // hits(4)
            for (int j = 0; j < 4; j++) s += j;              // hits(15)
        }
        return s;                                            // hits(1)
    }

    static int forEach(List<Integer> values) {
        int s = 0;                                           // hits(1)
        for (int v : values) {                               // hits(4)
            s += v;                                          // hits(3)
        }
        return s;                                            // hits(1)
    }

    static int withBreak() {
        int i = 0;                                           // hits(1)
        while (true) {
            if (i == 7) break;                               // hits(8)
            i++;                                             // hits(7)
        }
        return i;                                            // hits(1)
    }

    static int withContinue() {
        int s = 0;                                           // hits(1)
        for (int i = 0; i < 10; i++) {                       // hits(11)
            if (i % 2 == 0) continue;                        // hits(10)
            s += i;                                          // hits(5)
        }
        return s;                                            // hits(1)
    }
}
