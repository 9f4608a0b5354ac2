package workbench.store;

/**
 * A saved run cannot be found, read or written; the message is one line meant for the user. Whether it is the
 * user's input that is wrong (an unknown id, a corrupt file named on the command line) or the machine that failed
 * (a save that could not be written) decides the exit code.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean badInput;

    private StoreException(String message, Throwable cause, boolean badInput) {
        super(message, cause);
        this.badInput = badInput;
    }

    /**
     * @param message one line for the user
     * @return an error in what the user asked for
     */
    public static StoreException badInput(String message) {
        return new StoreException(message, null, true);
    }

    /**
     * @param message one line for the user
     * @param cause   the underlying failure
     * @return an error in what the user asked for
     */
    public static StoreException badInput(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    /**
     * @param message one line for the user
     * @param cause   the underlying failure
     * @return a failure of the machine, not of the input
     */
    public static StoreException failure(String message, Throwable cause) {
        return new StoreException(message, cause, false);
    }

    /** @return whether the user's input is at fault (exit code 2) rather than the machine (exit code 1) */
    public boolean badInput() {
        return badInput;
    }
}
