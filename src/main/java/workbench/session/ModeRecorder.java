package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import workbench.model.Profile;

/**
 * One profiling mode's part of a session: how to set up the child JVM, and how to turn what it left behind
 * (raw events, a recording) into the profile model. Everything else a session does is common to all modes.
 */
public interface ModeRecorder {

    /** @return the mode's name as saved in the run: {@code deterministic}, {@code sampling} or {@code line} */
    String mode();

    /**
     * Adds the mode's JVM options (an agent, a recording) to the child.
     *
     * @param child   the child JVM, not yet started
     * @param workDir a fresh directory for the child's raw output
     */
    void configure(ChildJvm child, Path workDir) throws IOException;

    /**
     * Reads the child's raw output into the mode's part of a profile.
     *
     * @param workDir   the directory given to {@link #configure}
     * @param result    how the child ended
     * @param saveFiles where files worth keeping beside the saved run go (e.g. the raw {@code .jfr})
     * @return a profile with this mode's data; its run info is filled in by the session
     * @throws IOException when the raw output is missing or unreadable
     */
    Profile collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException;

    /** Where a mode puts files that belong to the saved run. */
    @FunctionalInterface
    interface SaveFiles {
        /**
         * @param suffix e.g. {@code .jfr}
         * @return the path for that file beside the saved run
         */
        Path path(String suffix);
    }
}
