package workbench.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import workbench.model.Profile;
import workbench.model.RunInfo;
import workbench.store.ProfileStore;
import workbench.workload.WorkloadConfig;

/**
 * One profiled run: the workload in a child JVM under a mode's recorder, the raw output read into a profile, and
 * the profile saved.
 */
public final class ProfileSession {

    /** The workload's entry point in the child JVM. */
    public static final String WORKLOAD_MAIN = "workbench.workload.Main";

    private final ProfileStore store;
    private final Duration timeout;

    /**
     * @param store   where the run is saved
     * @param timeout stop the child after this long ({@code null}: no limit)
     */
    public ProfileSession(ProfileStore store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /**
     * Runs the workload under a recorder and saves the result.
     *
     * @param recorder the mode
     * @param config   the workload
     * @param options  the options to record with the run
     * @return the saved profile
     * @throws IOException when the child cannot run or left no readable output
     */
    public Profile run(ModeRecorder recorder, WorkloadConfig config, Map<String, String> options) throws IOException {
        return run(recorder, WORKLOAD_MAIN, config.toArgs(), options);
    }

    /**
     * Runs any main class from the workbench jar under a recorder and saves the result.
     *
     * @param recorder  the mode
     * @param mainClass the class to run
     * @param args      its arguments
     * @param options   the options to record with the run
     * @return the saved profile
     * @throws IOException when the child cannot run or left no readable output
     */
    public Profile run(ModeRecorder recorder, String mainClass, List<String> args, Map<String, String> options)
            throws IOException {
        Path workDir = Files.createTempDirectory("workbench-");
        try {
            ChildJvm child = ChildJvm.sameJava().classPath(SelfJar.locate()).main(mainClass, args).timeout(timeout);
            recorder.configure(child, workDir);
            store.prepareAsync(); // overlaps Jackson's start-up with the child's run
            String startedAt = Instant.now().toString();
            ChildJvm.Result result = child.run();
            String id = store.newId(recorder.mode());
            Profile raw = recorder.collect(workDir, result, suffix -> store.sibling(id, suffix));
            RunInfo info = new RunInfo(id, recorder.mode(), startedAt, result.command(), options,
                    System.getProperty("java.version"), hostName(), Runtime.getRuntime().availableProcessors(),
                    result.wallNanos(), result.exitCode());
            Profile profile = raw.withRun(info);
            store.save(profile);
            return profile;
        } finally {
            deleteRecursively(workDir);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is not worth failing a run for
        }
    }
}
