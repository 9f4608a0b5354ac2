package workbench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One child of an accuracy study: with or without the injected delay, under one profiler configuration, and the time
 * its profile gave each function (kept per function, not the whole profile, so that a saved study stays small).
 *
 * @param config     the configuration's label
 * @param run        which of the configuration's runs, from 1
 * @param injected   whether the delay was injected
 * @param ownNanos   the program's own time (start-up left out)
 * @param delayCalls how many times the delay ran (0 without)
 * @param delayNanos the CPU time the delay spent: the truth (0 without)
 * @param delayWallNanos the wall-clock time the delay took (0 without): the truth for a profiler on a wall clock
 * @param functions  the profile's own time per function ({@code Class.method}), nanoseconds: traced, or samples
 *                   times the interval; the delay's own frame counted in its caller, as inlined code would be.
 *                   In a line study the injected function's time is kept per line, {@code Class.method:LINE}, and a
 *                   line mode's profile has its lines only
 * @param wallNanos  the child's wall time, start to exit; 0 in studies saved before it was kept
 */
public record AccuracyRun(String config, int run, boolean injected, long ownNanos, long delayCalls, long delayNanos,
                          long delayWallNanos, Map<String, Double> functions, long wallNanos) {

    public AccuracyRun {
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    }

    /**
     * @param function a function's name
     * @return the time the profile gave it, 0 when it has none
     */
    public double nanosOf(String function) {
        return functions.getOrDefault(function, 0.0);
    }
}
