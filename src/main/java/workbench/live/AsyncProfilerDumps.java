package workbench.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A sampling run under async-profiler, read by its {@code dump} command: the profiler keeps every stack it sampled
 * since it started (besides the recording it writes at the end), and {@code dump,collapsed} writes them out without
 * stopping it. The command reaches the profiler by loading its library again through the attach API, as
 * {@code asprof} does: one way for a JVM started here and one attached to.
 */
public final class AsyncProfilerDumps implements LiveSource {

    private final Consumer<String> command;
    private final Path dump;
    private final Path recording;

    /**
     * @param command   runs one async-profiler command in the profiled JVM
     * @param dump      the file each dump is written to; its path must not contain a comma, the command's separator
     * @param recording the recording async-profiler writes: it exists once the profiler has started (a JVM started
     *                  here answers the attach before its agents' start, and a dump then would print an error on the
     *                  program's stdout)
     */
    public AsyncProfilerDumps(Consumer<String> command, Path dump, Path recording) {
        if (dump.toAbsolutePath().toString().indexOf(',') >= 0) {
            throw new IllegalArgumentException("dump path contains a comma: " + dump);
        }
        this.command = command;
        this.dump = dump.toAbsolutePath();
        this.recording = recording;
    }

    @Override
    public LiveUnit unit() {
        return LiveUnit.SAMPLES;
    }

    @Override
    public LiveCounts read() throws IOException {
        if (!Files.exists(recording)) throw new IOException("async-profiler has not started yet");
        try {
            command.accept("dump,collapsed,file=" + dump);
        } catch (RuntimeException e) {
            throw new IOException("async-profiler's dump failed: " + e.getMessage(), e);
        }
        long at = System.nanoTime();
        return CollapsedCounts.parse(Files.readAllLines(dump, StandardCharsets.UTF_8), at);
    }
}
