package workbench.agent.rt;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes the line mode's raw data at shutdown: the summed counters of every table, uncalibrated, as a small
 * tab-separated text file that the driver's {@code LineDataReader} turns into the profile model.
 *
 * <pre>
 * workbench-line-data	2
 * timing	exact
 * overhead-ns	23.125
 * table	workbench/workload/BoxedBootstrap	confidenceInterval	(Ljava/util/List;IDLjava/util/Random;)Lworkbench/workload/Interval;	workbench/workload/BoxedBootstrap.java	20
 * line	26	4000040	1234567	40
 * </pre>
 *
 * <p>{@code line} rows give line, hits, raw nanoseconds and timed intervals, for each line of the preceding table
 * that holds code or was hit. The file is written beside the target and moved over it, so a reader never sees
 * half a file.
 */
public final class LineDataWriter {

    /** First token of the file. */
    public static final String MAGIC = "workbench-line-data";
    /** The format's version, second token of the file. */
    public static final int FORMAT_VERSION = 2;

    private LineDataWriter() {
    }

    /**
     * Writes every registered table's counters.
     *
     * @param file        the target file
     * @param timing      {@code exact} or {@code hits}
     * @param overheadNanos calibrated cost of one timed line start (0 when not timed)
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, String timing, double overheadNanos) throws IOException {
        write(file, timing, overheadNanos, LineCounters.snapshot());
    }

    static void write(Path file, String timing, double overheadNanos, List<LineCounters.Snapshot> tables)
            throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(MAGIC + "\t" + FORMAT_VERSION + "\n");
                w.write("timing\t" + timing + "\n");
                w.write(String.format(Locale.ROOT, "overhead-ns\t%.3f%n", overheadNanos));
                for (LineCounters.Snapshot t : tables) {
                    w.write("table\t" + t.className + "\t" + t.method + "\t" + t.descriptor + "\t" + t.file + "\t"
                            + t.firstLine + "\n");
                    for (int s = 0; s < t.hits.length; s++) {
                        if (!t.code[s] && t.hits[s] == 0) continue;
                        w.write("line\t" + (t.firstLine + s) + "\t" + t.hits[s] + "\t" + t.nanos[s] + "\t"
                                + t.timedIntervals[s] + "\n");
                    }
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
