package workbench.export;

import java.util.Locale;

/**
 * What a deterministic run's call path weighs in a format of one value per stack (collapsed stacks, speedscope, the
 * flame graph): its exact calls, or its calls' own time in nanoseconds (calibrated, as the table's tottime). pprof
 * carries both as two sample types.
 */
public enum PathValue {
    /** Calls along the path: exact, the same on every run of a deterministic program. */
    CALLS,
    /** Own nanoseconds of the calls along the path: they add up to the function's tottime. */
    TIME;

    /** @return the name on the command line */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
