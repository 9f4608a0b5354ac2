package workbench.trace;

/**
 * Constants of the line agent's raw file, which {@link LineDataWriter} writes and {@link LineDataReader} reads: a small
 * tab-separated text file whose first row is the magic word and the format version.
 *
 * <pre>
 * workbench-line-data	2
 * timing	exact
 * overhead-ns	23.125
 * clock	cpu
 * threads	4
 * process	1204000000	1350000000
 * table	workbench/workload/BoxedBootstrap	confidenceInterval	(Ljava/util/List;IDLjava/util/Random;)Lworkbench/workload/Interval;	workbench/workload/BoxedBootstrap.java	20
 * line	26	4000040	1234567	40
 * </pre>
 *
 * <p>The {@code clock} row is there only for a clock other than the wall clock, so a wall-clock file is what earlier
 * builds wrote and read. {@code threads} (how many threads ran the selected methods, what the times sum over; there
 * only for more than one) and {@code process} (the process's wall and CPU nanoseconds at the dump) are absent from
 * files of earlier builds, which read as one thread and unknown times. {@code line} rows give line, hits, raw
 * nanoseconds and timed intervals, for each line of the preceding table that holds code or was hit.
 */
final class LineFormat {

    /** First token of the file. */
    static final String MAGIC = "workbench-line-data";
    /** Bumped whenever the layout changes; second token of the file. */
    static final int VERSION = 2;
    /** The row that says how many threads ran the selected methods. */
    static final String THREADS = "threads";
    /** The row of the process's wall and CPU nanoseconds. */
    static final String PROCESS = "process";

    private LineFormat() {
    }
}
