package demo.safety;

/** Exceptions thrown three frames down and caught above, and {@code finally} blocks on every way out. */
final class Throws {

    static final int ROUNDS = 10;
    private static int cleanups;

    private Throws() {
    }

    static void run() {
        int caught = 0;
        for (int i = 0; i < ROUNDS; i++) {
            try {
                a(i);
            } catch (IllegalStateException e) {
                caught++;
            }
        }
        int f = 0;
        for (int i = 0; i < 5; i++) {
            f += tryReturn(i);
            try {
                finallyThrows(i);
            } catch (IllegalArgumentException e) {
                f++;
            }
        }
        System.out.println("exceptions: caught " + caught + ", finally " + f + ", cleanups " + cleanups);
    }

    static int a(int i) {
        return b(i) + 1;
    }

    static int b(int i) {
        try {
            return c(i) + 1;
        } finally {
            cleanups++;
        }
    }

    static int c(int i) {
        throw new IllegalStateException("round " + i);
    }

    static int tryReturn(int i) {
        try {
            if (i % 2 == 0) return i;
            return -i;
        } finally {
            cleanups++;
        }
    }

    static void finallyThrows(int i) {
        try {
            cleanups += i;
        } finally {
            if (i >= 0) throw new IllegalArgumentException("from finally");
        }
    }
}
