package workbench.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.instrument.WarmupBoundary;
import workbench.model.Clock;

/**
 * The agent's option string, {@code key=value} pairs separated by commas, e.g.
 * {@code mode=trace,output=/tmp/run.wbt,include=com.acme.*;org.x.Y#run,calibrate=true}, or for the line mode
 * {@code mode=line,output=/tmp/run.wbl,functions=Bootstrap.confidenceInterval,timing=hits}.
 *
 * <p>Patterns in {@code include}/{@code exclude} are separated by semicolons; see {@link ClassFilter}. The driver
 * builds this string with {@link #toString()}, so the two sides cannot drift apart.
 *
 * @param mode      which instrumenter runs: {@link #TRACE} (deterministic), {@link #HYBRID} (deterministic calls
 *                  counted, no clock) {@link #LINE} or {@link #RESERVE} (none: heap set aside for a
 *                  sampler's last write)
 * @param output    the raw file written at shutdown
 * @param includes  class or method patterns to instrument (empty: the default selection)
 * @param excludes  class or method patterns never to instrument
 * @param calibrate whether to measure the probes' own cost at start
 * @param functions line mode: the function patterns to count lines in (empty: the workload's
 *                  {@code confidenceInterval})
 * @param timing    line mode: {@code exact} (counters and timestamps) or {@code hits} (counters only)
 * @param paths     deterministic mode: calling-context nodes kept per thread ({@code 0}, the default: no call tree)
 * @param checkpointMillis how often what was counted so far is written to {@link #checkpointFile}, in milliseconds
 *                  ({@code 0}: never; default {@value #CHECKPOINT_MILLIS}), so that a JVM ended without its
 *                  shutdown hooks (halt, SIGKILL, a crash) keeps what it had counted up to then
 * @param clock     deterministic mode: the clock the probes read, {@code wall} (default) or {@code cpu}
 * @param warmup    deterministic mode: where the warm-up ends and the counts begin ({@code N@Class.method});
 *                  {@code null} to count every call
 */
