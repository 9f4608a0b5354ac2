package workbench.model;

import java.util.List;

/**
 * Per-line hits and times of the selected functions, as line_profiler keeps them.
 *
 * @param timing              {@code exact}, {@code hits} or {@code sampled}
 * @param overheadNanosPerHit the per-line cost measured and subtracted (0 when none)
 * @param functions           one entry per profiled function
 */
public record LineProfile(String timing, double overheadNanosPerHit, List<FunctionLines> functions) {

    public LineProfile {
        functions = List.copyOf(functions);
    }

    /**
     * The lines of one function (its lambdas and local classes included).
     *
     * @param file      source file name
     * @param function  {@code Class.method}
     * @param firstLine the method's first line
     * @param lines     lines with at least one hit or one instrumented line start, ascending
     */
    public record FunctionLines(String file, String function, int firstLine, List<LineStats> lines) {
        public FunctionLines {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One source line.
     *
     * @param line  line number
     * @param hits  times execution started this line
     * @param nanos time charged to the line (calibrated), or 0 with {@code --timing hits}
     */
    public record LineStats(int line, long hits, long nanos) {
    }
}
