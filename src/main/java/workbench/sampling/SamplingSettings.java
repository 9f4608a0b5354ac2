package workbench.sampling;

import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;

import java.util.Locale;
import workbench.model.Durations;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sampling run's settings, checked for combinations the engines cannot do.
 *
 * @param engine        who samples
 * @param event         what a sample stands for
 * @param intervalNanos the sampling interval
 * @param allThreads    {@code true} to keep JVM threads (JIT, GC, ...) as well as the program's own
 */
public record SamplingSettings(SamplingEngine engine, SamplingEvent event, long intervalNanos, boolean allThreads) {

    /** statprof's default interval: 1 ms. */
    public static final long DEFAULT_INTERVAL_NANOS = 1_000_000L;

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s)?");

    /**
     * @param engine the engine's name
     * @param event  the event's name
     * @param interval a duration such as {@code 1ms}, {@code 500us}, {@code 0.01s}; a bare number is nanoseconds
     * @param allThreads whether to keep JVM threads
     * @return the checked settings
     * @throws IllegalArgumentException naming what is wrong: an unknown name, a bad interval, or a combination
     *                                  that this engine, OS or Java cannot sample
     */
    public static SamplingSettings of(String engine, String event, String interval, boolean allThreads) {
        SamplingSettings s = new SamplingSettings(SamplingEngine.fromCliName(engine), SamplingEvent.fromCliName(event),
                parseInterval(interval), allThreads);
        s.check(Runtime.version().feature(), System.getProperty("os.name", ""));
        return s;
    }

    /**
     * The event a mode samples when none is named, as this engine can: JFR has no wall-clock sampler, and its CPU
     * sampler is the nearest (as when JFR stands in for async-profiler).
     *
     * @param engine the engine
     * @param wanted the mode's event
     * @return {@code wanted}, or {@link SamplingEvent#CPU} where the engine has no such sampler
     */
    public static SamplingEvent defaultEvent(SamplingEngine engine, SamplingEvent wanted) {
        return engine == SamplingEngine.JFR && (wanted == SamplingEvent.WALL || wanted == SamplingEvent.ITIMER)
                ? SamplingEvent.CPU : wanted;
    }

    /**
     * Checks what the engines support: JFR has no wall-clock or itimer sampler; JEP 509's CPU-time sampler needs
     * JFR on Java 25 or later on Linux; JFR's sampler works in whole milliseconds.
     *
     * @param javaFeature the child JVM's feature version (17, 25, ...)
     * @param osName      {@code os.name}
     * @throws IllegalArgumentException for a combination that cannot work
     */
    public void check(int javaFeature, String osName) {
        if (engine == SamplingEngine.JFR && (event == SamplingEvent.WALL || event == SamplingEvent.ITIMER)) {
            throw new IllegalArgumentException("JFR has no " + event.cliName() + " sampler; use --engine async"
                    + " for --event " + event.cliName());
        }
        if (event == SamplingEvent.CPU_TIME) {
            if (engine != SamplingEngine.JFR) {
                throw new IllegalArgumentException("--event cpu-time is JFR's CPU-time sampler; use --engine jfr"
                        + " (async-profiler's cpu event already samples CPU time)");
            }
            if (javaFeature < 25) {
                throw new IllegalArgumentException("--event cpu-time needs Java 25 or later (JEP 509); this is Java "
                        + javaFeature);
            }
            if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
                throw new IllegalArgumentException("--event cpu-time needs Linux; this is " + osName);
            }
        }
        if (engine == SamplingEngine.JFR && (intervalNanos < 1_000_000L || intervalNanos % 1_000_000L != 0)) {
            throw new IllegalArgumentException("JFR samples in whole milliseconds (1ms or more), got "
                    + Durations.format(intervalNanos));
        }
    }

    /**
     * Parses a duration with an optional unit: {@code ns}, {@code us}, {@code ms} or {@code s}.
     *
     * @param text e.g. {@code 1ms}
     * @return nanoseconds, at least 1
     * @throws IllegalArgumentException when it is not a positive duration
     */
    public static long parseInterval(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("interval must be a duration like 1ms, 500us or 10ms, got '" + text
                    + "'");
        }
        String unit = m.group(2) == null ? "ns" : m.group(2);
        double scale = switch (unit) {
            case "s" -> 1e9;
            case "ms" -> 1e6;
            case "us" -> 1e3;
            default -> 1;
        };
        double nanos = Double.parseDouble(m.group(1)) * scale;
        if (nanos < 1 || nanos > 60e9) {
            throw new IllegalArgumentException("interval must be between 1ns and 60s, got '" + text + "'");
        }
        return Math.round(nanos);
    }
    /** @return {@code all} or {@code workload}, as saved with the run */
    public String threadsName() {
        return allThreads ? "all" : "workload";
    }
}
