package workbench.agent;

/**
 * What one agent mode contributes: how classes are rewritten, and what is written at shutdown. The trace mode
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

    /** Called once before the dump that ends an attached profile, while the program still runs. */
    default void beforeAttachedDump() {
    }

    /** Writes the mode's raw results; called once, from a shutdown hook. */
    void dump();
}
