package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import workbench.model.Mode;
import workbench.model.ProfileData;

/**
 * One profiling mode's part of a session: how to set up the child JVM, and how to turn what it left behind
 * (raw events, a recording) into the profile model. Everything else a session does is common to all modes.
 */
public interface ModeRecorder extends ChildSetup {

    /** @return the mode */
    Mode mode();

    /**
     * Adds the mode's JVM options (an agent, a recording) to the child.
     *
     * @param child   the child JVM, not yet started
     * @param workDir a fresh directory for the child's raw output
     */
    @Override
    void configure(ChildJvm child, Path workDir) throws IOException;

    /**
     * Reads the child's raw output into the mode's data.
     *
     * @param workDir   the directory given to {@link #configure}
     * @param result    how the child ended
     * @param saveFiles where files worth keeping beside the saved run go (e.g. the raw {@code .jfr})
     * @return this mode's data
     * @throws IOException when the raw output is missing or unreadable
     */
    ProfileData collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException;

    /**
     * Starts recording a JVM that is already running ({@code profile --pid}), in the mode's own way.
     *
     * @param vm      the attached JVM
     * @param workDir a fresh directory for the raw output, read by {@link #collect} afterwards
     * @return what stops the recording and leaves the JVM as it was
     * @throws AttachSession.AttachException when the JVM cannot be recorded so
     */
    Runnable attach(AttachedJvm vm, Path workDir) throws IOException;

    /** @return why the mode cannot record a JVM that is already running, one line, or {@code null} when it can */
    default String attachRefusal() {
        return null;
    }

    /** @return the mode's settings as they took effect (after {@link #configure}), name to value, for the saved run */
    Map<String, String> settings();

    /** @return what the mode had to do differently from what was asked, one line each (after {@link #configure}) */
    default List<String> notices() {
        return List.of();
    }

    /**
     * @return the first runs of the last child that its counts leave out as warm-up ({@code profile --warmup}); their
     *     times are left out of the run's own time too
     */
    default int warmupRunsLeftOut() {
        return 0;
    }

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
