package workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workbench.model.Mode;
import workbench.model.Profile;
import workbench.model.RunSet;
import workbench.report.ReportSettings;
import workbench.session.ModeDescriptor;
import workbench.session.ModeDescriptors;
import workbench.session.ModeOptions;
import workbench.sampling.SamplingSettings;
import workbench.session.ModeRecorder;
import workbench.session.ProfileSession;
import workbench.session.ProgramCommand;

/** {@code workbench profile}: records the workload in a child JVM under one of the three profilers, saves, prints. */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        modelTransformer = ProfileCommand.ModesHelp.class,
        description = {"Profile the bootstrap workload, any Java program (after '--'), or a running JVM (--pid):"
                + " deterministic (like cProfile), sampling (like statprof) or per line (like line_profiler).",
            "The run is saved under profiles/ and its id printed on stderr; 'workbench stats ID' prints it again."})
public final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "deterministic", converter = ModeConverter.class,
            description = "deterministic, sampling or line (default: ${DEFAULT-VALUE}; see Modes below).")
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

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "COMMAND",
            description = {"After '--': any Java program, as 'java' runs it: [JVM options] -cp PATH MAIN-CLASS [ARGS]"
                + " or [JVM options] -jar FILE [ARGS]. Its stdin, stdout, stderr and exit code are its own (the"
                + " workbench exits with its code, and prints the table and its own lines on stderr).",
                "What is instrumented defaults to the program's code: the main class's package, with -jar the jar's"
                + " packages (--include/--exclude override); line mode defaults to the main class's methods."})
    List<String> command = new ArrayList<>();

    @Option(names = "--pid", paramLabel = "PID",
            description = "Attach to the running JVM with this process id instead of starting one, record for"
                    + " --duration, and leave it running.")
    Long pid;

    @Option(names = "--duration", paramLabel = "TIME", defaultValue = "30s",
            description = "With --pid: how long to record, with unit ms or s (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--checkpoint", paramLabel = "TIME|off", defaultValue = "1s",
            description = "How often the agent writes what it has counted so far, with unit ms or s, or off: a program"
                    + " that ends without shutdown (halt, kill -9, a crash) keeps its counts up to the last one, saved"
                    + " as a partial run (default: ${DEFAULT-VALUE}). See docs/profiles-never-lost.md.")
    String checkpoint;

    @Option(names = "--live",
            description = "Show the hottest functions on the terminal while the run goes on, refreshed once a second,"
                    + " like top (keys: o t l sort, / filter, q closes the view); the run is saved as usual."
                    + " See docs/live.md.")
    boolean live;

    /** @return the child JVM options that set the agent's checkpoint period from {@code --checkpoint} */
    List<String> checkpointJvmArgs() {
        long millis;
        if (checkpoint.equals("off")) {
            millis = 0;
        } else {
            try {
                millis = SamplingSettings.parseInterval(checkpoint) / 1_000_000L;
            } catch (IllegalArgumentException e) {
                throw new UserException("--checkpoint: " + e.getMessage() + " (or off)");
            }
            if (millis < 10) throw new UserException("--checkpoint must be at least 10ms, or off; got " + checkpoint);
        }
        return ProfileSession.checkpointJvmArgs(millis);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkConflicts();
        List<String> program = ProgramProfiler.programWords(spec);
        if (program != null || pid != null) return new ProgramProfiler(this, out, err).run(program);
        // Every option is checked before the child starts: a bad one must not cost a run.
        ReportSettings settings = report.settings();
        ProfilePlan plan = ProfilePlan.of(this, null, err);
        RunSet set = LiveRun.run(live ? LiveRun.open(this, err) : null, plan, name, repeat, k -> {
            if (repeat > 1) Notices.to(err).accept("run " + k + " of " + repeat + " done");
        }, out);
        Reports.print(set, settings, report.flameGraph(), out, err);
        err.println("workbench: saved run " + set.id() + (set.size() > 1 ? " (" + set.size() + " runs)" : "")
                + (set.name().isEmpty() ? "" : " (" + set.name() + ")"));
        sayNotices(set, err);
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

    /**
     * A mode whose notices are known only once the run is read (the deterministic mode's: call paths cut at their
     * limit, a sampler's fallback, what the agent left out) says them after it, as the saved run keeps them; the
     * others say theirs as they happen.
     */
    void sayNotices(RunSet set, PrintWriter err) {
        if (!ModeDescriptors.of(mode).noticesAfterRun()) return;
        for (Profile p : set.runs()) p.run().notices().forEach(Notices.to(err));
    }

    /**
     * Checks the mode's options before anything runs (a bad one must not cost a run); each run gets a fresh
     * recorder later.
     */
    void checkModeOptions(PrintWriter err) {
        if (report.flameGraph() != null && mode == Mode.DETERMINISTIC
                && line.validate() != workbench.model.LineTiming.SAMPLED && !deterministic.keepsPaths()) {
            // asking for the flame graph is asking for the call paths it draws: turned on, with what that costs
            deterministic.keepPaths();
            Notices.to(err).accept("--flamegraph draws call paths, so --stacks is on: about 6.8 ns more per traced"
                    + " call (docs/measurements.md)");
        }
        recorder(err, null);
        String refusal = ModeDescriptors.of(mode).flameGraphRefusal(modeOptions(err));
        if (report.flameGraph() != null && refusal != null) throw new UserException(refusal);
    }

    /** Options that mean nothing in the mode asked for are refused rather than ignored. */
    private void checkConflicts() {
        var parsed = spec.commandLine().getParseResult();
        ModeDescriptors.of(mode).refusedOptions().forEach((option, why) -> {
            if (parsed.hasMatchedOption(option)) throw new UserException(why);
        });
        if (pid == null && parsed.hasMatchedOption("--duration")) {
            throw new UserException("--duration is for --pid; a program started here runs to its end (or --timeout)");
        }
    }

    /** @return every mode's options as given, checked as far as they can be without a mode */
    private ModeOptions modeOptions(PrintWriter err) {
        deterministic.validate();
        return new ModeOptions(deterministic.includes, deterministic.excludes, deterministic.raw,
                deterministic.paths(), line.functions, line.validate(), sampling::settings, sampling.jit(),
                Notices.to(err), deterministic.clock());
    }

    /**
     * @param err     where the recorder's notices go as they happen
     * @param program the program profiled, for what is instrumented by default; {@code null} for the workload, or an
     *                attached JVM's program that could not be read
     * @return a fresh recorder for the mode asked for
     * @throws UserException naming an option the mode cannot take
     */
    ModeRecorder recorder(PrintWriter err, ProgramCommand program) {
        if (pid != null && deterministic.warmup != 0) {
            throw new UserException("--warmup is for a program started here: an attached JVM's runs began before");
        }
        // the workload's runs start at its variant's confidenceInterval; a program's where --warmup-at says
        boolean workloadRuns = pid == null && ProgramProfiler.programWords(spec) == null;
        String run = workloadRuns ? ProfileSession.workloadRun(workload.toConfig().variant()) : null;
        try {
            return ModeDescriptors.of(mode).recorder(modeOptions(err).forProgram(program)
                    .withWarmup(deterministic.warmup(run)));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** The help's footer: the modes as registered, each with what it records. */
    static final class ModesHelp implements picocli.CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            List<String> footer = new ArrayList<>(List.of("", "Modes:"));
            for (ModeDescriptor d : ModeDescriptors.all()) {
                footer.add(String.format(Locale.ROOT, "  %-14s %s", d.name(), d.records()));
            }
            footer.add("  hybrid         --timing sampled (deterministic or line): exact counts from");
            footer.add("                 the agent, times from samples of the same run");
            spec.usageMessage().footer(footer.toArray(String[]::new));
            return spec;
        }
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
