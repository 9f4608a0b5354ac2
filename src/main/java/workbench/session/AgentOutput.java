package workbench.session;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import workbench.agent.AgentOptions;
import workbench.model.Partial;
import workbench.model.ProfileData;
import workbench.trace.LineDataReader;
import workbench.trace.TraceConverter;
import workbench.trace.TraceReader;

/**
 * The agent's raw file as the recorders read it: the output written at shutdown, or, when the JVM ended without its
 * shutdown hooks (halt, SIGKILL, a crash), the last checkpoint beside it; and what that says of the run. A workbench
 * killed with SIGKILL leaves its child's work directory behind: {@link #leftBehind} finds the raw files there, and
 * {@link #read} opens one ({@code stats FILE}).
 */
public final class AgentOutput {

    private AgentOutput() {
    }

    /**
     * @param output the raw file the agent writes at shutdown
     * @return the file to read: the output; its last checkpoint when only that exists; else the output's path, so
     *     that the reader names the file that is missing
     */
    static Path readable(Path output) {
        Path checkpoint = AgentOptions.checkpointFile(output.toString());
        return !Files.exists(output) && Files.exists(checkpoint) ? checkpoint : output;
    }

    /**
     * @param workDir the child's work directory
     * @param run     how the child ran
     * @return how far the counts go when they stop before the program's end: a checkpoint was all the agent left
     *     (the agent removes it once its last write is done), or the workbench itself was stopped (Ctrl-C, SIGTERM);
     *     {@code null} for a complete run
     */
    static Partial partial(Path workDir, ChildRun run) {
        Path checkpoint = lastCheckpoint(workDir);
        if (checkpoint != null) {
            try {
                Instant at = Files.getLastModifiedTime(checkpoint).toInstant();
                long into = Math.max(0, Duration.between(Instant.parse(run.startedAt()), at).toNanos());
                return new Partial(at.toString(), into, "the program ended without its shutdown hooks ("
                        + ended(run.exitCode()) + "); what ran after the last checkpoint is not counted");
            } catch (IOException e) {
                return new Partial(Instant.now().toString(), run.wallNanos(), "the program ended without its shutdown"
                        + " hooks (" + ended(run.exitCode()) + "); the last checkpoint's time is unknown");
            }
        }
        if (ShutdownGuard.stopping()) {
            return new Partial(Instant.parse(run.startedAt()).plusNanos(run.wallNanos()).toString(), run.wallNanos(),
                    "the workbench was stopped (Ctrl-C or SIGTERM) and stopped the program, whose agent wrote what it"
                            + " had");
        }
        return null;
    }

    /** The file in a child's work directory that names the workbench process it belongs to. */
    static final String DRIVER_FILE = "driver.pid";

    /**
     * Marks a child's work directory as this process's, so that a later workbench can tell it was left behind.
     *
     * @param workDir the child's work directory
     * @throws IOException when the file cannot be written
     */
    static void claim(Path workDir) throws IOException {
        Files.writeString(workDir.resolve(DRIVER_FILE), Long.toString(ProcessHandle.current().pid()));
    }

    /**
     * @return the raw files (outputs, or last checkpoints) in work directories of workbench processes that no longer
     *     run (killed with SIGKILL before they could read them), oldest first
     */
    public static List<Path> leftBehind() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "workbench-*")) {
            for (Path dir : dirs) {
                Path owner = dir.resolve(DRIVER_FILE);
                if (!Files.isRegularFile(owner) || alive(owner)) continue;
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(AgentOutput::isRaw).sorted().forEach(found::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing to tell, or nothing we may read: a notice is not worth failing a command for
        }
        found.sort(Comparator.comparing(AgentOutput::modified));
        return found;
    }

    private static boolean alive(Path owner) {
        try {
            long pid = Long.parseLong(Files.readString(owner).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true; // not a file of ours, or half written: leave it alone
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isRaw(Path file) {
        String name = outputName(file);
        return name.equals(DeterministicRecorder.TRACE_FILE) || name.equals(LineRecorder.LINE_FILE);
    }

    /** @return the file's name, or for a checkpoint the name of the output it stands for */
    private static String outputName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(AgentOptions.CHECKPOINT_SUFFIX)
                ? name.substring(0, name.length() - AgentOptions.CHECKPOINT_SUFFIX.length()) : name;
    }

    /**
     * Opens an agent's raw file, output or checkpoint, as {@code stats FILE} does for a run left behind.
     *
     * @param file a raw trace ({@code .wbt}) or line ({@code .wbl}) file, or its checkpoint
     * @return its profile: functions with their calls and (calibrated) times, or lines with their hits
     * @throws IOException when it is not one of the agent's raw files, or unreadable
     */
    public static ProfileData read(Path file) throws IOException {
        String name = outputName(file);
        if (name.endsWith(".wbt")) return TraceConverter.toFunctionData(TraceReader.read(file), true);
        if (name.endsWith(".wbl")) return LineDataReader.read(file);
        throw new IOException(file + " is not a raw file of the workbench agent (.wbt, .wbl or their .checkpoint)");
    }

    /** @return whether the path names one of the agent's raw files, by its name */
    public static boolean isRawName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".wbt") || name.endsWith(".wbl") || name.endsWith(AgentOptions.CHECKPOINT_SUFFIX);
    }

    /** @return how a child's exit code reads: a signal's name for 128 + a signal */
    static String ended(int exitCode) {
        if (exitCode == 137) return "killed, SIGKILL";
        if (exitCode == 134) return "aborted, SIGABRT: a crash";
        if (exitCode == 139) return "crashed, SIGSEGV";
        if (exitCode > 128 && exitCode < 160) return "ended by signal " + (exitCode - 128);
        return "exit code " + exitCode;
    }

    /** @return a checkpoint file in the directory whose output was never written, or {@code null} */
    private static Path lastCheckpoint(Path workDir) {
        try (Stream<Path> files = Files.list(workDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(AgentOptions.CHECKPOINT_SUFFIX))
                    .filter(f -> !Files.exists(f.resolveSibling(outputName(f))))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
