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

    /** A line that starts with {@code new}, whose argument branches: its frames hold the allocated, unbuilt Box. */
    static Box boxed(boolean flag) {
        int k = flag ? 3 : 4;
        return new Box(flag ? 1 : k);
    }

    record Box(int value) {
    }
}
