package workbench.validation.targets;

/**
 * Two methods of equal work, called alternately: the accuracy study's target with a known truth. A delay injected
 * into {@link #left} makes it the only one that grows; {@link #right} is the control.
 */
public final class EqualWork {

    private static long sink;

    private EqualWork() {
    }

    /** @param rounds how many times each method runs */
    public static void run(int rounds) {
        for (int i = 0; i < rounds; i++) {
            sink += left(i);
            sink += right(i);
        }
    }

    /** @return a mix of i, a few hundred nanoseconds of work */
    static long left(long i) {
        long x = i;
        for (int k = 0; k < 200; k++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    }

    /** @return the same mix as {@link #left} */
    static long right(long i) {
        long x = i;
        for (int k = 0; k < 200; k++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    }

    /** A loop that starts at the method's first instruction: its jump back must not pass the entry's delay again. */
    static long loopFirst(int n) {
        while (n > 0) {
            n--;
        }
        return n;
    }

    /**
     * @param args rounds (default 20000)
     */
    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 20_000);
        System.out.println(sink != 42 ? "done" : "");
    }
}
