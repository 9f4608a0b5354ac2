package workbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import workbench.model.LineTiming;
import workbench.session.DeterministicRecorder;

/** The deterministic mode's recording options: what to instrument, and whether to calibrate. */
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

    /**
     * Checks the options before anything runs.
     *
     * @throws UserException naming the first bad one
     */
    void validate() {
        for (String p : includes) checkPattern(p);
        for (String p : excludes) checkPattern(p);
    }

    private static void checkPattern(String p) {
        if (p.isBlank() || p.contains(",") || p.contains(";") || p.contains("=")) {
            throw new UserException("bad class pattern '" + p + "' (no commas, semicolons or '=')");
        }
    }

    /**
     * @param timing   {@code --timing}: exact, or sampled (exact calls, times from samples)
     * @param sampling the sampling options, used with {@code --timing sampled}
     * @param err      where the sampler's notices go
     * @return the recorder for these options
     * @throws UserException for a timing the deterministic mode does not have, or --raw with sampled times
     */
    DeterministicRecorder recorder(LineTiming timing, SamplingOptions sampling, PrintWriter err) {
        if (timing == LineTiming.EXACT) return new DeterministicRecorder(includes, excludes, raw);
        if (timing != LineTiming.SAMPLED) {
            throw new UserException("--mode deterministic takes --timing exact or sampled, not " + timing.cliName());
        }
        if (raw) throw new UserException("--raw is for the timed trace: sampled times have no probe cost to keep");
        return new DeterministicRecorder(includes, excludes, sampling.timeSettings(), Notices.to(err));
    }
}
