package workbench.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import workbench.model.LineTiming;
import workbench.session.DeterministicRecorder;

/** The deterministic mode's recording options: what to instrument, whether to calibrate, whether to keep call paths. */
public final class DeterministicOptions {

    @Option(names = "--include", paramLabel = "PATTERN",
            description = "Instrument only classes (pkg.Class, * and ? wildcards) or methods (Class#method) matching"
                    + " PATTERN; repeatable (default: the workload's classes). Their JDK calls get rows too.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Never instrument classes or methods matching PATTERN; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--raw", description = "Keep the profiler's own per-call cost in the times (no calibration).")
    boolean raw;

    @Option(names = "--stacks",
            description = "Also keep whole call paths (a calling-context tree per thread, exact calls and own time per"
                    + " path) for --flamegraph and the collapsed, pprof and speedscope exports. Off by default: it adds"
                    + " to the cost of every call (docs/measurements.md).")
    boolean stacks;

    @Option(names = "--max-paths", paramLabel = "N",
            description = "With --stacks: call paths (tree nodes) kept per thread; calls on further paths, or on paths"
                    + " deeper than 2048 calls, are counted per function under one marker (default: ${DEFAULT-VALUE}).")
    int maxPaths = DeterministicRecorder.PATH_LIMIT;

    /**
     * Checks the options before anything runs.
     *
     * @throws UserException naming the first bad one
     */
    void validate() {
        if (maxPaths < 1) throw new UserException("--max-paths must be at least 1, got " + maxPaths);
        for (String p : includes) checkPattern(p);
        for (String p : excludes) checkPattern(p);
    }

    private static void checkPattern(String p) {
        if (p.isBlank() || p.contains(",") || p.contains(";") || p.contains("=")) {
            throw new UserException("bad class pattern '" + p + "' (no commas, semicolons or '=')");
        }
    }

    /** @return the recorder for these options, for the workload */
    DeterministicRecorder recorder(LineTiming timing, SamplingOptions sampling) {
        return recorder(timing, sampling, List.of());
    }

    /**
     * @param timing   {@code --timing}: exact, or sampled (exact calls, times from samples)
     * @param sampling the sampling options, used with {@code --timing sampled}
     * @param program  what to instrument when no --include was given (a program's own packages; empty: the workload)
     * @return the recorder for these options
     * @throws UserException for a timing the deterministic mode does not have, or an option the timing cannot take
     */
    DeterministicRecorder recorder(LineTiming timing, SamplingOptions sampling, List<String> program) {
        List<String> what = includes.isEmpty() ? program : includes;
        if (timing == LineTiming.EXACT) return new DeterministicRecorder(what, excludes, raw, stacks ? maxPaths : 0);
        if (timing != LineTiming.SAMPLED) {
            throw new UserException("--mode deterministic takes --timing exact or sampled, not " + timing.cliName());
        }
        if (raw) throw new UserException("--raw is for the timed trace: sampled times have no probe cost to keep");
        if (stacks) {
            throw new UserException("--stacks is for the timed trace: with --timing sampled the stacks are the samples'");
        }
        // a fallback to JFR is said once, at the end, with the run's other notices (ProfileCommand prints them)
        return new DeterministicRecorder(what, excludes, sampling.timeSettings(), line -> { });
    }

    /** Keeps call paths as {@code --stacks} does, for an option that needs them ({@code --flamegraph}). */
    void keepPaths() {
        stacks = true;
    }

    /** @return whether the run keeps its call paths */
    boolean keepsPaths() {
        return stacks;
    }
}
