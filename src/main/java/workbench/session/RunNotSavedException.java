package workbench.session;

import java.io.IOException;
import workbench.store.StoreException;

/**
 * A profiled program ran, but its run could not be saved: what it left could not be read, or the store could not
 * take it. The program's exit code goes with the failure, because the workbench exits with it whether or not the
 * profile was saved: a script that runs a program under the workbench must still see how the program ended.
 */
public final class RunNotSavedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode the program's exit code
     * @param cause    why nothing was saved; its message is the user's one line
     */
    RunNotSavedException(int exitCode, Exception cause) {
        super(message(cause), cause);
        this.exitCode = exitCode;
    }

    /** The cause's line, saying that nothing was saved unless it says so itself. */
    private static String message(Exception cause) {
        String line = cause.getMessage() == null ? cause.toString()
                : cause.getMessage().lines().findFirst().orElse(cause.toString());
        boolean saysSo = cause instanceof StoreException || cause instanceof NothingMatchedException;
        return saysSo ? line : line + "; no run saved";
    }

    /** @return the profiled program's exit code */
    public int exitCode() {
        return exitCode;
    }
}
