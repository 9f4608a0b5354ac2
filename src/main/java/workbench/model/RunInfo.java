package workbench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was run, how and where: everything a saved run needs to be listed, re-printed and compared later.
 *
 * @param id          the saved run's id ({@code 20261130-101500-deterministic})
 * @param name        a name the user gave it, {@code ""} for none
 * @param mode        the profiler
 * @param target      the program
 * @param settings    the mode's settings as they took effect (name to value): what ran, not what was asked
 * @param notices     what the run had to do differently from what was asked (a fallback engine), one line each
 * @param startedAt   ISO-8601 instant the child JVM was started
 * @param command     the child JVM's full command line
 * @param jvm         the child's JVM and machine
 * @param clock       the timer and its cost
 * @param wallNanos   wall time of the child JVM, from start to exit, as seen by the driver
 * @param cpuNanos    the child JVM's user + system CPU time, as the kernel counted it (the processes it waited for
 *                    included): what a neighbour's load stretches far less than the wall time; {@code null} where
 *                    unknown (attached to a running JVM, or saved before this field existed)
 * @param runNanos    the program's own measurements: the workload's time of each of its runs, start-up left out
 *                    (empty for a program that reports none)
 * @param exitCode    the child's exit code
 * @param timedOut    whether it was stopped at the time limit
 * @param partial     how far the counts go when they stop before the program's end, {@code null} when they cover
 *                    the whole run (and in runs saved before this field existed)
 * @param recipe      what {@code profile} was told to run, for {@code compare --rerun}; {@code null} for a run that
 *                    cannot be made again (attached to a running JVM, or saved before this field existed)
 */
public record RunInfo(String id, String name, Mode mode, Target target, Map<String, String> settings,
                      List<String> notices, String startedAt, List<String> command, JvmInfo jvm, ClockInfo clock,
                      long wallNanos, Long cpuNanos, List<Long> runNanos, int exitCode, boolean timedOut,
                      Partial partial, RunRecipe recipe) {

    public RunInfo {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        // a damaged saved value fails here, where the store reports the file in one line, not where it is compared
        Clock.ofSetting(settings.get(Clock.SETTING));
        notices = List.copyOf(notices);
        command = List.copyOf(command);
        runNanos = List.copyOf(runNanos);
    }

    /** A run that cannot be made again, its CPU time unknown. */
    public RunInfo(String id, String name, Mode mode, Target target, Map<String, String> settings,
                   List<String> notices, String startedAt, List<String> command, JvmInfo jvm, ClockInfo clock,
                   long wallNanos, List<Long> runNanos, int exitCode, boolean timedOut, Partial partial) {
        this(id, name, mode, target, settings, notices, startedAt, command, jvm, clock, wallNanos, null, runNanos,
                exitCode, timedOut, partial, null);
    }

    /** A run whose counts cover the whole program, that cannot be made again, its CPU time unknown. */
    public RunInfo(String id, String name, Mode mode, Target target, Map<String, String> settings,
                   List<String> notices, String startedAt, List<String> command, JvmInfo jvm, ClockInfo clock,
                   long wallNanos, List<Long> runNanos, int exitCode, boolean timedOut) {
        this(id, name, mode, target, settings, notices, startedAt, command, jvm, clock, wallNanos, null, runNanos,
                exitCode, timedOut, null, null);
    }

    /** @return whether the child's CPU time is known */
    public boolean cpuKnown() {
        return cpuNanos != null;
    }

    /** @return the workload's own time: the sum of its runs, or the child's wall time when it reported none */
    public long ownNanos() {
        return runNanos.isEmpty() ? wallNanos : runNanos.stream().mapToLong(Long::longValue).sum();
    }
}
