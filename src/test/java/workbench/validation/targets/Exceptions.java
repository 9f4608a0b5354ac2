package workbench.validation.targets;

/**
 * Methods left by a throw: each must be closed when the exception leaves it, so that later calls get the right
 * caller and the handler's time is not charged to the thrower.
 */
public final class Exceptions {

    private Exceptions() {
    }

    static void thrower(int i) {
        if (i >= 0) throw new IllegalStateException("boom " + i);
    }

    static void middle(int i) {
        thrower(i);
    }

    static int after(int i) {
        return i + 1;
    }

    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return after(-1);
        }
    }

    static void outer() {
        for (int i = 0; i < 100; i++) {
            try {
                middle(i);
            } catch (IllegalStateException e) {
                after(i);
            }
        }
    }

    public static void main(String[] args) {
        outer();
        int sum = 0;
        for (int i = 0; i < 50; i++) sum += parse(i % 2 == 0 ? "x" : "7");
        System.out.println(sum);
    }
}
