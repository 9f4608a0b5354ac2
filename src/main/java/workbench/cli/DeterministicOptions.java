package workbench.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import workbench.instrument.WarmupBoundary;
import workbench.model.Clock;
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

    @Option(names = "--clock", paramLabel = "CLOCK", defaultValue = "wall",
            description = "With --mode deterministic or line: what the times are, wall (time spent parked, blocked"
                    + " or waiting for a core counts) or cpu (the thread's own CPU time, as yappi's cpu clock)."
                    + " --timing exact reads it at every call (System.nanoTime, or the thread's CPU time at about 10x"
                    + " the cost: see the calibration line); --timing sampled samples it (async-profiler's wall or cpu"
                    + " event) (default: ${DEFAULT-VALUE}; docs/threads-and-clocks.md).")
    String clock;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
            description = "Leave the first N runs out of the counts, as JMH's warm-up iterations: the workload runs N"
                    + " more runs first; a program needs --warmup-at. The agent takes a baseline as the run method"
                    + " starts its (N+1)-th call and the run keeps what came after (default: ${DEFAULT-VALUE};"
                    + " docs/sweep-and-history.md).")
    int warmup;

    @Option(names = "--warmup-at", paramLabel = "CLASS.METHOD",
            description = "With --warmup and a program: the method called once per run (Class.method, the class's"
                    + " simple or binary name); its (N+1)-th call ends the warm-up (default for the workload: the"
                    + " variant's confidenceInterval).")
    String warmupAt;

    /**
     * @param workloadRun the workload's per-run method ({@code Class.method}), {@code null} for a program
     * @return where the warm-up ends, {@code null} for none
     * @throws UserException for a bad count, a program without {@code --warmup-at}, or a place that is no method
     */
    WarmupBoundary warmup(String workloadRun) {
        if (warmup < 0) throw new UserException("--warmup must be 0 or more, got " + warmup);
        if (warmup == 0) {
            if (warmupAt != null) throw new UserException("--warmup-at needs --warmup N (the runs to leave out)");
            return null;
        }
        String at = warmupAt != null ? warmupAt : workloadRun;
        if (at == null) {
            throw new UserException("--warmup with a program needs --warmup-at Class.method: the method it calls"
                    + " once per run");
        }
        try {
            return WarmupBoundary.of(warmup, at);
        } catch (IllegalArgumentException e) {
            throw new UserException("--warmup-at: " + e.getMessage());
        }
    }

    /**
     * Checks the options before anything runs.
     *
     * @throws UserException naming the first bad one
     */
    void validate() {
        if (maxPaths < 1) throw new UserException("--max-paths must be at least 1, got " + maxPaths);
        for (String p : includes) checkPattern(p);
        for (String p : excludes) checkPattern(p);
        clock();
    }

    /**
     * @return the clock asked for
     * @throws UserException for a name that is not a clock
     */
    Clock clock() {
        try {
            return Clock.fromCliName(clock);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static void checkPattern(String p) {
        if (p.isBlank() || p.contains(",") || p.contains(";") || p.contains("=")) {
            throw new UserException("bad class pattern '" + p + "' (no commas, semicolons or '=')");
        }
    }

    /** @return calling-context nodes kept per thread: 0 without {@code --stacks} */
    int paths() {
        return stacks ? maxPaths : 0;
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
