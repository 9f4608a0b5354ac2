package workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbench.model.Mode;
import workbench.model.Profile;
import workbench.model.RunSet;
import workbench.report.ReportSettings;
import workbench.session.ModeRecorder;
import workbench.session.ProfileSession;
import workbench.workload.WorkloadConfig;

/** {@code workbench profile}: records the workload in a child JVM under one of the three profilers, saves, prints. */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Profile the bootstrap workload: deterministic (like cProfile), sampling (like statprof)"
                + " or per line (like line_profiler).",
            "The run is saved under profiles/ and its id printed on stderr; 'workbench stats ID' prints it again."})
public final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "deterministic", converter = ModeConverter.class,
            description = "deterministic, sampling or line (default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Mixin
    WorkloadOptions workload;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop the profiled program after this many seconds; what was recorded is kept.")
    Double timeoutSeconds;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Run the profile K times, each in a fresh JVM, and save the runs as one run set (for"
                    + " 'compare'); the table sums them, and a spread table shows each row's median and interval"
                    + " (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--name", paramLabel = "NAME",
            description = "A memorable name for the saved run, usable wherever a run id is (letters, digits, . _ + -).")
    String name = "";

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DeterministicOptions deterministic;

    @Mixin
    SamplingOptions sampling;

    @Mixin
    LineOptions line;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Every option is checked before the child starts: a bad one must not cost a run.
        WorkloadConfig config = workload.toConfig();
        ReportSettings settings = report.settings();
        if (timeoutSeconds != null && !(timeoutSeconds > 0)) {
            throw new UserException("--timeout must be positive, got " + timeoutSeconds);
        }
        if (repeat < 1) throw new UserException("--repeat must be at least 1, got " + repeat);
        boolean timedBySamples = mode != Mode.SAMPLING && line.validate() == workbench.model.LineTiming.SAMPLED;
        boolean sampled = mode == Mode.SAMPLING || timedBySamples;
        if (sampling.jit() != workbench.model.JitMode.C2 && !(sampled && mode != Mode.DETERMINISTIC)) {
            throw new UserException("--jit is for sampled lines: --mode sampling, or --mode line --timing sampled");
        }
        recorder(err); // checks the mode's options now; each run gets a fresh recorder below
        if (report.flameGraph() != null && !sampled) {
            throw new UserException("--flamegraph needs sampled stacks: --mode sampling, or --timing sampled");
        }
        Duration timeout = timeoutSeconds == null ? null : Duration.ofMillis((long) (timeoutSeconds * 1000));
        RunSet set = new ProfileSession(storeOptions.store(), timeout).run(() -> recorder(err),
                ProfileSession.workloadTarget(config), name, repeat, k -> {
                    if (repeat > 1) Notices.to(err).accept("run " + k + " of " + repeat + " done");
                });
        Reports.print(set, settings, report.flameGraph(), out, err);
        err.println("workbench: saved run " + set.id() + (set.size() > 1 ? " (" + set.size() + " runs)" : "")
                + (set.name().isEmpty() ? "" : " (" + set.name() + ")"));
        for (Profile p : set.runs()) {
            if (p.run().exitCode() != 0) {
                err.println("workbench: the profiled program exited with code " + p.run().exitCode()
                        + (p.run().timedOut() ? " (stopped at the time limit)" : "")
                        + "; the profile covers what ran until then");
            }
        }
        err.flush();
        return 0;
    }

    private ModeRecorder recorder(PrintWriter err) {
        return switch (mode) {
            case DETERMINISTIC -> {
                deterministic.validate();
                yield deterministic.recorder(line.validate(), sampling, err);
            }
            case SAMPLING -> sampling.recorder(err);
            case LINE -> line.recorder(sampling, err);
        };
    }

    static final class ModeConverter implements picocli.CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            try {
                return Mode.fromCliName(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
