package workbench.validation.targets;

import java.util.function.IntSupplier;

/**
 * The line agent on code the system class loader loads: a local class, an anonymous class and a lambda counted in
 * their method's table, and a try block whose end jumps over its handler. Expected hits are on the lines.
 */
public final class LineShapes {

    private LineShapes() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        int total = 0;                                              // hits(1)
        for (int i = 0; i < 3; i++) total += shapes(i);             // hits(4)
        System.out.println(total);                                  // hits(1)
    }                                                               // hits(1)

    static int shapes(int k) {
        class Twice {
            int of(int x) {
                return 2 * x;                                       // hits(3)
            }
        }
        IntSupplier anon = new IntSupplier() {                      // hits(3)
            @Override
            public int getAsInt() {
                return k + 1;                                       // hits(3)
            }
        };
        IntSupplier lambda = () -> k * k;                           // hits(6)
        int s = new Twice().of(anon.getAsInt()) + lambda.getAsInt(); // hits(3)
        try {
            if (k == 1) throw new IllegalStateException();          // hits(3)
        } catch (IllegalStateException e) {                         // hits(1)
            s = -s;                                                 // hits(1)
        }
        return s;                                                   // hits(3)
    }
}
