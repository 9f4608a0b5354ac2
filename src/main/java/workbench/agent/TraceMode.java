package workbench.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.rt.Baseline;
import workbench.agent.rt.Calibration;
import workbench.agent.rt.CallSites;
import workbench.agent.rt.ThreadClock;
import workbench.agent.rt.ThreadCounters;
import workbench.agent.rt.ThreadTrace;
import workbench.agent.rt.Tracer;
import workbench.instrument.BoundaryInstrumenter;
import workbench.instrument.MethodTraceInstrumenter;
import workbench.instrument.ProbeTable;
import workbench.instrument.SkipLog;
import workbench.instrument.WarmupBoundary;
import workbench.model.Clock;
import workbench.model.ProcessTimes;
import workbench.trace.TraceBaseline;
import workbench.trace.TraceData;
import workbench.trace.TraceWriter;

/** The deterministic mode: enter/exit and call-site probes, and the raw trace file. */
final class TraceMode implements AgentMode {

    /** A node left out of the dump, and so its children. */
    private static final int SKIPPED = Integer.MIN_VALUE;

    private final AgentOptions options;
    private final ProbeTable probes = new ProbeTable();
    private final MethodTraceInstrumenter instrumenter;
    /** What the probes and one clock reading cost; {@code null} when not asked for. */
    private final BackgroundMeasurement<Calibration> measured;
    /** Attached: the lower of the measurements at the start and at the end ({@link #beforeAttachedDump}). */
    private volatile Calibration remeasured;
    private final long start = System.nanoTime();
    /** The clock the probes read: the one asked for, or the wall clock where the JVM has no thread CPU time. */
    private final Clock clock;

    TraceMode(AgentOptions options, ClassFilter filter, SkipLog skips) {
        this.options = options;
        this.instrumenter = new MethodTraceInstrumenter(probes, filter, skips);
        Tracer.maxPaths(options.paths());
        if (options.warmup() != null) Baseline.arm(options.warmup().runs());
        // before the calibration, which measures the probes with the clock they will read
        this.clock = options.clock() == Clock.CPU && ThreadClock.Choice.useCpu() ? Clock.CPU : Clock.WALL;
        this.measured = options.calibrate()
                ? BackgroundMeasurement.start("workbench-agent-calibration", () -> Calibration.measure(options.paths()))
                : null;
    }

    @Override
    public boolean profilesClasses() {
        return true;
    }

    @Override
    public byte[] instrument(String internalName, byte[] classBytes) {
        byte[] out = instrumenter.instrument(internalName, classBytes);
        Tracer.capacityHint(probes.size());
        probes.publishSites(CallSites.PUBLISHED);
        WarmupBoundary boundary = options.warmup();
        if (out == null || boundary == null || !boundary.at().matchesClass(internalName)) return out;
        byte[] marked = BoundaryInstrumenter.instrument(out, boundary);
        return marked == null ? out : marked;
    }

    /**
     * Attached, the first calibration ran in a JVM busy with its program, before any probe was compiled: it is
     * measured again at the end, when they are, and the lower figures kept (the calibration's own rule: the least a
     * probe costs is what it costs without disturbance).
     */
    @Override
    public void beforeAttachedDump() {
        if (measured == null) return;
        Calibration first = measured.get();
        Calibration again = Calibration.measure(options.paths());
        remeasured = perCall(again) < perCall(first) ? again : first;
    }

    private static double perCall(Calibration c) {
        return c.outsideCall() + c.outsideMethod() + c.inside();
    }

    /** @return the probes' costs for a raw file, {@code null} when not measured */
    private Calibration costs() {
        Calibration r = remeasured;
        return r != null || measured == null ? r : measured.get();
    }

    @Override
    public void write(Path file) throws IOException {
        TraceWriter.write(snapshot(), file);
    }

    private TraceData snapshot() {
        long wall = System.nanoTime() - start;
        List<TraceData.Function> functions = functions(probes);
        int n = functions.size();
        List<TraceData.ThreadData> threads = new ArrayList<>();
        Map<Long, TraceData.ThreadData> baseline = baseline(n);
        for (ThreadTrace live : Tracer.traces()) {
            ThreadTrace t = live;
            try {
                t = live.detachedCopy(); // the thread may still be running: never change its counters under it
                t.closeAll(); // frames still open (System.exit, a timeout) end now, in the copy
                TraceData.ThreadData data = threadData(t, n);
                if (baseline != null || !data.functions().isEmpty()) threads.add(data);
            } catch (RuntimeException e) {
                // a thread still running while we read its counters must not cost the other threads' data
                System.err.println("workbench agent: thread " + t.name() + " left out (" + e + ")");
            }
        }
        // a thread folded into a total since the boundary has its warm-up there
        threads = TraceBaseline.since(threads, baseline, ThreadCounters::totalName, ThreadCounters.OTHER_TOTAL);
        Calibration c = costs();
        double in = c == null ? 0 : c.inside();
        double call = c == null ? 0 : c.outsideCall();
        double method = c == null ? 0 : c.outsideMethod();
        return new TraceData(in, call, method, wall, options.paths(), functions, threads, clock,
                c == null ? 0 : c.clockRead(),
                processTimes(), baseline == null ? 0 : options.warmup().runs());
    }

