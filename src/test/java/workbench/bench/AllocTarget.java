package workbench.bench;

/**
 * A program with a known allocation split, run in a child JVM by the allocation tests: {@link #threeQuarters}
 * allocates 3 {@code long[]} of 1024 elements for every one that {@link #oneQuarter} allocates, so they allocate
 * 75 % and 25 % of the bytes whatever the machine, the heap or the sampling interval. The arrays escape into a
 * field, so the compiler cannot take the allocations away.
 */
public final class AllocTarget {

    /** Elements per array: 8 KiB and a header each. */
    static final int ELEMENTS = 1024;
    private static Object sink;

    private AllocTarget() {
    }

    /** @param args rounds (default 200000: about 6.6 GB) */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            sum += threeQuarters(r);
            sum += oneQuarter(r);
        }
        System.out.println("sum " + sum);
    }

    static long threeQuarters(int r) {
        long s = 0;
        for (int i = 0; i < 3; i++) {
            long[] a = new long[ELEMENTS]; // ALLOC-LINE threeQuarters
            a[r & (ELEMENTS - 1)] = r;
            sink = a;
            s += a.length;
        }
        return s;
    }

    static long oneQuarter(int r) {
        long[] a = new long[ELEMENTS]; // ALLOC-LINE oneQuarter
        a[r & (ELEMENTS - 1)] = r;
        sink = a;
        return a.length;
    }
}
