package workbench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured channel through which the workload in the child reports its own measurements: the time of each
 * of its runs, without JVM start-up. The child appends one line per run as it finishes ({@code run <k> <nanos>}) to
 * the file the system property {@value #PROPERTY} names, so a run cut short by {@code System.exit} or the time
 * limit still reports the runs it finished. The program's standard output stays its own.
 */
public final class RunLog {

    /** The system property the workload reads (kept in sync with {@code workbench.workload.Main}). */
    public static final String PROPERTY = "workbench.runlog";

    private RunLog() {
    }

    /**
     * @param file the file the child wrote, possibly missing (a program that reports nothing)
     * @return each run's nanoseconds, in run order
     * @throws IOException when the file exists but cannot be read or is malformed
     */
    public static List<Long> read(Path file) throws IOException {
        if (!Files.exists(file)) return List.of();
        List<Long> runs = new ArrayList<>();
        for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (row.isBlank()) continue;
            String[] f = row.trim().split(" ");
            try {
                if (f.length != 3 || !f[0].equals("run") || Integer.parseInt(f[1]) != runs.size() + 1) {
                    throw new NumberFormatException();
                }
                runs.add(Long.parseLong(f[2]));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": malformed run log line '" + row + "'");
            }
        }
        return runs;
    }
}
