package workbench.model;

/**
 * The profiled process's own wall and CPU time, as the agent read them when it wrote its counts: what the threads'
 * summed times stand beside in a table's header, so that twenty threads' 217 s are not read as 217 s of the run.
 *
 * @param wallNanos the JVM's uptime, from its start to the agent's dump; -1 where unknown
 * @param cpuNanos  the CPU time of all the process's threads (user + system, the JVM's own included); -1 where
 *                  unknown
 */
public record ProcessTimes(long wallNanos, long cpuNanos) {

    /** Times a run saved before they were recorded does not have. */
    public static final ProcessTimes UNKNOWN = new ProcessTimes(-1, -1);

    /** @return whether both times are known */
    public boolean known() {
        return wallNanos >= 0 && cpuNanos >= 0;
    }

    /**
     * @param other another run's times
     * @return the sum of both runs' times (a run set's processes ran one after the other), unknown if either is
     */
    public ProcessTimes plus(ProcessTimes other) {
        return known() && other.known()
                ? new ProcessTimes(wallNanos + other.wallNanos, cpuNanos + other.cpuNanos) : UNKNOWN;
    }
}