    /**
     * @param n the function ids the dump writes
     * @return each thread's counters at the warm-up boundary by thread id, as the dump would write them; {@code null}
     *     when no warm-up was asked for or its method has not returned often enough yet
     */
    private Map<Long, TraceData.ThreadData> baseline(int n) {
        List<ThreadTrace> taken = options.warmup() == null ? null : Baseline.taken();
        if (taken == null) return null;
        Map<Long, TraceData.ThreadData> byThread = new HashMap<>();
        for (ThreadTrace t : taken) byThread.put(t.threadId(), threadData(t, n));
        return byThread;
    }

    /**
     * @return this JVM's uptime and the CPU time of all its threads so far, as the kernel counts them (to its clock
     *     tick); shared with {@link HybridMode}
     */
    static ProcessTimes processTimes() {
        try {
            ProcessHandle.Info info = ProcessHandle.current().info();
            long wall = info.startInstant().map(t -> Duration.between(t, Instant.now()).toNanos()).orElse(-1L);
            long cpu = info.totalCpuDuration().map(Duration::toNanos).orElse(-1L);
            return new ProcessTimes(wall, cpu);
        } catch (RuntimeException e) {
            return ProcessTimes.UNKNOWN; // the counts matter more than the times beside them
        }
    }

    /** @return what each function id stands for, as the raw file names them; shared with {@link HybridMode} */
    static List<TraceData.Function> functions(ProbeTable probes) {
        List<TraceData.Function> functions = new ArrayList<>();
        for (ProbeTable.Entry e : probes.entries()) {
            functions.add(new TraceData.Function(e.id(), e.builtin(), e.className(), e.method(), e.descriptor(),
                    e.builtin() ? "" : e.sourceFile(), e.firstLine()));
        }
        return functions;
    }

    /**
     * The runtime counts calls and own time per edge only; a function's are the sums over the edges into it, and
     * its direct calls the sum over the edges out of it. Calls from uninstrumented code come in on a root edge,
     * which is not written as an edge: pstats lists no caller for them either. Calls counted per call site are added
     * to the rows first ({@link ThreadTrace#settle}).
     */
    static TraceData.ThreadData threadData(ThreadTrace t, int n) {
        t.settle();
        // per row of the thread's (sparse) function rows, never per function of the program
        long[] fn = t.functionRows();
        int rowCount = t.functionRowCount();
        long[] calls = new long[rowCount];
        long[] own = new long[rowCount];
        long[] children = new long[rowCount];
        long[] ed = t.edgeRows();
        List<TraceData.EdgeCounts> edges = new ArrayList<>();
        int count = Math.min(t.edgeCount(), ed.length / ThreadTrace.STRIDE);
        for (int e = 0; e < count; e++) {
            long key = t.edgeKey(e);
            int caller = (int) (key >>> 32);
            int callee = (int) key;
            int row = t.functionRow(callee);
            if (callee >= n || row >= rowCount) continue; // an id handed out after the snapshot of the table began
            int b = e * ThreadTrace.STRIDE;
            calls[row] += ed[b + ThreadTrace.CALLS];
            own[row] += ed[b + ThreadTrace.OWN];
            if (caller == ThreadTrace.ROOT || caller >= n) continue;
            int callerRow = t.functionRow(caller);
            if (callerRow < rowCount) children[callerRow] += ed[b + ThreadTrace.CALLS];
            edges.add(new TraceData.EdgeCounts(caller, callee, new TraceData.Counts(ed[b + ThreadTrace.CALLS],
                    ed[b + ThreadTrace.PRIMITIVE], ed[b + ThreadTrace.OWN], ed[b + ThreadTrace.CUMULATIVE], 0,
                    ed[b + ThreadTrace.DESCENDANTS])));
        }
        List<TraceData.FunctionCounts> rows = new ArrayList<>();
        for (int r = 1; r < rowCount; r++) {
            int b = r * ThreadTrace.STRIDE;
            int id = (int) fn[b + ThreadTrace.ID];
            if (calls[r] == 0 || id >= n) continue;
            rows.add(new TraceData.FunctionCounts(id, new TraceData.Counts(calls[r], fn[b + ThreadTrace.PRIMITIVE],
                    own[r], fn[b + ThreadTrace.CUMULATIVE], children[r], fn[b + ThreadTrace.DESCENDANTS])));
        }
        rows.sort(java.util.Comparator.comparingInt(TraceData.FunctionCounts::id));
        return new TraceData.ThreadData(t.name(), t.threadId(), rows, edges, nodes(t, n),
                Math.max(1, t.threadCount()));
    }

    /**
     * The calling-context nodes, parents before children, renumbered densely: a node of a function id handed out after
     * the snapshot of the table began is left out, and so is everything below it.
     */
    private static List<TraceData.PathNode> nodes(ThreadTrace t, int n) {
        long[] rows = t.pathRows();
        int count = Math.min(t.pathCount(), rows.length / ThreadTrace.STRIDE);
        int[] kept = new int[count];
        List<TraceData.PathNode> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long key = t.pathKey(i);
            int parent = (int) (key >>> 32);
            int function = (int) key;
            int mapped = parent == ThreadTrace.ROOT ? TraceData.PathNode.ROOT
                    : parent == ThreadTrace.TRUNCATED ? TraceData.PathNode.TRUNCATED
                    : parent < i ? kept[parent] : SKIPPED;
            if (function >= n || mapped == SKIPPED) {
                kept[i] = SKIPPED;
                continue;
            }
            kept[i] = out.size();
            int b = i * ThreadTrace.STRIDE;
            out.add(new TraceData.PathNode(mapped, function, rows[b + ThreadTrace.CALLS], rows[b + ThreadTrace.OWN]));
        }
        return out;
    }
}
