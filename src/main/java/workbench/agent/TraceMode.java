package workbench.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workbench.agent.rt.Calibration;
import workbench.agent.rt.ThreadTrace;
import workbench.agent.rt.Tracer;
import workbench.instrument.MethodTraceInstrumenter;
import workbench.instrument.ProbeTable;
import workbench.trace.TraceData;
import workbench.trace.TraceWriter;

/** The deterministic mode: enter/exit and call-site probes, and the raw trace file at shutdown. */
final class TraceMode implements AgentMode {

    private final AgentOptions options;
    private final ProbeTable probes = new ProbeTable();
    private final MethodTraceInstrumenter instrumenter;
    private final Calibration calibration;
    private final long start = System.nanoTime();

    TraceMode(AgentOptions options, ClassFilter filter) {
        this.options = options;
        this.instrumenter = new MethodTraceInstrumenter(probes, filter);
        this.calibration = options.calibrate() ? Calibration.measure() : null;
    }

    @Override
    public byte[] instrument(String internalName, byte[] classBytes) {
        byte[] out = instrumenter.instrument(classBytes);
        Tracer.capacityHint(probes.size());
        return out;
    }

    @Override
    public void dump() {
        try {
            TraceWriter.write(snapshot(), Path.of(options.output()));
        } catch (IOException | RuntimeException e) {
            System.err.println("workbench agent: cannot write " + options.output() + " (" + e + ")");
        }
    }

    private TraceData snapshot() {
        long wall = System.nanoTime() - start;
        List<TraceData.Function> functions = new ArrayList<>();
        for (ProbeTable.Entry e : probes.entries()) {
            functions.add(new TraceData.Function(e.id(), e.builtin(), e.className(), e.method(), e.descriptor(),
                    e.builtin() ? "" : e.sourceFile(), e.firstLine()));
        }
        int n = functions.size();
        List<TraceData.ThreadData> threads = new ArrayList<>();
        for (ThreadTrace t : Tracer.traces()) {
            t.closeAll(); // frames of threads still running (System.exit, a timeout) end now
            long[] fn = t.functionRows();
            List<TraceData.FunctionCounts> rows = new ArrayList<>();
            for (int id = 0; id < n && (id + 1) * ThreadTrace.STRIDE <= fn.length; id++) {
                TraceData.Counts c = counts(fn, id);
                if (c.calls() > 0) rows.add(new TraceData.FunctionCounts(id, c));
            }
            long[] ed = t.edgeRows();
            List<TraceData.EdgeCounts> edges = new ArrayList<>();
            for (int e = 0; e < t.edgeCount(); e++) {
                long key = t.edgeKey(e);
                edges.add(new TraceData.EdgeCounts((int) (key >>> 32), (int) key, counts(ed, e)));
            }
            if (!rows.isEmpty()) {
                threads.add(new TraceData.ThreadData(t.thread().getName(), t.thread().getId(), rows, edges));
            }
        }
        double in = calibration == null ? 0 : calibration.inside();
        double call = calibration == null ? 0 : calibration.outsideCall();
        double method = calibration == null ? 0 : calibration.outsideMethod();
        return new TraceData(in, call, method, wall, functions, threads);
    }

    private static TraceData.Counts counts(long[] rows, int i) {
        int b = i * ThreadTrace.STRIDE;
        return new TraceData.Counts(rows[b + ThreadTrace.CALLS], rows[b + ThreadTrace.PRIMITIVE],
                rows[b + ThreadTrace.OWN], rows[b + ThreadTrace.CUMULATIVE], rows[b + ThreadTrace.CHILDREN],
                rows[b + ThreadTrace.DESCENDANTS]);
    }
}
