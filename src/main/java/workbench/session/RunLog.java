package workbench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured channel through which the workload in the child reports its own measurements: the time of each
 * of its runs, without JVM start-up, and (when {@value #HEAP_PROPERTY} is set) the peak heap. The child appends one
 * line per run as it finishes ({@code run <k> <nanos>}) to the file the system property {@value #PROPERTY} names,
 * so a run cut short by {@code System.exit} or the time limit still reports the runs it finished; after the last
 * run, {@code heap <bytes>}. A log without a heap line (every run but a sweep's) reads as before. The program's
 * standard output stays its own.
 */
public final class RunLog {

    /** The system property the workload reads (kept in sync with {@code workbench.workload.Main}). */
    public static final String PROPERTY = "workbench.runlog";
    /** The system property that asks the workload for its peak heap line (kept in sync with its {@code Main}). */
    public static final String HEAP_PROPERTY = "workbench.heap";

    /**
     * What the child reported.
     *
     * @param runNanos      each run's nanoseconds, in run order
     * @param peakHeapBytes the heap pools' summed peak usage, -1 when not reported
     */
    public record Entries(List<Long> runNanos, long peakHeapBytes) {

        public Entries {
            runNanos = List.copyOf(runNanos);
        }
    }

    private RunLog() {
    }

    /**
     * @param file the file the child wrote, possibly missing (a program that reports nothing)
     * @return each run's nanoseconds, in run order
     * @throws IOException when the file exists but cannot be read or is malformed
     */
    public static List<Long> read(Path file) throws IOException {
        return readAll(file).runNanos();
    }

    /**
     * @param file the file the child wrote, possibly missing (a program that reports nothing)
     * @return the runs' times and the peak heap
     * @throws IOException when the file exists but cannot be read or is malformed
     */
    public static Entries readAll(Path file) throws IOException {
        if (!Files.exists(file)) return new Entries(List.of(), -1);
        List<Long> runs = new ArrayList<>();
        long heap = -1;
        for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (row.isBlank()) continue;
            String[] f = row.trim().split(" ");
            try {
                if (f.length == 2 && f[0].equals("heap")) {
                    heap = Long.parseLong(f[1]);
                    continue;
                }
                if (f.length != 3 || !f[0].equals("run") || Integer.parseInt(f[1]) != runs.size() + 1) {
                    throw new NumberFormatException();
                }
                runs.add(Long.parseLong(f[2]));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": malformed run log line '" + row + "'");
            }
        }
        return new Entries(runs, heap);
    }
}
