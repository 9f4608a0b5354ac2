package demo.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * Dies of {@code OutOfMemoryError} with its heap full: a static list of {@code long[100_000]} grows until the heap
 * (run it with {@code -Xmx32m}) is gone. Prints its own count of {@link #grow} calls first, on a little heap of its
 * own, so that a profile can be checked against it.
 */
public final class Grow {

    private static final List<long[]> KEPT = new ArrayList<>();
    /** Given back to print the count: the count is the program's own, the heap for it too. */
    private static byte[] spare = new byte[2 << 20];
    private static int grows;

    private Grow() {
    }

    static void grow() {
        grows++; KEPT.add(new long[100_000]); // the growing function
    }

    /** @param args none */
    public static void main(String[] args) {
        try {
            while (true) grow();
        } catch (OutOfMemoryError e) {
            spare = null;
            System.out.print("grow calls: ");
            System.out.println(grows);
            throw e;
        }
    }
}
