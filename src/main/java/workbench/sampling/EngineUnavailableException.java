package workbench.sampling;

/** A sampling engine cannot run here (no native library for this OS or architecture); the message is one line. */
public final class EngineUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message why, in one line */
    public EngineUnavailableException(String message) {
        super(message);
    }
}
