package workbench.trace;

import java.util.List;
import workbench.model.Clock;
import workbench.model.ProcessTimes;

/**
 * The content of a raw trace file, as the agent wrote it: function ids and what they stand for, and per thread
 * the raw counters of each function and each caller-to-callee edge. Nothing here is calibrated yet.
 *
 * @param insideNanos  measured cost per traced call that falls inside the callee's timestamps
 * @param outsideCallNanos   measured cost per call-site probe (a call into code not instrumented) that falls
 *                           in the caller's time
 * @param outsideMethodNanos the same for a call of an instrumented method
 * @param wallNanos    time from the agent's start to the dump
 * @param maxPaths     calling-context nodes each thread could keep before calls went under the marker (0: no tree)
 * @param functions    every function id handed out, indexed by id
 * @param threads      every thread that ran instrumented code
 * @param clock        the clock the probes read
 * @param clockReadNanos measured cost of one reading of that clock, 0 where not measured
 * @param process      the process's own wall and CPU time at the dump
 * @param warmupRuns   calls of the warm-up boundary's method (runs) left out of the counts ({@link TraceBaseline}); 0 when
 *                     no warm-up was asked for or its boundary was never reached
 */
public record TraceData(double insideNanos, double outsideCallNanos, double outsideMethodNanos, long wallNanos,
                        int maxPaths, List<Function> functions, List<ThreadData> threads, Clock clock,
                        double clockReadNanos, ProcessTimes process, int warmupRuns) {

    public TraceData {
        functions = List.copyOf(functions);
        threads = List.copyOf(threads);
        if (warmupRuns < 0) throw new IllegalArgumentException("warm-up runs must be 0 or more, got " + warmupRuns);
    }

    /** A trace of every call, no warm-up left out. */
    public TraceData(double insideNanos, double outsideCallNanos, double outsideMethodNanos, long wallNanos,
                     int maxPaths, List<Function> functions, List<ThreadData> threads, Clock clock,
                     double clockReadNanos, ProcessTimes process) {
        this(insideNanos, outsideCallNanos, outsideMethodNanos, wallNanos, maxPaths, functions, threads, clock,
                clockReadNanos, process, 0);
    }

    /** A wall-clock trace without the clock's cost or the process's times. */
    public TraceData(double insideNanos, double outsideCallNanos, double outsideMethodNanos, long wallNanos,
                     int maxPaths, List<Function> functions, List<ThreadData> threads) {
        this(insideNanos, outsideCallNanos, outsideMethodNanos, wallNanos, maxPaths, functions, threads, Clock.WALL, 0,
                ProcessTimes.UNKNOWN);
    }

    /** A trace without a call tree. */
    public TraceData(double insideNanos, double outsideCallNanos, double outsideMethodNanos, long wallNanos,
                     List<Function> functions, List<ThreadData> threads) {
        this(insideNanos, outsideCallNanos, outsideMethodNanos, wallNanos, 0, functions, threads);
    }

    /**
     * What a function id stands for.
     *
     * @param id         the id
     * @param builtin    a call target that was not instrumented (a JDK method), counted at its call sites
     * @param className  internal class name
     * @param method     method name
     * @param descriptor method descriptor ({@code ""} for built-ins)
     * @param sourceFile source file name ({@code ""} for built-ins)
     * @param firstLine  first line of the method (0 when unknown)
     */
    public record Function(int id, boolean builtin, String className, String method, String descriptor,
                           String sourceFile, int firstLine) {
    }

    /**
     * Raw counters of one function, or of one edge, on one thread.
     *
     * @param calls       all calls
     * @param primitive   calls made while the function (edge) was not already active
     * @param own         nanoseconds between its timestamps minus those of its direct callees
     * @param cumulative  nanoseconds between the timestamps of outermost calls
     * @param children    direct calls it made (functions only; 0 for edges, whose share is estimated from the callee)
     * @param descendants calls at any depth made during outermost calls
     */
    public record Counts(long calls, long primitive, long own, long cumulative, long children, long descendants) {
    }

    /**
     * One thread's counters.
     *
     * @param name      thread name
     * @param threadId  {@code Thread.getId()}
     * @param functions function id to counters, for each function it called
     * @param edges     its caller-to-callee edges
     * @param nodes     its calling-context tree, parents before children (empty when none was kept)
     * @param threads   how many threads it holds: 1, or for a total of finished threads the number folded into it
     */
    public record ThreadData(String name, long threadId, List<FunctionCounts> functions, List<EdgeCounts> edges,
                             List<PathNode> nodes, long threads) {
        public ThreadData {
            functions = List.copyOf(functions);
            edges = List.copyOf(edges);
            nodes = List.copyOf(nodes);
            if (threads < 1) throw new IllegalArgumentException("a thread block holds at least one thread: " + threads);
        }

        /** One thread. */
        public ThreadData(String name, long threadId, List<FunctionCounts> functions, List<EdgeCounts> edges,
                          List<PathNode> nodes) {
            this(name, threadId, functions, edges, nodes, 1);
        }

        /** One thread without a call tree. */
        public ThreadData(String name, long threadId, List<FunctionCounts> functions, List<EdgeCounts> edges) {
            this(name, threadId, functions, edges, List.of());
        }
    }

    /**
     * One node of a thread's calling-context tree: the calls of one function along one call path.
     *
     * @param parent   the parent node's index in the thread's list (always smaller than this node's), {@link #ROOT}
     *                 for calls from code that is not instrumented, or {@link #TRUNCATED} for the calls of this
     *                 function on paths beyond the node limit, whatever their path
     * @param function the function id
     * @param calls    calls along the path
     * @param own      raw nanoseconds between the calls' timestamps minus those of their direct callees
     */
    public record PathNode(int parent, int function, long calls, long own) {
        /** The parent of a path's first call. */
        public static final int ROOT = -1;
        /** The parent of the nodes that count calls on paths beyond the limit. */
        public static final int TRUNCATED = -2;
    }

    /**
     * @param id     function id
     * @param counts its counters
     */
    public record FunctionCounts(int id, Counts counts) {
    }

    /**
     * @param caller caller's function id
     * @param callee callee's function id
     * @param counts the callee's counters for calls along this edge
     */
    public record EdgeCounts(int caller, int callee, Counts counts) {
    }
}
