package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import workbench.agent.AgentOptions;
import workbench.model.Partial;

/**
 * The agent's raw file as the recorders read it: the output written at shutdown, or, when the JVM ended without its
 * shutdown hooks (halt, SIGKILL, a crash), the last checkpoint beside it; and what that says of the run.
 */
final class AgentOutput {

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
                    .filter(f -> !Files.exists(Path.of(f.toString().substring(0, f.toString().length()
                            - AgentOptions.CHECKPOINT_SUFFIX.length()))))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
