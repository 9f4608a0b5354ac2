package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.AgentOptions;
import workbench.instrument.FunctionSelector;
import workbench.model.Clock;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.Mode;
import workbench.trace.LineDataReader;

/**
 * The per-line mode: the child runs with our jar as {@code -javaagent} in line mode, and the line data it writes
 * at shutdown becomes the profile's {@link LineData}.
 *
 * <p>The line mode's settings (the function patterns and the timing) travel in the agent's option string
 * ({@code functions=}, {@code timing=}, see {@code AgentOptions}). With {@code sampled} timing the agent only counts
 * hits, and {@link HybridRecorder} gives the lines their times from a sampler's record of the same run.
 */
public final class LineRecorder implements AgentRecorder<LineData> {

    /** The raw file's name in the work directory. */
    static final String LINE_FILE = "lines.wbl";

    private final List<String> functions;
    private final LineTiming timing;
    private final Clock clock;
    /** The clock the last run's probes read: the one asked for, unless the JVM could not read it. */
    private Clock used;
    private final List<String> agentNotices = new ArrayList<>();

    /**
     * @param functions function patterns (empty: the workload's {@code confidenceInterval})
     * @param timing    {@link LineTiming#EXACT} or {@link LineTiming#HITS}
     * @throws IllegalArgumentException for sampled timing: that is {@link HybridRecorder#line}
     */
    public LineRecorder(List<String> functions, LineTiming timing) {
        this(functions, timing, Clock.WALL);
    }

    /**
     * @param functions function patterns (empty: the workload's {@code confidenceInterval})
     * @param timing    {@link LineTiming#EXACT} or {@link LineTiming#HITS}
     * @param clock     the clock exact timing reads
     * @throws IllegalArgumentException for sampled timing, or for another clock than the wall clock with hits (which
     *                                  read none)
     */
    public LineRecorder(List<String> functions, LineTiming timing, Clock clock) {
        if (timing == LineTiming.SAMPLED) throw new IllegalArgumentException("sampled timing is the hybrid recorder's");
        if (timing != LineTiming.EXACT && clock != Clock.WALL) {
            throw new IllegalArgumentException("--clock is for --timing exact: --timing hits reads no clock");
        }
        this.functions = List.copyOf(functions);
        this.timing = timing;
        this.clock = clock;
        this.used = clock;
    }

    @Override
    public Mode mode() {
        return Mode.LINE;
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("functions", functions.isEmpty() ? FunctionSelector.DEFAULT_PATTERN : String.join(";", functions));
        m.put("timing", timing.cliName());
        if (timing == LineTiming.EXACT) m.put(Clock.SETTING, used.cliName());
        return m;
    }

    @Override
    public List<String> notices() {
        return List.copyOf(agentNotices);
    }

    @Override
    public String rawFile() {
        return LINE_FILE;
    }

    @Override
    public AgentOptions agentOptions(Path output) {
        return new AgentOptions(AgentOptions.LINE, output.toAbsolutePath().toString(), List.of(), List.of(),
                timing == LineTiming.EXACT, functions, timing.cliName()).withClock(clock);
    }

    @Override
    public LineData collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        Path file = AgentOutput.readable(workDir.resolve(LINE_FILE));
        if (!Files.exists(file)) {
            throw new IOException("the profiled program left no line data (exit code " + result.exitCode() + ")");
        }
        LineData lines = LineDataReader.read(file);
        agentNotices.clear(); // a recorder used again reports its last run
        agentNotices.addAll(AgentNotices.read(file));
        used = lines.clock();
        if (timing == LineTiming.EXACT) agentNotices.addAll(AgentNotices.clock(clock, lines.clock()));
        if (lines.functions().isEmpty()) {
            throw new NothingMatchedException("--function " + (functions.isEmpty() ? FunctionSelector.DEFAULT_PATTERN
                    : String.join(", --function ", functions)) + " matched no method the program loaded; nothing saved");
        }
        return lines;
    }
}
