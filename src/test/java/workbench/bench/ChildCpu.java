package workbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CPU time a child process used, through {@code /usr/bin/time}: on a shared machine wall times swing with the
 * neighbours' load, while the CPU a profiler adds to its process does not.
 */
final class ChildCpu {

    private static final Path TIME = Path.of("/usr/bin/time");

    private ChildCpu() {
    }

    /**
     * @param command the command to measure
     * @param out     where {@code time} writes the seconds of user and system CPU
     * @return the command wrapped, or unchanged when there is no {@code /usr/bin/time}
     */
    static List<String> wrap(List<String> command, Path out) {
        if (!Files.isExecutable(TIME)) return command;
        List<String> cmd = new ArrayList<>(List.of(TIME.toString(), "-o", out.toAbsolutePath().toString(), "-f",
                "%U %S"));
        cmd.addAll(command);
        return cmd;
    }

    /** @return user + system seconds written by {@link #wrap}'s {@code time}, and the file deleted */
    static Optional<Double> read(Path out) throws IOException {
        if (!Files.isRegularFile(out)) return Optional.empty();
        try {
            String[] f = Files.readString(out).trim().split("\\s+");
            return Optional.of(Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]));
        } catch (RuntimeException e) {
            return Optional.empty();
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
