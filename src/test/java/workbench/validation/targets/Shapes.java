package workbench.validation.targets;

import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/** Lambdas, constructors (one that throws after super()), a static initialiser, synchronized and default methods. */
public final class Shapes {

    static final int[] TABLE = build();

    private Shapes() {
    }

    static int[] build() {
        return new int[] {1, 2, 3};
    }

    interface Named {
        default String name() {
            return "named";
        }
    }

    static final class Point implements Named {
        final int x;

        Point(int x) {
            super();
            this.x = x;
        }

        Point(int x, boolean fail) {
            this(x);
            if (fail) throw new IllegalArgumentException("no");
        }
    }

    static synchronized int locked(int i) {
        return i + TABLE[i % 3];
    }

    public static void main(String[] args) {
        IntUnaryOperator twice = x -> x * 2;
        int s = IntStream.range(0, 100).map(twice).sum();
        int t = 0;
        for (int i = 0; i < 300; i++) t += new Point(i).x;
        for (int i = 0; i < 20; i++) {
            try {
                new Point(i, true);
            } catch (IllegalArgumentException e) {
                t += locked(i);
            }
        }
        for (int i = 0; i < 30; i++) t += new Point(i).name().length();
        System.out.println(s + t);
    }
}
