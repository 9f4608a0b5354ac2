package demo.safety;

/**
 * Static initialisers that throw (the first use fails with ExceptionInInitializerError, every later one with
 * NoClassDefFoundError), and constructors with code before {@code super(...)}: javac 17 allows it only as argument
 * expressions, {@code super(compute(x))}.
 */
final class Initializers {

    private Initializers() {
    }

    static final class BadInit {
        static final int VALUE = fail();

        private BadInit() {
        }

        static int fail() {
            return 1 / (VALUE - VALUE); // ArithmeticException while initialising
        }
    }

    static class Base {
        final int value;

        Base(int value) {
            this.value = value;
        }
    }

    static final class Child extends Base {
        Child(int x) {
            super(compute(x));
        }

        static int compute(int x) {
            return x * 3 + 1;
        }
    }

    static void run() {
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println("static init: " + BadInit.VALUE);
            } catch (ExceptionInInitializerError e) {
                String cause = e.getCause().getClass().getSimpleName();
                System.out.println("static init: ExceptionInInitializerError (" + cause + ")");
            } catch (NoClassDefFoundError e) {
                System.out.println("static init: NoClassDefFoundError");
            }
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) sum += new Child(i).value;
        System.out.println("super(compute(x)): " + sum);
    }
}
