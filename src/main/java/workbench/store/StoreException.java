package workbench.store;

/** A saved run cannot be read or written; the message is one line meant for the user. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line for the user
     * @param cause   the underlying failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message one line for the user */
    public StoreException(String message) {
        super(message);
    }
}
