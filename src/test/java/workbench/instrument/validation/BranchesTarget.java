package workbench.instrument.validation;

/** Both arms of branches, switches, and forward jumps within one line (not hits). */
final class BranchesTarget {

    private BranchesTarget() {
    }

    static void run() {
        ifElse(10);                                          // hits(1)
        oneLine(10);                                         // hits(1)
        switches(9);                                         // hits(1)
    }                                                        // hits(1)

    static int ifElse(int n) {
        int a = 0;                                           // hits(1)
        for (int i = 0; i < n; i++) {                        // hits(11)
            if (i % 3 == 0) {                                // hits(10)
                a += 1;                                      // hits(4)
            } else {
                a += 2;                                      // hits(6)
            }
        }
        return a;                                            // hits(1)
    }

    static int oneLine(int n) {
        int a = 0;                                           // hits(1)
        for (int i = 0; i < n; i++) {                        // hits(11)
            a += i % 2 == 0 && i > 2 ? 1 : 2;                // hits(10)
            if (i > 5) a++; else a--;                        // hits(10)
        }
        return a;                                            // hits(1)
    }

    static int switches(int n) {
        int a = 0;                                           // hits(1)
        for (int i = 0; i < n; i++) {                        // hits(10)
            switch (i % 3) {                                 // hits(9)
                case 0:
                    a += 1;                                  // hits(3)
                    break;                                   // hits(3)
                case 1:
                    a += 2;                                  // hits(3)
                    break;                                   // hits(3)
                default:
                    a += 3;                                  // hits(3)
            }
        }
        return a;                                            // hits(1)
    }
}
