package workbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import workbench.session.AttachSession;
import workbench.session.NothingMatchedException;
import workbench.session.RunNotSavedException;
import workbench.store.StoreException;

/**
 * Turns every failure into one line on stderr and an exit code, never a stack trace for the user. Which code is
 * picocli's exit-code exception mapper's decision ({@link #exitCode}): 2 for bad input only, 1 for a failure of the
 * machine or the program.
 */
final class ErrorHandlers {

    /** Exit code for bad input (picocli's USAGE). */
    static final int BAD_INPUT = 2;
    /** Exit code for a failure that is not the user's input (picocli's SOFTWARE). */
    static final int FAILURE = 1;

    private ErrorHandlers() {
    }

    /**
     * picocli's {@code IExitCodeExceptionMapper}.
     *
     * @param e what a command threw
     * @return 2 when the user's input is at fault, 1 otherwise
     */
    static int exitCode(Throwable e) {
        if (e instanceof UserException || e instanceof NothingMatchedException
                || e instanceof AttachSession.AttachException || e instanceof ParameterException) {
            return BAD_INPUT;
        }
        if (e instanceof StoreException s) return s.badInput() ? BAD_INPUT : FAILURE;
        if (e instanceof RunNotSavedException && e.getCause() != null) return exitCode(e.getCause());
        return FAILURE;
    }

    static int onBadParameter(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("workbench: " + e.getMessage());
        err.flush();
        return BAD_INPUT;
    }

    static int onException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String message = e.getMessage() != null ? e.getMessage().lines().findFirst().orElse("") : e.toString();
        err.println("workbench: " + message);
        if (System.getenv("WORKBENCH_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        return cmd.getExitCodeExceptionMapper() != null ? cmd.getExitCodeExceptionMapper().getExitCode(e)
                : exitCode(e);
    }
}
