package workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * What the commands that run many children ({@code overhead}, {@code sweep}) share: a shutdown hook that keeps what
 * was measured when the user presses Ctrl-C, and the clean-up of their work directory.
 */
final class Interrupts {

    /** Work that runs children and may fail. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private Interrupts() {
    }

    /**
     * Runs the work with a shutdown hook in place: the JVM runs it on Ctrl-C (the work is saved after each child,
     * so the hook only says what was kept, saving once more for a child that finished in between).
     *
     * @param work        the children
     * @param interrupted what to do when the JVM shuts down before the work ends
     * @param <T>         the work's result
     * @return the work's result
     * @throws IOException when the work fails
     */
    static <T> T saving(Work<T> work, Runnable interrupted) throws IOException {
        Thread hook = new Thread(interrupted, "workbench-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.run();
        } finally {
            if (!Thread.currentThread().isInterrupted()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook reports
                }
            }
        }
    }

    /** Deletes a temporary directory; one left behind is not worth failing a study for. */
    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left behind
        }
    }
}
