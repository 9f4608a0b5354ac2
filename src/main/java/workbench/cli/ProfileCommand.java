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
        ModeRecorder recorder = recorder(err);
        if (report.flameGraph() != null && !(mode == Mode.SAMPLING
                || mode == Mode.LINE && line.validate() == workbench.model.LineTiming.SAMPLED)) {
            throw new UserException("--flamegraph needs sampled stacks: --mode sampling, or --mode line --timing sampled");
        }
        Duration timeout = timeoutSeconds == null ? null : Duration.ofMillis((long) (timeoutSeconds * 1000));
        Profile profile = new ProfileSession(storeOptions.store(), timeout)
                .run(recorder, ProfileSession.workloadTarget(config), name);
        Reports.print(profile.data(), settings, report.flameGraph(), out, err);
        err.println("workbench: saved run " + profile.run().id()
                + (profile.run().name().isEmpty() ? "" : " (" + profile.run().name() + ")"));
        if (profile.run().exitCode() != 0) {
            err.println("workbench: the profiled program exited with code " + profile.run().exitCode()
                    + (profile.run().timedOut() ? " (stopped at the time limit)" : "")
                    + "; the profile covers what ran until then");
        }
        err.flush();
        return 0;
    }

    private ModeRecorder recorder(PrintWriter err) {
        return switch (mode) {
            case DETERMINISTIC -> {
                deterministic.validate();
                yield deterministic.recorder();
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
