package workbench.model;

import java.util.Locale;

/** Who takes the samples in the child JVM. */
public enum SamplingEngine {
    /** async-profiler, loaded as a native agent from the library its Maven jar carries. */
    ASYNC,
    /** The JDK's own Flight Recorder. */
    JFR;

    /** @return the name used on the command line and in saved runs */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name {@code async} or {@code jfr}
     * @return the engine
     * @throws IllegalArgumentException for any other name
     */
    public static SamplingEngine fromCliName(String name) {
        for (SamplingEngine e : values()) {
            if (e.cliName().equals(name)) return e;
        }
        throw new IllegalArgumentException("unknown engine '" + name + "' (expected async or jfr)");
    }
}
