package workbench.cli;

import workbench.model.RunSet;
import java.util.function.IntConsumer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.AttributedString;
import workbench.live.LiveRecorder;
import workbench.live.LiveView;
import workbench.session.ModeRecorder;
import workbench.session.ProfileSession;
import workbench.session.ProgramCommand;

/**
 * {@code profile --live}: the terminal, checked before anything runs; the recorders wrapped so that the view shows
 * the JVM while it runs; the profiled program's output kept aside while the view holds the screen, and written out
 * after it.
 */
final class LiveRun implements AutoCloseable {

    /**
     * Opens the terminal the view draws on: the one on stderr (stdout is the table's, or the program's); gives
     * {@code null} when there is none.
     */
    static Supplier<Terminal> terminals = LiveRun::systemTerminal;
    /** Told every screen the view draws (tests look at them). */
    static Consumer<List<AttributedString>> drawn = lines -> { };

    private final Terminal terminal;
    private final LiveView view;
    private final PrintWriter err;
    private final Path outputs;

    private LiveRun(Terminal terminal, String title, PrintWriter err) throws IOException {
        this.terminal = terminal;
        this.err = err;
        this.outputs = Files.createTempDirectory("workbench-live-");
        this.view = new LiveView(terminal, title, drawn);
        view.start();
    }

    /**
     * Checks that the view can be shown before anything runs.
     *
     * @param cmd the profile command, parsed
     * @param err where the notices go
     * @return the live run
     * @throws UserException when the options rule the view out, or there is no terminal to draw on
     */
    static LiveRun open(ProfileCommand cmd, PrintWriter err) throws IOException {
        if (cmd.repeat != 1) throw new UserException("--live shows one run: not with --repeat");
        String refusal = LiveRecorder.refusal(cmd.recorder(err, null));
        if (refusal != null) throw new UserException(refusal);
        if (cmd.pid != null && cmd.mode != workbench.model.Mode.SAMPLING) {
            throw new UserException("--live with --pid shows sampling runs: the agent attached to a running JVM writes"
                    + " its counts only when it stops; use --mode sampling");
        }
        if (cmd.checkpoint.equals("off") && cmd.mode != workbench.model.Mode.SAMPLING) {
            throw new UserException("--live reads the agent's checkpoints: not with --checkpoint off");
        }
        Terminal terminal = terminals.get();
        String type = terminal == null ? Terminal.TYPE_DUMB : terminal.getType();
        if (Terminal.TYPE_DUMB.equals(type) || Terminal.TYPE_DUMB_COLOR.equals(type)) {
            if (terminal != null) terminal.close();
            throw new UserException("--live needs a terminal on stdin and stderr, and has none (or its TERM is"
                    + " dumb); profile without --live, or run it in a terminal");
        }
        String title = "--mode " + cmd.mode.cliName() + (cmd.pid != null ? "  pid " + cmd.pid : "");
        return new LiveRun(terminal, title, err);
    }

    /**
     * JLine's exec provider, asked directly for the terminal on stderr (stdout stays the program's): where there is
     * none the view is refused, where {@code TerminalBuilder} would hand out a dumb terminal instead.
     *
     * @return the terminal on stderr, or {@code null} when stderr is not one, or stdin (the keys) is not it
     */
    private static Terminal systemTerminal() {
        TerminalProvider exec = new ExecTerminalProvider();
        String type = System.getenv("TERM");
        if (!exec.isSystemStream(SystemStream.Error) || type == null) return null;
        try {
            return exec.sysTerminal("workbench", type, false, StandardCharsets.UTF_8, true,
                    Terminal.SignalHandler.SIG_DFL, false, SystemStream.Error);
        } catch (IOException notATty) {
            return null; // stdin is not the terminal (a pipe): no keys, so no view
        }
    }

    /**
     * Runs a profile's plan, with the view beside it when there is one: the recorders wrapped, the program's output
     * kept in files while the view holds the screen and written out after it.
     *
     * @param view the live view, or {@code null} for none
     * @param plan what to run
     * @param name the run's name, or empty
     * @param repeat how many runs
     * @param done told after each run
     * @param out where the program's kept output goes afterwards
     * @return the saved runs
     */
    static RunSet run(LiveRun view, ProfilePlan plan, String name, int repeat, IntConsumer done, PrintWriter out)
            throws IOException {
        if (view == null) return plan.session().run(plan.recorders(), plan.target(), name, repeat, done);
        try (view) {
            try {
                return view.keepOutput(plan.session()).run(() -> view.wrap(plan.recorders().get()), plan.target(),
                        name, repeat, done);
            } finally {
                view.finish(out);
            }
        }
    }

    /**
     * @param recorder a run's recorder
     * @return it, with the view beside it
     */
    ModeRecorder wrap(ModeRecorder recorder) {
        return new LiveRecorder(recorder, view, Notices.to(err));
    }

    /**
     * @param recorders the recorder for an attached JVM's program
     * @return the same, each with the view beside it
     */
    Function<ProgramCommand, ModeRecorder> wrap(Function<ProgramCommand, ModeRecorder> recorders) {
        return program -> wrap(recorders.apply(program));
    }

    /**
     * @param session a session that runs the program here
     * @return the same, with the program's standard output and error kept in files while the view holds the screen
     */
    ProfileSession keepOutput(ProfileSession session) {
        return session.withStdout(outputs.resolve("stdout")).withStderr(outputs.resolve("stderr"));
    }

    /**
     * Writes out what the program printed while the view was up, and says what the view cost.
     *
     * @param out where the program's standard output goes now
     */
    void finish(PrintWriter out) throws IOException {
        view.close(); // closed already, unless the run failed: the screen is back before anything is written
        copy(outputs.resolve("stdout"), out);
        copy(outputs.resolve("stderr"), err);
        if (view.refreshes() > 0) {
            err.println(String.format(Locale.ROOT, "workbench: live view: %d refreshes; reading the running JVM took"
                    + " %.1f ms the first time, then %.2f ms a refresh (%.2f ms of the workbench's CPU)%s",
                    view.refreshes(), view.firstReadNanos() / 1e6, view.laterReadNanos() / 1e6,
                    view.laterReadCpuNanos() / 1e6, view.quit() ? " (closed with q)" : ""));
            err.flush();
        }
    }

    private static void copy(Path file, PrintWriter to) throws IOException {
        if (!Files.exists(file)) return;
        to.print(Files.readString(file, StandardCharsets.UTF_8));
        to.flush();
    }

    @Override
    public void close() throws IOException {
        view.close();
        terminal.close();
        for (String f : List.of("stdout", "stderr")) Files.deleteIfExists(outputs.resolve(f));
        Files.deleteIfExists(outputs);
    }
}
