package workbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of {@code workbench.jar}: the only place that calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    /** @param args the command line */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs a command line with the given streams, as tests do.
     *
     * @return the exit code: 0 ok, 1 failure, 2 bad input
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes Errors through; the memory check before the run estimates, it cannot promise. By now the
            // resamples are unreachable, so there is room to say so in one line.
            err.println("workbench: out of memory (" + e.getMessage() + "): lower N or raise -Xmx");
            err.flush();
            return ErrorHandlers.BAD_INPUT;
        }
    }

    /** @return the configured command line, with our error handling */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new WorkbenchCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(ErrorHandlers::onBadParameter);
        cmd.setExecutionExceptionHandler(ErrorHandlers::onException);
        cmd.setExitCodeExceptionMapper(ErrorHandlers::exitCode);
        // Every command's --version prints the workbench's version, not picocli's empty default.
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new VersionProvider());
        }
        return cmd;
    }
}
