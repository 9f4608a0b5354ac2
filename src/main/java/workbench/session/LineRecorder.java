package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import workbench.agent.AgentOptions;
import workbench.instrument.FunctionSelector;
import workbench.model.JitMode;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.Mode;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.model.SampledLineData;
import workbench.sampling.SamplingSettings;
import workbench.trace.LineDataReader;

/**
 * The per-line mode: the child runs with our jar as {@code -javaagent} in line mode, and the line data it writes
 * at shutdown becomes the profile's {@link LineData}.
 *
 * <p>The line mode's settings (the function patterns and the timing) travel in the agent's option string
 * ({@code functions=}, {@code timing=}, see {@code AgentOptions}). With {@code sampled} timing the agent only counts hits, a sampler
 * ({@link SamplingRecorder}) records the same run, and {@link LineSampleTimes} gives the lines their times; the
 * samples stay in the profile too, and the recording is kept beside the saved run.
 */
public final class LineRecorder implements ModeRecorder {

    /** The raw file's name in the work directory. */
    static final String LINE_FILE = "lines.wbl";

    private final List<String> functions;
    private final LineTiming timing;
    private final SamplingRecorder sampler;
    private final List<String> agentNotices = new ArrayList<>();

    /**
     * @param functions function patterns (empty: the workload's {@code confidenceInterval})
     * @param timing    {@link LineTiming#EXACT} or {@link LineTiming#HITS}
     */
    public LineRecorder(List<String> functions, LineTiming timing) {
        if (timing == LineTiming.SAMPLED) throw new IllegalArgumentException("sampled timing needs sampling settings");
        this.functions = List.copyOf(functions);
        this.timing = timing;
        this.sampler = null;
    }

    /**
     * A recorder with {@code sampled} timing.
     *
     * @param functions function patterns (empty: the workload's {@code confidenceInterval})
     * @param sampling  how the line times are sampled
     * @param notice    where a one-line notice goes when the sampler has to fall back to JFR
     */
    public LineRecorder(List<String> functions, SamplingSettings sampling, Consumer<String> notice) {
        this(functions, sampling, JitMode.C2, notice);
    }

    /**
     * A recorder with {@code sampled} timing.
     *
     * @param functions function patterns (empty: the workload's {@code confidenceInterval})
     * @param sampling  how the line times are sampled
     * @param jit       {@link JitMode#C1} runs the program with C1 only, where sampled lines are right
     * @param notice    where a one-line notice goes when the sampler has to fall back to JFR
     */
    public LineRecorder(List<String> functions, SamplingSettings sampling, JitMode jit, Consumer<String> notice) {
        this.functions = List.copyOf(functions);
        this.timing = LineTiming.SAMPLED;
        this.sampler = new SamplingRecorder(sampling, jit, notice);
    }

    /** @return the sampler's settings in force (after {@link #configure}), or {@code null} without sampling */
    public SamplingSettings sampling() {
        return sampler == null ? null : sampler.sampling();
    }

    /** @return the timing the agent does itself: the sampled timing only needs its hits */
    private String agentTiming() {
        return (sampler == null ? timing : LineTiming.HITS).cliName();
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
        if (sampler != null) m.putAll(sampler.settings());
        return m;
    }

    @Override
    public List<String> notices() {
        List<String> all = new ArrayList<>(sampler == null ? List.of() : sampler.notices());
        all.addAll(agentNotices);
        return all;
    }

    /** @return the agent options for a child writing to {@code output} */
    AgentOptions agentOptions(Path output) {
        return new AgentOptions(AgentOptions.LINE, output.toAbsolutePath().toString(), List.of(), List.of(),
                agentTiming().equals(AgentOptions.EXACT), functions, agentTiming());
    }

    @Override
    public void configure(ChildJvm child, Path workDir) throws IOException {
        child.agent(SelfJar.agent(), agentOptions(workDir.resolve(LINE_FILE)).toString());
        if (sampler != null) {
            // without debug info at non-safepoint PCs a sample's line is the nearest safepoint's, often not its own
            child.jvmArg("-XX:+UnlockDiagnosticVMOptions");
            child.jvmArg("-XX:+DebugNonSafepoints");
            sampler.configure(child, workDir);
        }
    }

    @Override
    public ProfileData collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        Path file = AgentOutput.readable(workDir.resolve(LINE_FILE));
        if (!Files.exists(file)) {
            throw new IOException("the profiled program left no line data (exit code " + result.exitCode() + ")");
        }
        LineData lines = LineDataReader.read(file);
        agentNotices.clear(); // a recorder used again reports its last run
        agentNotices.addAll(AgentNotices.read(file));
        if (lines.functions().isEmpty()) {
            throw new NothingMatchedException("--function " + (functions.isEmpty() ? FunctionSelector.DEFAULT_PATTERN
                    : String.join(", --function ", functions)) + " matched no method the program loaded; nothing saved");
        }
        if (sampler == null) return lines;
        SampleData samples = sampler.collect(workDir, result, saveFiles);
        return new SampledLineData(LineSampleTimes.combine(lines, samples), samples);
    }
}