public record AgentOptions(String mode, String output, List<String> includes, List<String> excludes,
                           boolean calibrate, List<String> functions, String timing, int paths,
                           long checkpointMillis, Clock clock, WarmupBoundary warmup) {

    /** Deterministic tracing: method enter/exit and call-site probes. */
    public static final String TRACE = "trace";
    /** The hybrid mode's half: deterministic calls counted, no clock; the times come from a sampler. */
    public static final String HYBRID = "hybrid";
    /** Line counting, for the per-line mode. */
    public static final String LINE = "line";
    /**
     * No instrumentation: only heap set aside and let go when the program dies of {@code OutOfMemoryError}, so that a
     * sampler's recording can still be finished at exit (the sampling mode's children).
     */
    public static final String RESERVE = "reserve";

    /** The line mode's default timing. */
    public static final String EXACT = "exact";
    /** The line mode's counters-only timing. */
    public static final String HITS = "hits";
    /**
     * Calling-context nodes a thread keeps when call paths are asked for ({@code --stacks}): the workload needs a few
     * dozen, a recursion a node per depth; at 16 longs a node with its hash slot, about 8 MB per thread that fills it.
     */
    public static final int PATH_LIMIT = 65_536;
    /** The deepest call path a thread's tree keeps (the runtime's bound). */
    public static final int MAX_PATH_DEPTH = workbench.agent.rt.ThreadTrace.MAX_DEPTH;

    /** The default checkpoint period: a second's counts at most are lost to a kill. */
    public static final long CHECKPOINT_MILLIS = 1000;
    /**
     * System property of the profiled JVM that sets the checkpoint period in milliseconds over the option string's:
     * the driver sets it once per session ({@code profile --checkpoint}), whichever recorder built the options.
     */
    public static final String CHECKPOINT_PROPERTY = "workbench.agent.checkpoint";

    /**
     * System property of the profiled JVM that adds a known busy delay ({@code CLASS.METHOD[:LINE]@NANOS}) beside
     * whatever mode the agent runs, for {@code workbench accuracy}; see {@code InjectMode}.
     */
    public static final String INJECT_PROPERTY = "workbench.agent.inject";
    /** System property of the profiled JVM: where the injected delay's record ({@link DelayTruth}) is written. */
    public static final String INJECT_TRUTH_PROPERTY = "workbench.agent.inject.truth";

    private static final List<String> KEYS = List.of("mode", "output", "include", "exclude", "calibrate", "functions",
            "timing", "paths", "checkpoint", "clock", "warmup");

    public AgentOptions {
        if (clock == null) clock = Clock.WALL;
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        functions = List.copyOf(functions);
        if (output.contains(",")) {
            // the option string is comma-separated: such a path would be cut in two in the profiled JVM
            throw new IllegalArgumentException("the agent's output path may not contain a comma: " + output);
        }
        if (!timing.equals(EXACT) && !timing.equals(HITS)) {
            throw new IllegalArgumentException("line timing must be exact or hits, got '" + timing + "'");
        }
        if (paths < 0) throw new IllegalArgumentException("paths must be 0 or more, got " + paths);
        if (checkpointMillis < 0) {
            throw new IllegalArgumentException("checkpoint must be 0 or more milliseconds, got " + checkpointMillis);
        }
    }

    /** Options that count every call. */
    public AgentOptions(String mode, String output, List<String> includes, List<String> excludes, boolean calibrate,
                        List<String> functions, String timing, int paths, long checkpointMillis, Clock clock) {
        this(mode, output, includes, excludes, calibrate, functions, timing, paths, checkpointMillis, clock, null);
    }

    /** Options read with the wall clock. */
    public AgentOptions(String mode, String output, List<String> includes, List<String> excludes, boolean calibrate,
                        List<String> functions, String timing, int paths, long checkpointMillis) {
        this(mode, output, includes, excludes, calibrate, functions, timing, paths, checkpointMillis, Clock.WALL);
    }

    /** Options with the default checkpoint period. */
    public AgentOptions(String mode, String output, List<String> includes, List<String> excludes, boolean calibrate,
                        List<String> functions, String timing, int paths) {
        this(mode, output, includes, excludes, calibrate, functions, timing, paths, CHECKPOINT_MILLIS);
    }

    /** Options of a mode with line settings and no call tree. */
    public AgentOptions(String mode, String output, List<String> includes, List<String> excludes, boolean calibrate,
                        List<String> functions, String timing) {
        this(mode, output, includes, excludes, calibrate, functions, timing, 0);
    }

    /** Options of a mode without line settings (the deterministic mode), with no call tree. */
    public AgentOptions(String mode, String output, List<String> includes, List<String> excludes, boolean calibrate) {
        this(mode, output, includes, excludes, calibrate, List.of(), EXACT);
    }

    /**
     * @param limit calling-context nodes per thread, 0 for no call tree
     * @return these options with that limit
     */
    public AgentOptions withPaths(int limit) {
        return new AgentOptions(mode, output, includes, excludes, calibrate, functions, timing, limit,
                checkpointMillis, clock, warmup);
    }

    /**
     * @param millis the checkpoint period in milliseconds, 0 for no checkpoints
     * @return these options with that period
     */
    public AgentOptions withCheckpoint(long millis) {
        return new AgentOptions(mode, output, includes, excludes, calibrate, functions, timing, paths, millis, clock,
                warmup);
    }

    /**
     * @param c the clock the probes read
     * @return these options with that clock
     */
    public AgentOptions withClock(Clock c) {
        return new AgentOptions(mode, output, includes, excludes, calibrate, functions, timing, paths,
                checkpointMillis, c, warmup);
    }

    /**
     * @param boundary where the warm-up ends, {@code null} for none
     * @return these options with that warm-up
     */
    public AgentOptions withWarmup(WarmupBoundary boundary) {
        return new AgentOptions(mode, output, includes, excludes, calibrate, functions, timing, paths,
                checkpointMillis, clock, boundary);
    }

    /**
     * @param text the option string after {@code -javaagent:jar=}; {@code null} or empty for the defaults
     * @return the options
     * @throws IllegalArgumentException naming the first bad key or value
     */
    public static AgentOptions parse(String text) {
        Map<String, String> kv = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("agent option without '=': " + part);
                kv.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
            }
        }
        String mode = kv.getOrDefault("mode", TRACE);
        if (!mode.equals(TRACE) && !mode.equals(HYBRID) && !mode.equals(LINE) && !mode.equals(RESERVE)) {
            throw new IllegalArgumentException("unknown agent mode '" + mode
                    + "' (expected trace, hybrid, line or reserve)");
        }
        String output = kv.getOrDefault("output", "workbench-" + mode + ".wbt");
        String calibrate = kv.getOrDefault("calibrate", "true");
        if (!calibrate.equals("true") && !calibrate.equals("false")) {
            throw new IllegalArgumentException("calibrate must be true or false, got '" + calibrate + "'");
        }
        for (String key : kv.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown agent option '" + key + "'");
            }
        }
        return new AgentOptions(mode, output, patterns(kv.get("include")), patterns(kv.get("exclude")),
                Boolean.parseBoolean(calibrate), patterns(kv.get("functions")), kv.getOrDefault("timing", EXACT),
                (int) number("paths", kv.get("paths"), 0), number("checkpoint",
                        System.getProperty(CHECKPOINT_PROPERTY, kv.get("checkpoint")), CHECKPOINT_MILLIS),
                Clock.fromCliName(kv.getOrDefault("clock", Clock.WALL.cliName())),
                kv.containsKey("warmup") ? WarmupBoundary.parse(kv.get("warmup")) : null);
    }

    private static long number(String key, String value, long absent) {
        if (value == null) return absent;
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'");
        }
    }

    private static List<String> patterns(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) return out;
        for (String p : value.split(";")) {
            if (!p.isBlank()) out.add(p.trim());
        }
        return out;
    }

    /**
     * @param output the agent's output file
     * @return the file beside it where the agent writes, one a line, what it left out (only when it left out
     *         something), for the saved run's notices
     */
    public static java.nio.file.Path noticesFile(String output) {
        return java.nio.file.Path.of(output + ".notices");
    }

    /**
     * @param output the agent's output file
     * @return the file beside it that holds the last checkpoint: the counts up to then, in the output's format
     */
    public static java.nio.file.Path checkpointFile(String output) {
        return java.nio.file.Path.of(output + CHECKPOINT_SUFFIX);
    }

    /** What a checkpoint file's name ends in, after the output's name. */
    public static final String CHECKPOINT_SUFFIX = ".checkpoint";

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("mode=").append(mode).append(",output=").append(output);
        if (!includes.isEmpty()) sb.append(",include=").append(String.join(";", includes));
        if (!excludes.isEmpty()) sb.append(",exclude=").append(String.join(";", excludes));
        if (!functions.isEmpty()) sb.append(",functions=").append(String.join(";", functions));
        if (!timing.equals(EXACT)) sb.append(",timing=").append(timing);
        if (paths != 0) sb.append(",paths=").append(paths);
        if (checkpointMillis != CHECKPOINT_MILLIS) sb.append(",checkpoint=").append(checkpointMillis);
        if (clock != Clock.WALL) sb.append(",clock=").append(clock.cliName());
        if (warmup != null) sb.append(",warmup=").append(warmup);
        return sb.append(",calibrate=").append(calibrate).toString();
    }
}
