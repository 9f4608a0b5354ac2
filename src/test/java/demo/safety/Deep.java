package demo.safety;

/** Recursion until the stack overflows, caught by the program, and calls after it that must still be counted. */
final class Deep {

    private static int deepest;

    private Deep() {
    }

    static void run() {
        try {
            down(0);
            System.out.println("stack overflow: not reached");
        } catch (StackOverflowError e) {
            System.out.println("stack overflow: caught, deeper than 1000: " + (deepest > 1000));
        }
        int s = 0;
        for (int i = 0; i < 3; i++) s += after(i);
        System.out.println("after the overflow: " + s);
    }

    static int down(int depth) {
        deepest = depth;
        return down(depth + 1) + 1;
    }

    static int after(int i) {
        return i + 1;
    }
}
