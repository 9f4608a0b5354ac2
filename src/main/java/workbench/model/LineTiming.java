package workbench.model;

import java.util.Locale;

/** How the line mode gives lines their times. */
public enum LineTiming {
    /** Every line start timed with {@code System.nanoTime}, the probe's cost calibrated away. */
    EXACT,
    /** Hits counted, no time measured: the cheapest. */
    HITS,
    /** Hits counted exactly, times from sampled stacks of the same run. */
    SAMPLED;

    /** @return the name on the command line */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name {@code exact}, {@code hits} or {@code sampled}
     * @return the timing
     * @throws IllegalArgumentException for any other name
     */
    public static LineTiming fromCliName(String name) {
        for (LineTiming t : values()) {
            if (t.cliName().equals(name)) return t;
        }
        throw new IllegalArgumentException("--timing must be exact, hits or sampled, got '" + name + "'");
    }
}
