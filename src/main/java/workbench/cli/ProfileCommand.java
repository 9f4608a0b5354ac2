package workbench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbench.model.Profile;
import workbench.session.LineRecorder;
import workbench.session.ProfileSession;
import workbench.store.ProfileStore;
import workbench.workload.WorkloadConfig;

/** {@code workbench profile}: the workload in a child JVM under one of the three profilers. */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Profile the bootstrap workload: deterministic (like cProfile), sampling (like statprof)"
                + " or per line (like line_profiler). The run is saved under profiles/.")
public final class ProfileCommand implements Callable<Integer> {

    /** The three profilers. */
    enum Mode { DETERMINISTIC, SAMPLING, LINE }

    @Spec
    CommandSpec spec;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "deterministic",
            converter = ModeConverter.class,
            description = "deterministic, sampling or line (default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Mixin
    WorkloadOptions workload;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop the profiled program after this many seconds; what was recorded is kept.")
    Double timeoutSeconds;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DeterministicOptions deterministic;

    @Mixin
    SamplingOptions sampling;

    @Mixin
    LineOptions line;

    @Override
    public Integer call() throws Exception {
        if (mode == Mode.SAMPLING && sampling.readsRecording()) {
            return sampling.readRecording(spec.commandLine().getOut()); // no workload to run: no N needed
        }
        WorkloadConfig config = workload.toConfig();
        if (timeoutSeconds != null && !(timeoutSeconds > 0)) {
            throw new UserException("--timeout must be positive, got " + timeoutSeconds);
        }
        Duration timeout = timeoutSeconds == null ? null : Duration.ofMillis((long) (timeoutSeconds * 1000));
        ProfileSession session = new ProfileSession(storeOptions.store(), timeout);
        Map<String, String> options = new LinkedHashMap<>(workload.describe(config));
        options.put("mode", mode.name().toLowerCase(Locale.ROOT));
        switch (mode) {
            case DETERMINISTIC: {
                deterministic.validate();
                deterministic.describe(options);
                Profile profile = session.run(deterministic.recorder(), config, options);
                deterministic.print(profile.functions(), spec.commandLine().getOut());
                return reportChild(profile);
            }
            case SAMPLING:
                return sampling.profile(session, config, options, spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            case LINE: {
                line.validate();
                LineRecorder recorder = line.recorder(sampling, spec.commandLine().getErr());
                line.describe(options, recorder);
                Profile profile = session.run(recorder, config, options);
                line.print(profile, spec.commandLine().getOut());
                return reportChild(profile);
            }
            default:
                throw new UserException("mode " + mode.name().toLowerCase(Locale.ROOT) + " is not in this build yet");
        }
    }

    /** Says on stderr how the child ended when that was not normally; the profile is printed either way. */
    private int reportChild(Profile profile) {
        int code = profile.run().exitCode();
        if (code != 0) {
            spec.commandLine().getErr().println("workbench: the profiled program exited with code " + code
                    + "; the profile covers what ran until then");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    static final class ModeConverter implements picocli.CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            try {
                return Mode.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown mode '" + value + "' (expected deterministic, sampling or line)");
            }
        }
    }
}
