package workbench.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workbench.agent.rt.LineCounters;
import workbench.agent.rt.ThreadClock;
import workbench.instrument.FunctionSelector;
import workbench.instrument.LineCounterInstrumenter;
import workbench.instrument.SkipLog;
import workbench.model.Clock;
import workbench.trace.LineDataWriter;

/**
 * The per-line mode ({@code mode=line}): line counters in the selected methods, and the raw line data file.
 *
 * <p>Its settings are agent options: {@code functions} (patterns separated by semicolons, see
 * {@link FunctionSelector}; default the workload's {@code confidenceInterval}) and {@code timing} ({@code exact},
 * the default, or {@code hits}).
 */
final class LineMode implements AgentMode {

    private final FunctionSelector selector;
    private final String timing;
    private final LineCounterInstrumenter instrumenter;
    /** What one timed line start costs; {@code null} when not timed or not asked for. */
    private final BackgroundMeasurement<Double> overhead;
    private final Clock clock;

    LineMode(AgentOptions options, SkipLog skips) {
        this.selector = options.functions().isEmpty() ? FunctionSelector.defaults()
                : new FunctionSelector(options.functions());
        this.timing = options.timing();
        boolean timed = timing.equals(AgentOptions.EXACT);
        // before the calibration, which measures the probes with the clock they will read
        this.clock = timed && options.clock() == Clock.CPU && ThreadClock.Choice.useCpu() ? Clock.CPU : Clock.WALL;
        this.instrumenter = new LineCounterInstrumenter(selector, timed, skips);
        this.overhead = timed && options.calibrate()
                ? BackgroundMeasurement.start("workbench-agent-calibration", LineCounters::calibrate)
                : null;
    }

    @Override
    public byte[] instrument(String internalName, byte[] classBytes) {
        // a local class of a selected method has a '$' in its name but may not match the class pattern
        if (!selector.mayMatchClass(internalName) && internalName.indexOf('$') < 0) return null;
        return instrumenter.instrument(classBytes, LineMode::systemClassBytes);
    }

    @Override
    public void write(Path file) throws IOException {
        List<LineDataWriter.Table> tables = new ArrayList<>();
        for (LineCounters.Snapshot t : LineCounters.snapshot()) {
            tables.add(new LineDataWriter.Table(t.className, t.method, t.descriptor, t.file, t.firstLine, t.hits,
                    t.nanos, t.timedIntervals, t.code));
        }
        LineDataWriter.write(file, timing, overhead == null ? 0 : overhead.get(), clock, tables,
                Math.max(1, LineCounters.threads()), TraceMode.processTimes());
    }

    /** A local class's bytes, read before it is loaded; the program's classes are on the system class path. */
    private static byte[] systemClassBytes(String internalName) {
        try (InputStream in = ClassLoader.getSystemClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
