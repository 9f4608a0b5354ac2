package workbench.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per-line hits and times of the selected functions, as line_profiler keeps them.
 *
 * @param timing              how the lines were timed
 * @param overheadNanosPerHit the per-line cost measured and subtracted (0 when none)
 * @param functions           one entry per profiled function
 * @param clock               the clock exact times were read with ({@link Clock#WALL} in runs saved before it was kept)
 * @param threads             how many threads ran the profiled functions: their times are summed over them (1 in
 *                            runs saved before it was kept)
 * @param process             the process's own wall and CPU time, to read a sum over threads against
 *                            ({@link ProcessTimes#UNKNOWN} where not measured)
 */
public record LineData(LineTiming timing, double overheadNanosPerHit, List<FunctionLines> functions, Clock clock,
                       long threads, ProcessTimes process) implements ProfileData {

    public LineData {
        functions = List.copyOf(functions);
        if (clock == null) clock = Clock.WALL;
        if (threads < 1) threads = 1;
        if (process == null) process = ProcessTimes.UNKNOWN;
    }

    /** Line data of one thread, the process's times unknown. */
    public LineData(LineTiming timing, double overheadNanosPerHit, List<FunctionLines> functions, Clock clock) {
        this(timing, overheadNanosPerHit, functions, clock, 1, ProcessTimes.UNKNOWN);
    }

    /** Line data of one thread read with the wall clock. */
    public LineData(LineTiming timing, double overheadNanosPerHit, List<FunctionLines> functions) {
        this(timing, overheadNanosPerHit, functions, Clock.WALL);
    }

    @Override
    public Mode mode() {
        return Mode.LINE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitLines(this);
    }

    @Override
    public Optional<FunctionData> functionData() {
        return Optional.empty();
    }

    @Override
    public Optional<SampleData> sampleData() {
        return Optional.empty();
    }

    @Override
    public Optional<LineData> lineData() {
        return Optional.of(this);
    }

    /** @return the line hits */
    @Override
    public long eventCount() {
        return totalHits();
    }

    /** @return every line by identity */
    public Map<LineId, LineStats> byLine() {
        Map<LineId, LineStats> out = new LinkedHashMap<>();
        for (FunctionLines f : functions) {
            for (LineStats s : f.lines()) out.merge(new LineId(f.method(), s.line()), s, LineStats::plus);
        }
        return out;
    }

    /** @return Σ hits over every line */
    public long totalHits() {
        return functions.stream().flatMap(f -> f.lines().stream()).mapToLong(LineStats::hits).sum();
    }

    /** @return Σ time over every line */
    public long totalNanos() {
        return functions.stream().flatMap(f -> f.lines().stream()).mapToLong(LineStats::nanos).sum();
    }

    /**
     * @param other the profile to compare with (B)
     * @return per line: its statistics here (A) and in the other
     */
    public List<Diff.Row<LineId, LineStats>> diff(LineData other) {
        return Diff.of(byLine(), other.byLine());
    }

    /** Adds the other run's hits and times, line by line of the same function; the overhead is averaged over hits. */
    @Override
    public LineData plus(ProfileData other) {
        if (!(other instanceof LineData o)) throw ProfileData.kindMismatch(this, other);
        if (o.timing != timing) throw new IllegalArgumentException("cannot add line data of different timings");
        if (o.clock != clock) throw new IllegalArgumentException("cannot add line data of different clocks");
        Map<MethodId, FunctionLines> sum = new LinkedHashMap<>();
        for (FunctionLines f : functions) sum.merge(f.method(), f, FunctionLines::plus);
        for (FunctionLines f : o.functions) sum.merge(f.method(), f, FunctionLines::plus);
        long hits = totalHits();
        long otherHits = o.totalHits();
        double overhead = hits + otherHits == 0 ? overheadNanosPerHit
                : (overheadNanosPerHit * hits + o.overheadNanosPerHit * otherHits) / (hits + otherHits);
        // the threads of two runs of a program are the same threads, as the function tables merge them by name
        return new LineData(timing, overhead, new ArrayList<>(sum.values()), clock, Math.max(threads, o.threads),
                process.plus(o.process));
    }

    /**
     * The lines of one function (its lambdas and local classes included).
     *
     * @param method the selected method
     * @param source its source file and first line (the smallest line of the table)
     * @param lines  lines with at least one hit or one instrumented line start, ascending
     */
    public record FunctionLines(MethodId method, SourceRef source, List<LineStats> lines) {
        public FunctionLines {
            lines = List.copyOf(lines);
        }

        /** @return the table's first line */
        public int firstLine() {
            return source.line();
        }

        /**
         * @param o the same function's lines from elsewhere
         * @return the sum, line by line
         */
        public FunctionLines plus(FunctionLines o) {
            Map<Integer, LineStats> byLine = new TreeMap<>();
            for (LineStats s : lines) byLine.put(s.line(), s);
            for (LineStats s : o.lines) byLine.merge(s.line(), s, LineStats::plus);
            int first = Math.min(source.line(), o.source.line());
            return new FunctionLines(method, source.atLine(first), new ArrayList<>(byLine.values()));
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
        /**
         * @param o the same line's statistics from elsewhere
         * @return the sum
         */
        public LineStats plus(LineStats o) {
            return new LineStats(line, hits + o.hits, nanos + o.nanos);
        }
    }
}
