package workbench.session;

import java.io.IOException;
import java.nio.file.Path;

/** What a child JVM gets besides the target: a profiler's agent, a recording, or nothing. */
@FunctionalInterface
public interface ChildSetup {

    /** Nothing added: the program as it runs without a profiler. */
    ChildSetup NONE = (child, workDir) -> { };

    /**
     * Adds JVM options to the child.
     *
     * @param child   the child JVM, not yet started
     * @param workDir a fresh directory for the child's files, deleted after the run
     * @throws IOException when a file the options need cannot be written
     */
    void configure(ChildJvm child, Path workDir) throws IOException;
}
