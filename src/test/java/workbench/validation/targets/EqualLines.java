package workbench.validation.targets;

/**
 * A method with two lines of equal work: the line study's target with a known truth. A delay injected at the line
 * marked {@code FIRST} makes it the only line that grows; the line marked {@code SECOND}, its neighbour, is the
 * control. (Tests find the lines by these markers, so the file may move.)
 */
public final class EqualLines {

    private static long sink;

    private EqualLines() {
    }

    /** @return two equal mixes of i, one per line */
    static long both(long i) {
        long a = mix(i); // FIRST
        long b = mix(i + 1); // SECOND
        return a ^ b;
    }

    /** @return a mix of i, a few hundred nanoseconds of work */
    static long mix(long i) {
        long x = i;
        for (int k = 0; k < 200; k++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    }

    /**
     * @param args rounds (default 20000)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        for (int i = 0; i < rounds; i++) sink += both(i);
        System.out.println(sink != 42 ? "done" : "");
    }
}
