package workbench.cli;

/** Bad input from the user: reported as one line on stderr with exit code 2. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line that says what is wrong and, where it helps, what would be right */
    public UserException(String message) {
        super(message);
    }
}
