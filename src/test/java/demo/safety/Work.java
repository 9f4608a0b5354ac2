package demo.safety;

/** Small pure functions the other cases call, so that their exact call counts are known. */
final class Work {

    private Work() {
    }

    static int square(int i) {
        return i * i;
    }

    static int cube(int i) {
        return i * i * i;
    }

    static int virtualSquare(int i) {
        return i * i;
    }
}
