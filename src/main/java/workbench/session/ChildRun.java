package workbench.session;

import java.util.List;
import workbench.model.ClockInfo;

/**
 * How one child JVM ran, whatever profiled it: what {@link ProfileSession} measures around every child.
 *
 * @param startedAt ISO-8601 instant the child was started
 * @param command   its full command line
 * @param clock     the timer and its cost
 * @param wallNanos the child's wall time, start to exit
 * @param runNanos  the workload's own time of each of its runs (its run log), empty for a program that reports none
 * @param exitCode  the child's exit code
 * @param timedOut  whether it was stopped at the time limit
 * @param peakHeapBytes the workload's peak heap as its run log reports it ({@link RunLog}), -1 when not asked for
 * @param cpuNanos  the child's user + system CPU time, the processes it waited for included ({@link ChildCpu}); -1
 *                  where unknown
 */
public record ChildRun(String startedAt, List<String> command, ClockInfo clock, long wallNanos, List<Long> runNanos,
                       int exitCode, boolean timedOut, long peakHeapBytes, long cpuNanos) {

    public ChildRun {
        command = List.copyOf(command);
        runNanos = List.copyOf(runNanos);
    }

    /**
     * @param warmupRuns the first runs a profile left out as warm-up
     * @return this child's run without them: its own time is then the measured runs' (its CPU time, the whole
     *     child's, still holds them)
     */
    public ChildRun withoutFirst(int warmupRuns) {
        if (warmupRuns == 0) return this;
        return new ChildRun(startedAt, command, clock, wallNanos,
                runNanos.subList(Math.min(warmupRuns, runNanos.size()), runNanos.size()), exitCode, timedOut,
                peakHeapBytes, cpuNanos);
    }

    /** @return the workload's own time: the sum of its runs, or the wall time when it reported none */
    public long ownNanos() {
        return runNanos.isEmpty() ? wallNanos : runNanos.stream().mapToLong(Long::longValue).sum();
    }
}
