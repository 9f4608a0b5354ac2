package workbench.report;

import java.util.Locale;

/** Byte counts as people read them: {@code 512 B}, {@code 3.2 MiB}, {@code 1.25 GiB}. */
public final class Bytes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Bytes() {
    }

    /**
     * @param bytes a byte count
     * @return it in the largest binary unit it fills, three significant digits
     */
    public static String format(long bytes) {
        double v = bytes;
        int u = 0;
        while (Math.abs(v) >= 1024 && u < UNITS.length - 1) {
            v /= 1024;
            u++;
        }
        if (u == 0) return bytes + " B";
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : v >= 10 ? "%.1f %s" : "%.2f %s", v, UNITS[u]);
    }
}
