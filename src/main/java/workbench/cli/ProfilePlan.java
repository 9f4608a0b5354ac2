package workbench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import workbench.model.Target;
import workbench.session.ModeRecorder;
import workbench.session.ProfileSession;
import workbench.session.ProgramCommand;

/**
 * A {@code profile} command's runs before any starts, every option checked: how its children start (saving its
 * recipe in each run), a fresh recorder of its mode per run, and its target. {@code profile} and
 * {@code compare --rerun} start runs from it alike.
 *
 * @param session   how the children start
 * @param recorders a fresh recorder per run
 * @param target    what runs
 */
record ProfilePlan(ProfileSession session, Supplier<ModeRecorder> recorders, Target target) {

    /**
     * @param cmd     the parsed profile command
     * @param program the words after {@code --}, or {@code null} for the workload
     * @param err     where the recorders' notices go
     * @return its plan
     * @throws UserException naming the first bad option, before anything runs
     */
    static ProfilePlan of(ProfileCommand cmd, List<String> program, PrintWriter err) {
        if (cmd.timeoutSeconds != null && !(cmd.timeoutSeconds > 0)) {
            throw new UserException("--timeout must be positive, got " + cmd.timeoutSeconds);
        }
        if (cmd.repeat < 1) throw new UserException("--repeat must be at least 1, got " + cmd.repeat);
        Duration timeout = cmd.timeoutSeconds == null ? null : Duration.ofMillis((long) (cmd.timeoutSeconds * 1000));
        if (program == null) {
            // the warm-up's runs come first, and the agent leaves them out
            Target target = ProfileSession.workloadTarget(ProfileSession.withWarmup(cmd.workload.toConfig(),
                    cmd.deterministic.warmup));
            cmd.checkModeOptions(err);
            ProfileSession session = new ProfileSession(cmd.storeOptions.store(), timeout, cmd.checkpointJvmArgs())
                    .withRecipe(RunRecipes.of(cmd, null));
            return new ProfilePlan(session, () -> cmd.recorder(err, null), target);
        }
        ProgramCommand parsed;
        try {
            parsed = ProgramCommand.parse(program);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        cmd.checkModeOptions(err);
        ProfileSession session = new ProfileSession(cmd.storeOptions.store(), timeout, cmd.checkpointJvmArgs())
                .withProgram(parsed).withRecipe(RunRecipes.of(cmd, program));
        return new ProfilePlan(session, () -> cmd.recorder(err, parsed), parsed.target());
    }
}
