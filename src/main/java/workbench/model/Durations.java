package workbench.model;

import java.util.Locale;

/** How durations such as a sampling interval are written: for reading ({@link #format}) or exactly ({@link #exact}). */
public final class Durations {

    private Durations() {
    }

    /**
     * @param nanos a duration in nanoseconds
     * @return e.g. {@code 1s}, {@code 10ms}, {@code 1.50ms}, {@code 250us}, {@code 100ns}
     */
    public static String format(long nanos) {
        if (nanos % 1_000_000_000L == 0) return nanos / 1_000_000_000L + "s";
        if (nanos % 1_000_000L == 0) return nanos / 1_000_000L + "ms";
        if (nanos >= 1_000_000L) return String.format(Locale.ROOT, "%.2fms", nanos / 1e6);
        if (nanos % 1_000L == 0) return nanos / 1_000L + "us";
        if (nanos >= 1_000L) return String.format(Locale.ROOT, "%.2fus", nanos / 1e3);
        return nanos + "ns";
    }

    /**
     * @param nanos a duration in nanoseconds
     * @return the largest unit that keeps it exact, as the options parser reads it back: {@code 1ms},
     *         {@code 250us}, {@code 1500001ns}
     */
    public static String exact(long nanos) {
        if (nanos % 1_000_000_000L == 0) return nanos / 1_000_000_000L + "s";
        if (nanos % 1_000_000L == 0) return nanos / 1_000_000L + "ms";
        if (nanos % 1_000L == 0) return nanos / 1_000L + "us";
        return nanos + "ns";
    }
}
