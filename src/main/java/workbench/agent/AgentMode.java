package workbench.agent;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What one agent mode contributes: how classes are rewritten, and what it writes (at shutdown and at each checkpoint). The trace mode
 * ({@link TraceMode}) is one; a line-counting mode slots in beside it through {@link Agent#modeFor}.
 */
interface AgentMode {

    /**
     * @param internalName the class being loaded, already accepted by the class filter
     * @param classBytes   its class file
     * @return the rewritten class file, or {@code null} to keep it
     * @throws RuntimeException when it cannot be rewritten; the class is then kept as it is
     */
    byte[] instrument(String internalName, byte[] classBytes);

    /**
     * @return whether it profiles whole classes, so that the program's classes its filter leaves out are worth naming
     *     (the line mode profiles the functions named, and leaves out the rest on purpose)
     */
    default boolean profilesClasses() {
        return false;
    }

    /** Called once before the dump that ends an attached profile, while the program still runs. */
    default void beforeAttachedDump() {
    }

    /**
     * Writes what the mode has counted so far as its raw file, atomically: at shutdown, and at each checkpoint while
     * the program runs ({@link Checkpoints}). Never changes the counters, so it may run while the program does.
     *
     * @param file the raw file
     * @throws IOException when it cannot be written; a previous file there is then untouched
     */
    void write(Path file) throws IOException;
}
