package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import workbench.model.Mode;

/**
 * A running JVM that {@link AttachSession} is attached to, as a recorder sees it: the few things a mode does to start
 * recording there ({@link ModeRecorder#attach}). The attach machinery and its refusals stay in the session.
 */
public interface AttachedJvm {

    /** @return the JVM's process id */
    long pid();

    /**
     * Loads our agent ({@code agentmain}) with these options; it instruments the loaded classes.
     *
     * @param options the agent's option string
     * @param mode    the mode asked for, named in the refusal of a JVM profiled by attach before
     * @return what stops the agent: it writes its data and gives the classes their own code back
     * @throws IOException when the JVM cannot be reached
     */
    Runnable startAgent(String options, Mode mode) throws IOException;

    /**
     * Loads a native agent library ({@code asprof} does so with async-profiler).
     *
     * @param library the library
     * @param options its option string
     */
    void loadAgentPath(Path library, String options);

    /**
     * Runs a diagnostic command in the JVM, as {@code jcmd PID WORDS} does.
     *
     * @param words the command and its arguments
     */
    void jcmd(String... words);
}
