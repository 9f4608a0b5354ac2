package workbench.model;

import java.util.Locale;

/**
 * The clock a traced call's times are read with, as yappi's {@code wall} and {@code cpu} clocks: what a row's
 * tottime and cumtime mean. A saved run without one was timed by the wall clock, the only one earlier builds had.
 */
public enum Clock {
    /** {@code System.nanoTime}: elapsed time, waiting for a lock, a core or the disk included. */
    WALL,
    /** The thread's own CPU time ({@code ThreadMXBean.getCurrentThreadCpuTime}): it stands still while it is parked. */
    CPU;

    /** The name of a run's setting that records its clock. */
    public static final String SETTING = "clock";

    /** @return the name on the command line and in a run's settings */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name {@code wall} or {@code cpu}
     * @return the clock
     * @throws IllegalArgumentException for any other name
     */
    public static Clock fromCliName(String name) {
        for (Clock c : values()) {
            if (c.cliName().equals(name)) return c;
        }
        throw new IllegalArgumentException("--clock must be wall or cpu, got '" + name + "'");
    }

    /**
     * @param setting a run's {@code clock} setting, {@code null} in runs saved before the setting existed
     * @return the clock it names; {@link #WALL} when it names none
     * @throws IllegalArgumentException for a value no build writes (a damaged file), saying so in one line
     */
    public static Clock ofSetting(String setting) {
        if (setting == null) return WALL;
        for (Clock c : values()) {
            if (c.cliName().equals(setting)) return c;
        }
        throw new IllegalArgumentException("its " + SETTING + " setting is '" + setting + "', neither wall nor cpu");
    }

    /** @return what a time read with this clock is, for headers: {@code wall-clock} or {@code thread CPU} */
    public String describe() {
        return this == WALL ? "wall-clock" : "thread CPU";
    }
}
