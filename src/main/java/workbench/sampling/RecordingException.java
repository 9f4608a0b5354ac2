package workbench.sampling;

import java.io.IOException;

/** A recording that cannot be read: missing, not JFR, truncated or corrupt. The message is one line for the user. */
public final class RecordingException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with which file
     * @param cause   the parser's own exception
     */
    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
