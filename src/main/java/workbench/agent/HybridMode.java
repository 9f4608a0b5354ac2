package workbench.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.rt.CallSites;
import workbench.agent.rt.HybridCounter;
import workbench.agent.rt.HybridThreadCounts;
import workbench.agent.rt.ThreadTrace;
import workbench.instrument.MethodTraceInstrumenter;
import workbench.instrument.ProbeRuntime;
import workbench.instrument.ProbeTable;
import workbench.instrument.SkipLog;
import workbench.trace.TraceData;
import workbench.trace.TraceWriter;

/**
 * The agent's half of the hybrid mode ({@code mode=hybrid}, behind {@code --timing sampled}): the trace
 * mode's probes calling {@link HybridCounter}, no clock read and no calibration. It writes the same raw trace file
 * with every time zero, so that one reader and one converter serve both; the times come from a sampler.
 */
final class HybridMode implements AgentMode {

    private final ProbeTable probes = new ProbeTable();
    private final MethodTraceInstrumenter instrumenter;
    private final long start = System.nanoTime();

    HybridMode(AgentOptions options, ClassFilter filter, SkipLog skips) {
        this.instrumenter = new MethodTraceInstrumenter(probes, filter, ProbeRuntime.HYBRID, skips);
    }

    @Override
    public boolean profilesClasses() {
        return true;
    }

    @Override
    public byte[] instrument(String internalName, byte[] classBytes) {
        byte[] out = instrumenter.instrument(classBytes);
        HybridCounter.capacityHint(probes.size());
        probes.publishSites(CallSites.PUBLISHED);
        return out;
    }

    @Override
    public void write(Path file) throws IOException {
        long wall = System.nanoTime() - start;
        List<TraceData.Function> functions = TraceMode.functions(probes);
        long[] sites = probes.sites();
        List<TraceData.ThreadData> threads = new ArrayList<>();
        for (HybridThreadCounts live : HybridCounter.threads()) {
            try {
                TraceData.ThreadData data = threadData(live.detachedCopy(), functions.size(), sites);
                if (!data.functions().isEmpty()) threads.add(data);
            } catch (RuntimeException e) {
                System.err.println("workbench agent: thread " + live.name() + " left out (" + e + ")");
            }
        }
        TraceWriter.write(new TraceData(0, 0, 0, wall, 0, functions, threads, workbench.model.Clock.WALL, 0,
                TraceMode.processTimes()), file);
    }

    /**
     * As {@link TraceMode}'s: a function's calls are the sums over the edges into it, root edges not written. Calls
     * into code not instrumented are counted per call site; the sites of one caller and callee are one edge.
     */
    private static TraceData.ThreadData threadData(HybridThreadCounts t, int n, long[] sites) {
        Map<Long, long[]> edgeCounts = new LinkedHashMap<>(); // caller << 32 | callee -> calls, primitive calls
        long[] primitive = new long[n];
        for (int e = 0; e < t.edgeCount(); e++) {
            if (t.edgeCalls(e) == 0) continue; // a built-in's edge, there only to track its frames
            long[] c = edgeCounts.computeIfAbsent(t.edgeKey(e), k -> new long[2]);
            c[0] += t.edgeCalls(e);
            c[1] += t.edgePrimitiveCalls(e);
        }
        for (int s = 0; s < sites.length; s++) {
            long calls = t.siteCalls(s);
            if (calls == 0) continue;
            long[] c = edgeCounts.computeIfAbsent(sites[s], k -> new long[2]);
            c[0] += calls;
            c[1] += calls - t.siteEdgeNotPrimitive(s);
            int callee = (int) sites[s];
            if (callee < n) primitive[callee] += calls - t.siteNotPrimitive(s);
        }
        long[] calls = new long[n];
        long[] children = new long[n];
        List<TraceData.EdgeCounts> edges = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : edgeCounts.entrySet()) {
            int caller = (int) (e.getKey() >>> 32);
            int callee = (int) (long) e.getKey();
            if (callee >= n) continue; // an id handed out after the snapshot of the table began
            calls[callee] += e.getValue()[0];
            if (caller == ThreadTrace.ROOT || caller >= n) continue;
            children[caller] += e.getValue()[0];
            edges.add(new TraceData.EdgeCounts(caller, callee,
                    new TraceData.Counts(e.getValue()[0], e.getValue()[1], 0, 0, 0, 0)));
        }
        List<TraceData.FunctionCounts> rows = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            if (calls[id] == 0) continue;
            rows.add(new TraceData.FunctionCounts(id, new TraceData.Counts(calls[id],
                    t.primitiveCalls(id) + primitive[id], 0, 0, children[id], 0)));
        }
        return new TraceData.ThreadData(t.name(), t.threadId(), rows, edges, List.of(),
                Math.max(1, t.threadCount()));
    }
}
