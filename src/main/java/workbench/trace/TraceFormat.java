package workbench.trace;

/**
 * Constants of the raw trace file the agent writes at shutdown and the driver reads: big-endian
 * ({@code DataOutputStream}), a magic number, a format version, then the header, the function table and one
 * block per thread (function rows, edge rows, calling-context nodes), and an end marker so that a file cut short is told apart from a complete one.
 */
final class TraceFormat {

    /** "WBTR". */
    static final int MAGIC = 0x57425452;
    /** Bumped whenever the layout changes. */
    static final int VERSION = 5;
    /** The version before the thread count: a thread block is one thread's (as a total of finished threads was taken). */
    static final int ONE_THREAD_EACH = 4;
    /** The version before the warm-up: its header ends at the process's times, and nothing was left out. */
    static final int NO_WARMUP = 3;
    /**
     * The version before the clock: its header ends at the wall time and node limit, and it was read with the wall
     * clock. A killed workbench of an earlier build may have left one behind, so it is still read.
     */
    static final int WALL_ONLY = 2;
    /** Precedes each thread block. */
    static final byte THREAD = 'T';
    /** Follows the last thread block. */
    static final byte END = 'E';

    private TraceFormat() {
    }
}
