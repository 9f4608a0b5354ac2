package workbench.instrument.validation;

/** Statements over several lines and several statements on one line. */
final class MultiLineTarget {

    private MultiLineTarget() {
    }

    static void run() {
        for (int r = 0; r < 3; r++) {                        // hits(4)
            chained(r, r + 1);                               // hits(3)
            several(r);                                      // hits(3)
        }
    }                                                        // hits(1)

    static String chained(int a, int b) {
        String s = new StringBuilder()                       // hits(3)
                .append(a)                                   // hits(3)
                .append(b)                                   // hits(3)
                .toString();                                 // hits(3)
        int x = a                                            // hits(3)
                + b;
        return s + Math.max(x,                               // hits(3)
                b);
    }

    static int several(int a) {
        int p = a; int q = p + 1; p += q;                    // hits(3)
        for (int i = 0; i < 2; i++) { p++; q--; }            // hits(9)
        return p * q;                                        // hits(3)
    }
}
