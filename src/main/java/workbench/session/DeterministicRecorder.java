package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.AgentOptions;
import workbench.instrument.WarmupBoundary;
import workbench.model.CallTree;
import workbench.model.Clock;
import workbench.model.FunctionData;
import workbench.model.Mode;
import workbench.model.WarmupSetting;
import workbench.trace.TraceConverter;
import workbench.trace.TraceData;
import workbench.trace.TraceReader;

/**
 * The deterministic mode: the child runs with our jar as {@code -javaagent} in trace mode, and its raw trace file
 * becomes the profile's {@link FunctionData}.
 *
 * <p>{@link #counting} makes the agent half of the hybrid mode ({@link HybridRecorder}, {@code --timing sampled}):
 * the agent's hybrid probes ({@code mode=hybrid}) count calls and read no clock, so every time is zero until the
 * samples give them one.
 */
public final class DeterministicRecorder implements AgentRecorder<FunctionData> {

    /** The raw file's name in the work directory. */
    static final String TRACE_FILE = "trace.wbt";
    /** Calling-context nodes kept per thread when call paths are asked for, unless asked otherwise. */
    public static final int PATH_LIMIT = AgentOptions.PATH_LIMIT;

    private final List<String> includes;
    private final List<String> excludes;
    private final boolean raw;
    private final int paths;
    /** Whether the agent only counts (the hybrid mode's half): no clock, no calibration, no call paths. */
    private final boolean counting;
    private final Clock clock;
    /** Where the warm-up ends, {@code null} for none. */
    private WarmupBoundary warmup;
    /** Runs the last run left out as warm-up: 0 when none was asked for or its boundary was never reached. */
    private int warmupLeftOut;
    /** The clock the last run's probes read: the one asked for, unless the JVM could not read it. */
    private Clock used;
    private List<String> notices = List.of();

    private DeterministicRecorder(List<String> includes, List<String> excludes, boolean raw, int paths,
                                  boolean counting, Clock clock) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.raw = raw;
        this.paths = paths;
        this.counting = counting;
        this.clock = clock;
        this.used = clock;
    }

    /**
     * @param includes class or method patterns to instrument (empty: the workload's classes)
     * @param excludes patterns never to instrument
     * @param raw      keep the probes' own cost in the figures (no calibration)
     * @param paths    calling-context nodes kept per thread (0: no call paths)
     * @param clock    the clock the probes read
     */
    public DeterministicRecorder(List<String> includes, List<String> excludes, boolean raw, int paths, Clock clock) {
        this(includes, excludes, raw, paths, false, clock);
    }

    /**
     * @param includes class or method patterns to instrument (empty: the workload's classes)
     * @param excludes patterns never to instrument
     * @param raw      keep the probes' own cost in the figures (no calibration)
     * @param paths    calling-context nodes kept per thread (0: no call paths)
     */
    public DeterministicRecorder(List<String> includes, List<String> excludes, boolean raw, int paths) {
        this(includes, excludes, raw, paths, Clock.WALL);
    }

    /** A recorder that keeps no call paths (the default: they cost time per call, see {@code --stacks}). */
    public DeterministicRecorder(List<String> includes, List<String> excludes, boolean raw) {
        this(includes, excludes, raw, 0);
    }

    /**
     * @param boundary where the warm-up ends (the (N+1)-th call of its method), {@code null} to count every call
     * @return this recorder, leaving the warm-up out of its counts
     */
    public DeterministicRecorder withWarmup(WarmupBoundary boundary) {
        if (boundary != null && counting) throw new IllegalArgumentException("the hybrid probes keep no warm-up");
        this.warmup = boundary;
        return this;
    }

    /**
     * @param includes class or method patterns to instrument (empty: the workload's classes)
     * @param excludes patterns never to instrument
     * @return a recorder whose agent counts calls per caller and callee and reads no clock
     */
    static DeterministicRecorder counting(List<String> includes, List<String> excludes) {
        return new DeterministicRecorder(includes, excludes, false, 0, true, Clock.WALL);
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
        if (!counting) {
            s.put("calibrated", Boolean.toString(!raw));
            s.put(Clock.SETTING, used.cliName());
            s.put("call paths", paths == 0 ? "off" : "up to " + paths + " nodes per thread");
            if (warmup != null) {
                s.put(WarmupSetting.RUNS, Integer.toString(warmupLeftOut));
                s.put(WarmupSetting.AT, warmup.place());
            }
        }
        return s;
    }

    @Override
    public String rawFile() {
        return TRACE_FILE;
    }

    @Override
    public AgentOptions agentOptions(Path output) {
        // Calibration runs even with --raw: the header still states the overhead that was left in.
        // The hybrid probes read no clock, so there is nothing to calibrate.
        return new AgentOptions(counting ? AgentOptions.HYBRID : AgentOptions.TRACE,
                output.toAbsolutePath().toString(), includes, excludes, !counting).withPaths(paths).withClock(clock)
                .withWarmup(warmup);
    }

    @Override
    public FunctionData collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        TraceData data = TraceReader.read(AgentOutput.readable(workDir.resolve(TRACE_FILE)));
        // a recorder used again reports its last run: what the agent left out, then the call tree's limits
        List<String> said = new ArrayList<>(AgentNotices.read(workDir.resolve(TRACE_FILE)));
        if (data.functions().isEmpty() && !includes.isEmpty()) {
            throw new NothingMatchedException("--include " + String.join(", --include ", includes)
                    + " matched no class the program loaded; nothing saved");
        }
        FunctionData functions = TraceConverter.toFunctionData(data, !raw && !counting);
        used = data.clock();
        warmupLeftOut = data.warmupRuns();
        if (warmup != null && warmupLeftOut == 0) {
            said.add("--warmup " + warmup.runs() + ": " + warmup.place() + " was called " + warmup.runs() + " times or fewer, so no"
                    + " warm-up was left out: the counts cover the whole run");
        }
        if (!counting) said.addAll(AgentNotices.clock(clock, data.clock()));
        said.addAll(truncations(functions, data.maxPaths()));
        notices = List.copyOf(said);
        return functions;
    }

    @Override
    public int warmupRunsLeftOut() {
        return warmupLeftOut;
    }

    @Override
    public List<String> notices() {
        return notices;
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
