package workbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import workbench.store.StoreException;

/** Turns every failure into one line on stderr and an exit code: never a stack trace for the user. */
final class ErrorHandlers {

    /** Exit code for bad input (picocli's USAGE). */
    static final int BAD_INPUT = 2;
    /** Exit code for a failure that is not the user's input (picocli's SOFTWARE). */
    static final int FAILURE = 1;

    private ErrorHandlers() {
    }

    static int onBadParameter(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("workbench: " + e.getMessage());
        err.flush();
        return BAD_INPUT;
    }

    static int onException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UserException || e instanceof StoreException || e instanceof IllegalArgumentException) {
            err.println("workbench: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println("workbench: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
        if (System.getenv("WORKBENCH_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        return FAILURE;
    }
}
