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
    static final int VERSION = 2;
    /** Precedes each thread block. */
    static final byte THREAD = 'T';
    /** Follows the last thread block. */
    static final byte END = 'E';

    private TraceFormat() {
    }
}
