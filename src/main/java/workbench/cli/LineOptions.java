package workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import workbench.model.Durations;
import workbench.instrument.FunctionSelector;
import workbench.model.Profile;
import workbench.sampling.SamplingSettings;
import workbench.report.LineProfilerTable;
import workbench.report.SourceLookup;
import workbench.session.LineRecorder;

/** The line mode's options of {@code profile}: which functions, how lines are timed, where the sources are. */
public final class LineOptions {

    @Option(names = "--function", paramLabel = "PATTERN",
            description = {"With --mode line: profile this function, line by line (repeatable). CLASS.METHOD or"
                + " METHOD, * matches anything: BoxedBootstrap.confidenceInterval, *.mean.",
                "Its lambdas and local classes count in its table. Default: "
                + FunctionSelector.DEFAULT_PATTERN + "."})
    List<String> functions = new ArrayList<>();

    @Option(names = "--timing", paramLabel = "T", defaultValue = "exact",
            description = {"With --mode line: exact (time every line, calibrated), hits (count only, near-zero"
                + " cost) or sampled (exact hits, times from samples taken as --engine, --event and --interval"
                + " say) (default: ${DEFAULT-VALUE})."})
    String timing;

    @Option(names = "--source-path", paramLabel = "DIR",
            description = "With --mode line: a directory with the profiled program's sources, by package path or"
                    + " file name (repeatable; the workload's own sources are in the jar).")
    List<Path> sourcePath = new ArrayList<>();

    /**
     * Checks the options.
     *
     * @throws UserException naming the first bad one
     */
    void validate() {
        if (!timing.equals("exact") && !timing.equals("hits") && !timing.equals("sampled")) {
            throw new UserException("--timing must be exact, hits or sampled, got '" + timing + "'");
        }
        if (!functions.isEmpty()) {
            try {
                new FunctionSelector(functions);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            for (String f : functions) {
                if (f.contains(";") || f.contains(",")) {
                    throw new UserException("--function takes one pattern per option, got '" + f + "'");
                }
            }
        }
        for (Path p : sourcePath) {
            if (!Files.isDirectory(p)) throw new UserException("--source-path: no directory " + p);
        }
    }

    /**
     * @param sampling the sampling options, used with {@code --timing sampled}
     * @param err      where the sampler's notices go
     * @return the recorder for these options
     */
    LineRecorder recorder(SamplingOptions sampling, PrintWriter err) {
        if (!timing.equals("sampled")) return new LineRecorder(functions, timing);
        SamplingSettings settings;
        try {
            settings = sampling.settings();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        return new LineRecorder(functions, settings, notice -> {
            err.println("workbench: " + notice);
            err.flush();
        });
    }

    /** Adds the line options to a run's recorded options. */
    void describe(Map<String, String> options, LineRecorder recorder) {
        options.put("functions", functions.isEmpty() ? FunctionSelector.DEFAULT_PATTERN : String.join(";", functions));
        options.put("timing", timing);
        SamplingSettings s = recorder.sampling();
        if (s != null) {
            options.put("engine", s.engine().cliName());
            options.put("event", s.event().cliName());
            options.put("interval", Durations.exact(s.intervalNanos()));
        }
    }

    /** Prints the line_profiler table. */
    void print(Profile profile, PrintWriter out) {
        new LineProfilerTable(new SourceLookup(sourcePath)).print(profile.lines(), profile.samples(), out);
    }
}
