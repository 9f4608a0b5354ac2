package workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import workbench.model.Profile;
import workbench.model.RunSet;
import workbench.report.ReportSettings;
import workbench.sampling.SamplingSettings;
import workbench.session.AttachSession;
import workbench.session.ModeRecorder;
import workbench.session.ProgramCommand;
import workbench.session.RunNotSavedException;
import workbench.session.ShutdownGuard;

/**
 * {@code profile -- JAVA-COMMAND} and {@code profile --pid PID}: the profile command for a program that is not the
 * workload. The program's standard streams are its own, so the table and the workbench's lines go to stderr, and
 * the workbench exits with the program's exit code, whether or not its profile could be saved (then: one line says
 * why not); only a program that ended with 0 lets the workbench's own failure code through.
 */
final class ProgramProfiler {

    private final ProfileCommand cmd;
    private final PrintWriter out;
    private final PrintWriter err;

    ProgramProfiler(ProfileCommand cmd, PrintWriter out, PrintWriter err) {
        this.cmd = cmd;
        this.out = out;
        this.err = err;
    }

    /**
     * @param spec the profile command's spec, after parsing
     * @return the words after {@code --}, or {@code null} when the command line has no {@code --}
     * @throws UserException when the workload's size or options were given with a program
     */
    static List<String> programWords(CommandSpec spec) {
        ParseResult parsed = spec.commandLine().getParseResult();
        List<String> original = parsed.originalArgs();
        int dash = original.indexOf("--");
        ProfileCommand c = (ProfileCommand) spec.userObject();
        if (dash < 0) {
            if (!c.command.isEmpty()) {
                throw new UserException("unexpected argument " + c.command.get(0) + ": the workload takes one N; a"
                        + " program to profile comes after '--'");
            }
            return null;
        }
        List<String> words = List.copyOf(original.subList(dash + 1, original.size()));
        int positionals = (c.workload.n == null ? 0 : 1) + c.command.size();
        if (positionals != words.size()) {
            throw new UserException("N is the built-in workload's size: it cannot come with a program after '--'");
        }
        workloadOptionsRefused(spec, "a program after '--'");
        return words;
    }

    private static void workloadOptionsRefused(CommandSpec spec, String what) {
        for (OptionSpec o : spec.mixins().get("workload").options()) {
            if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                throw new UserException(o.longestName() + " is the built-in workload's option: it cannot come with "
                        + what);
            }
        }
    }

    /**
     * @param words the words after {@code --}, or {@code null} with {@code --pid}
     * @return the program's exit code (with {@code --pid}: 0)
     * @throws IOException when the child cannot run or left nothing readable
     */
    int run(List<String> words) throws IOException {
        // Ctrl-C: the session saves what the program recorded; the exit also waits for the table to be printed
        try (ShutdownGuard guard = ShutdownGuard.hold()) {
            return runGuarded(words);
        }
    }

    private int runGuarded(List<String> words) throws IOException {
        if (words != null && cmd.pid != null) throw new UserException("--pid attaches to a running JVM: no '--' command with it");
        if (cmd.pid != null) return attach(cmd.report.settings()); // refuses --timeout and --repeat itself
        ReportSettings settings = cmd.report.settings();
        ProfilePlan plan = ProfilePlan.of(cmd, words, err);
        RunSet set;
        try {
            set = LiveRun.run(cmd.live ? LiveRun.open(cmd, err) : null, plan, cmd.name, cmd.repeat, k -> {
                if (cmd.repeat > 1) Notices.to(err).accept("run " + k + " of " + cmd.repeat + " done");
            }, out);
        } catch (RunNotSavedException e) {
            // the program ran: its exit code is the workbench's, saved or not; ours only when it ended well
            if (e.exitCode() == 0) throw e;
            err.println("workbench: " + e.getMessage());
            err.flush();
            return e.exitCode();
        }
        Reports.print(set, settings, cmd.report.flameGraph(), err, err);
        err.println("workbench: saved run " + set.id() + (set.size() > 1 ? " (" + set.size() + " runs)" : "")
                + (set.name().isEmpty() ? "" : " (" + set.name() + ")"));
        cmd.sayNotices(set, err);
        err.flush();
        for (Profile p : set.runs()) {
            if (p.run().exitCode() != 0) return p.run().exitCode();
        }
        return 0;
    }

    private int attach(ReportSettings settings) throws IOException {
        workloadOptionsRefused(cmd.spec, "--pid");
        if (cmd.workload.n != null || !cmd.command.isEmpty()) {
            throw new UserException("--pid attaches to a running JVM: no N and no program with it");
        }
        if (cmd.repeat != 1) throw new UserException("--repeat starts fresh JVMs: not with --pid");
        if (cmd.timeoutSeconds != null) throw new UserException("--timeout is for a program started here; use --duration");
        long nanos;
        try {
            nanos = SamplingSettings.parseInterval(cmd.duration);
        } catch (IllegalArgumentException e) {
            throw new UserException("--duration: " + e.getMessage());
        }
        if (nanos < 1_000_000L) throw new UserException("--duration must be at least 1ms, got " + cmd.duration);
        cmd.checkModeOptions(err);
        RunSet set;
        try (LiveRun view = cmd.live ? LiveRun.open(cmd, err) : null) {
            Function<ProgramCommand, ModeRecorder> recorders =
                    program -> cmd.recorder(err, program);
            try {
                set = new AttachSession(cmd.storeOptions.store(), cmd.pid, Duration.ofNanos(nanos))
                        .run(view == null ? recorders : view.wrap(recorders), cmd.name, Notices.to(err));
            } finally {
                if (view != null) view.finish(out);
            }
        }
        Reports.print(set, settings, cmd.report.flameGraph(), out, err); // no program output here to keep apart
        err.println("workbench: saved run " + set.id() + (set.name().isEmpty() ? "" : " (" + set.name() + ")"));
        cmd.sayNotices(set, err);
        err.flush();
        return 0;
    }
}
