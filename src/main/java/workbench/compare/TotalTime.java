package workbench.compare;

/**
 * What a comparison's total is. The child process's CPU time when every run of both sides recorded it: on a shared
 * machine the wall time moves with the neighbours' load (an A/A re-run under load once called it +54 % slower),
 * the CPU time much less. Otherwise the own time on the wall clock, the only total older runs have.
 */
public enum TotalTime {
    /** The child JVM's user + system CPU time, start-up and the profiler's own work included. */
    CPU("CPU time of the process"),
    /** The workload's own time (its runs, start-up apart), or a program's wall time, start to exit. */
    WALL("own time, wall");

    private final String label;

    TotalTime(String label) {
        this.label = label;
    }

    /** @return what the total is, for headers: {@code CPU time of the process} or {@code own time, wall} */
    public String label() {
        return label;
    }
}
