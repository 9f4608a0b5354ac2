package workbench.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.overhead.Configuration;

/**
 * The modes a sweep runs its points in: {@code plain}, {@code deterministic}, {@code sampling} (async-profiler at
 * 1 ms), or any profiled configuration of {@code overhead} by its name, with the recorder {@code overhead} uses.
 */
public final class SweepModes {

    /** What {@code sampling} means in a sweep: the cheap, faithful sampler of the overhead study. */
    static final Configuration SAMPLING = Configuration.ASYNC_1MS;

    private SweepModes() {
    }

    /**
     * @param names what the user typed, split at commas
     * @return the modes' names, normalised, each once, in the order given
     * @throws IllegalArgumentException naming the first unknown mode
     */
    public static List<String> parse(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String raw : names) {
            String n = raw.trim().toLowerCase(Locale.ROOT);
            configuration(n); // throws for an unknown one
            if (!out.contains(n)) out.add(n);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("--modes names no mode");
        return out;
    }

    /**
     * @param mode a mode's name
     * @return the configuration that runs it
     * @throws IllegalArgumentException for a name that is not a sweep's mode
     */
    public static Configuration configuration(String mode) {
        if (mode.equals("plain")) return Configuration.PLAIN;
        if (mode.equals("sampling")) return SAMPLING;
        for (Configuration c : Configuration.selectable()) {
            if (c.cliName().equals(mode) && c != Configuration.JFR_OFF) return c;
        }
        throw new IllegalArgumentException("unknown mode '" + mode + "' for --modes (expected plain, deterministic,"
                + " sampling, or one of overhead's: hybrid, async-1ms, async-10ms, jfr-1ms, jfr-10ms, line-hits,"
                + " line-exact, line-sampled)");
    }
}
