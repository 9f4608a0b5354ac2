package workbench.model;

import java.util.Locale;

/** The three profilers, as the post has them. */
public enum Mode {
    /** Every call traced, per function: cProfile. */
    DETERMINISTIC,
    /** Stacks sampled at an interval: statprof. */
    SAMPLING,
    /** Every line start counted (and timed): line_profiler. */
    LINE;

    /** @return the name on the command line and in run ids */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name {@code deterministic}, {@code sampling} or {@code line}
     * @return the mode
     * @throws IllegalArgumentException for any other name
     */
    public static Mode fromCliName(String name) {
        for (Mode m : values()) {
            if (m.cliName().equals(name)) return m;
        }
        throw new IllegalArgumentException("unknown mode '" + name + "' (expected deterministic, sampling or line)");
    }
}
