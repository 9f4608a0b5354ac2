package workbench.instrument.validation;

import java.util.Comparator;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/** Lambdas and local/anonymous classes written inside a method count in its table. */
final class LambdasTarget {

    private LambdasTarget() {
    }

    static void run() {
        oneLineLambda(5);                                    // hits(1)
        blockLambda(4);                                      // hits(1)
        anonymous(5);                                        // hits(1)
        localClass(3);                                       // hits(1)
    }                                                        // hits(1)

    static int oneLineLambda(int k) {
        IntUnaryOperator f = x -> x * 2;                     // hits(6)
        int s = 0;                                           // hits(1)
        for (int i = 0; i < k; i++) s += f.applyAsInt(i);    // hits(6)
        return s;                                            // hits(1)
    }

    static int blockLambda(int k) {
        // the return instruction comes after sum() (line 31) and is on the statement's line again
        return IntStream.range(0, k).map(x -> {              // hits(2)
            int y = x + 1;                                   // hits(4)
            return y * y;                                    // hits(4)
        }).sum();                                            // hits(1)
    }

    static int anonymous(int k) {
        IntUnaryOperator f = new IntUnaryOperator() {        // hits(1)
            @Override
            public int applyAsInt(int x) {
                return x + 1;                                // hits(5)
            }
        };
        int s = 0;                                           // hits(1)
        for (int i = 0; i < k; i++) s += f.applyAsInt(i);    // hits(6)
        return s;                                            // hits(1)
    }

    static int localClass(int k) {
        class ByLength implements Comparator<String> {
            @Override
            public int compare(String a, String b) {
                return Integer.compare(a.length(), b.length()); // hits(3)
            }
        }
        ByLength c = new ByLength();                         // hits(1)
        int s = 0;                                           // hits(1)
        for (int i = 0; i < k; i++) s += c.compare("ab", "a"); // hits(4)
        return s;                                            // hits(1)
    }
}
