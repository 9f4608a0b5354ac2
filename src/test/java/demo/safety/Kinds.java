package demo.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The kinds of classes and methods javac makes: enums with constant bodies, records with compact constructors,
 * sealed types, interfaces with default and static methods, inner, anonymous and local classes, lambdas and method
 * references.
 */
final class Kinds {

    private Kinds() {
    }

    enum Op {
        PLUS {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES {
            @Override
            int apply(int a, int b) {
                return a * b;
            }
        };

        abstract int apply(int a, int b);
    }

    record Point(int x, int y) {
        Point {
            if (x < 0 || y < 0) throw new IllegalArgumentException("negative");
        }

        int norm1() {
            return x + y;
        }
    }

    sealed interface Shape permits Square, Rect {
        int area();

        default String describe() {
            return getClass().getSimpleName() + "(" + area() + ")";
        }

        static Shape unit() {
            return new Square(1);
        }
    }

    record Square(int side) implements Shape {
        public int area() {
            return side * side;
        }
    }

    record Rect(int w, int h) implements Shape {
        public int area() {
            return w * h;
        }
    }

    /** A member (inner) class: it reaches its outer instance. */
    final class Inner {
        int value() {
            return base + 1;
        }
    }

    private int base = 41;

    static void run() {
        int ops = 0;
        for (int i = 0; i < 6; i++) ops += Op.values()[i % 2].apply(i, 2);
        int norms = 0;
        for (int i = 0; i < 7; i++) norms += new Point(i, 1).norm1();
        List<Shape> shapes = List.of(Shape.unit(), new Rect(2, 3), new Square(3));
        StringBuilder d = new StringBuilder();
        for (Shape s : shapes) d.append(s.describe()).append(' ');
        String kind = switchOn(shapes.get(1));
        System.out.println("enums " + ops + ", records " + norms + ", sealed " + d.toString().trim() + " " + kind);

        int inner = new Kinds().new Inner().value();
        Supplier<Integer> anonymous = new Supplier<>() {
            @Override
            public Integer get() {
                return 7;
            }
        };
        class Local {
            int twice(int v) {
                return 2 * v;
            }
        }
        Local local = new Local();
        List<Integer> twiced = new ArrayList<>();
        for (int i = 0; i < 4; i++) twiced.add(local.twice(i));
        IntUnaryOperator lambda = v -> v + 100;
        int viaLambda = IntStream.range(0, 5).map(lambda).sum();
        int viaRef = IntStream.range(0, 5).map(Work::cube).sum();
        System.out.println("new in a branching line: " + Work.boxed(true).value() + " " + Work.boxed(false).value());
        System.out.println("nested: inner " + inner + ", anonymous " + anonymous.get() + ", local " + twiced
                + ", lambda " + viaLambda + ", method ref " + viaRef);
    }

    private static String switchOn(Shape s) {
        if (s instanceof Rect r) return "rect " + r.w() + "x" + r.h();
        if (s instanceof Square q) return "square " + q.side();
        return "?";
    }
}
