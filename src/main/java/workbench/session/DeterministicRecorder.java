package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import workbench.agent.AgentOptions;
import workbench.model.CallTree;
import workbench.model.FunctionData;
import workbench.model.LineTiming;
import workbench.model.Mode;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.model.SampledFunctionData;
import workbench.sampling.SamplingSettings;
import workbench.trace.TraceConverter;
import workbench.trace.TraceData;
import workbench.trace.TraceReader;

/**
 * The deterministic mode: the child runs with our jar as {@code -javaagent} in trace mode, and its raw trace file
 * becomes the profile's {@link FunctionData}.
 *
 * <p>With {@code --timing sampled} the agent runs count-only probes ({@code mode=count}: no clock), a sampler
 * ({@link SamplingRecorder}) records the same run, and {@link FunctionSampleTimes} gives the functions their times;
 * the samples stay in the profile ({@link SampledFunctionData}) and the recording is kept beside the saved run.
 */
public final class DeterministicRecorder implements ModeRecorder {

    /** The raw file's name in the work directory. */
    static final String TRACE_FILE = "trace.wbt";
    /** Calling-context nodes kept per thread when call paths are asked for, unless asked otherwise. */
    public static final int PATH_LIMIT = AgentOptions.PATH_LIMIT;

    private final List<String> includes;
    private final List<String> excludes;
    private final boolean raw;
    private final int paths;
    private List<String> notices = List.of();
    private final SamplingRecorder sampler;

    /**
     * @param includes class or method patterns to instrument (empty: the workload's classes)
     * @param excludes patterns never to instrument
     * @param raw      keep the probes' own cost in the figures (no calibration)
     * @param paths    calling-context nodes kept per thread (0: no call paths)
     */
    public DeterministicRecorder(List<String> includes, List<String> excludes, boolean raw, int paths) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.raw = raw;
        this.paths = paths;
        this.sampler = null;
    }

    /** A recorder that keeps no call paths (the default: they cost time per call, see {@code --stacks}). */
    public DeterministicRecorder(List<String> includes, List<String> excludes, boolean raw) {
        this(includes, excludes, raw, 0);
    }

    /**
     * A recorder with {@code sampled} timing: exact calls, times from samples.
     *
     * @param includes class or method patterns to instrument (empty: the workload's classes)
     * @param excludes patterns never to instrument
     * @param sampling how the times are sampled
     * @param notice   where a one-line notice goes when the sampler has to fall back to JFR
     */
    public DeterministicRecorder(List<String> includes, List<String> excludes, SamplingSettings sampling,
                                 Consumer<String> notice) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.raw = false;
        this.paths = 0;
        this.sampler = new SamplingRecorder(sampling, notice);
    }

    /** @return the sampler's settings in force (after {@link #configure}), or {@code null} for the timed trace */
    public SamplingSettings sampling() {
        return sampler == null ? null : sampler.sampling();
    }

    @Override
    public Mode mode() {
        return Mode.DETERMINISTIC;
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        if (!includes.isEmpty()) s.put("include", String.join(";", includes));
        if (!excludes.isEmpty()) s.put("exclude", String.join(";", excludes));
        if (sampler == null) {
            s.put("calibrated", Boolean.toString(!raw));
            s.put("call paths", paths == 0 ? "off" : "up to " + paths + " nodes per thread");
        } else {
            s.put("timing", LineTiming.SAMPLED.cliName());
            s.putAll(sampler.settings());
        }
        return s;
    }

    /** @return the agent options for a child writing to {@code output} */
    AgentOptions agentOptions(Path output) {
        // Calibration runs even with --raw: the header still states the overhead that was left in.
        // The count-only probes read no clock, so there is nothing to calibrate.
        return new AgentOptions(sampler == null ? AgentOptions.TRACE : AgentOptions.COUNT,
                output.toAbsolutePath().toString(), includes, excludes, sampler == null).withPaths(paths);
    }

    @Override
    public void configure(ChildJvm child, Path workDir) throws IOException {
        child.agent(SelfJar.agent(), agentOptions(workDir.resolve(TRACE_FILE)).toString());
        if (sampler != null) {
            // debug information at non-safepoint PCs puts a sample in the inlined method that really ran
            child.jvmArg("-XX:+UnlockDiagnosticVMOptions");
            child.jvmArg("-XX:+DebugNonSafepoints");
            sampler.configure(child, workDir);
        }
    }

    @Override
    public ProfileData collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        TraceData data = TraceReader.read(AgentOutput.readable(workDir.resolve(TRACE_FILE)));
        // a recorder used again reports its last run: what the agent left out, then the call tree's limits
        List<String> said = new ArrayList<>(AgentNotices.read(workDir.resolve(TRACE_FILE)));
        if (data.functions().isEmpty() && !includes.isEmpty()) {
            throw new NothingMatchedException("--include " + String.join(", --include ", includes)
                    + " matched no class the program loaded; nothing saved");
        }
        FunctionData functions = TraceConverter.toFunctionData(data, !raw && sampler == null);
        said.addAll(truncations(functions, data.maxPaths()));
        notices = List.copyOf(said);
        if (sampler == null) return functions;
        SampleData samples = sampler.collect(workDir, result, saveFiles);
        return new SampledFunctionData(FunctionSampleTimes.combine(functions, samples), samples);
    }

    @Override
    public List<String> notices() {
        if (sampler == null) return notices;
        List<String> all = new ArrayList<>(sampler.notices());
        all.addAll(notices);
        return all;
    }

    /**
     * @param profile a deterministic run's data
     * @param limit   the node limit it ran with
     * @return one line per thread whose call tree went beyond its limits: its further paths are cut, never its counts
     */
    public static List<String> truncations(FunctionData profile, int limit) {
        List<String> out = new ArrayList<>();
        for (FunctionData.ThreadFunctions t : profile.threads()) {
            long cut = t.tree().truncatedCalls();
            if (cut > 0) {
                out.add("call paths: thread " + t.thread() + " went beyond the call tree's limits (" + limit
                        + " nodes, " + AgentOptions.MAX_PATH_DEPTH + " calls deep); " + cut + " calls on further paths"
                        + " are counted per function under " + CallTree.TRUNCATED.method().method()
                        + " (--max-paths raises the node limit)");
            }
        }
        return out;
    }
}
