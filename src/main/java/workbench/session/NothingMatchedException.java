package workbench.session;

/**
 * The user's patterns ({@code --include}, {@code --function}) matched nothing the program ran: bad input, found only
 * once the program has run, and nothing is saved for it.
 */
public final class NothingMatchedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line for the user */
    public NothingMatchedException(String message) {
        super(message);
    }
}
