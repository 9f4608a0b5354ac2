package workbench.trace;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import workbench.model.Clock;
import workbench.model.ProcessTimes;
import workbench.io.AtomicFiles;

/**
 * Writes the line agent's raw file ({@link LineFormat}): the summed counters of every table, uncalibrated. The agent
 * reads the runtime's counters and hands them here; the file is written atomically, so a reader (or a kill
 * mid-write) never sees half a file.
 */
public final class LineDataWriter {

    /**
     * One table's counters summed over all threads: a selected method with its lambdas and local classes.
     *
     * @param className      the selected method's class, internal name
     * @param method         the selected method's name
     * @param descriptor     its descriptor
     * @param file           source file with its package path
     * @param firstLine      line of slot 0
     * @param hits           hits per slot
     * @param nanos          raw (uncalibrated) nanoseconds per slot
     * @param timedIntervals timed intervals per slot
     * @param code           whether the slot's line holds instrumented code
     */
    public record Table(String className, String method, String descriptor, String file, int firstLine, long[] hits,
                        long[] nanos, long[] timedIntervals, boolean[] code) {
    }

    private LineDataWriter() {
    }

    /**
     * @param file          the target file
     * @param timing        {@code exact} or {@code hits}
     * @param overheadNanos calibrated cost of one timed line start (0 when not timed)
     * @param tables        every table's counters
     * @throws IOException when the file cannot be written; the previous file is then untouched
     */
    public static void write(Path file, String timing, double overheadNanos, List<Table> tables)
            throws IOException {
        write(file, timing, overheadNanos, Clock.WALL, tables, 1, ProcessTimes.UNKNOWN);
    }

    /**
     * @param file          the target file
     * @param timing        {@code exact} or {@code hits}
     * @param overheadNanos calibrated cost of one timed line start (0 when not timed)
     * @param clock         the clock the times were read with: a {@code clock} row names any but the wall clock, so
     *                      that a wall-clock file is the one earlier builds wrote
     * @param tables        every table's counters
     * @param threads       how many threads ran the selected methods: what the times are summed over
     * @param process       the process's own wall and CPU time so far
     * @throws IOException when the file cannot be written; the previous file is then untouched
     */
    public static void write(Path file, String timing, double overheadNanos, Clock clock, List<Table> tables,
                             long threads, ProcessTimes process) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(LineFormat.MAGIC + "\t" + LineFormat.VERSION + "\n");
            w.write("timing\t" + timing + "\n");
            w.write(String.format(Locale.ROOT, "overhead-ns\t%.3f%n", overheadNanos));
            if (clock != Clock.WALL) w.write(Clock.SETTING + "\t" + clock.cliName() + "\n");
            if (threads > 1) w.write(LineFormat.THREADS + "\t" + threads + "\n");
            if (process.known()) {
                w.write(LineFormat.PROCESS + "\t" + process.wallNanos() + "\t" + process.cpuNanos() + "\n");
            }
            for (Table t : tables) {
                w.write("table\t" + t.className() + "\t" + t.method() + "\t" + t.descriptor() + "\t" + t.file() + "\t"
                        + t.firstLine() + "\n");
                for (int s = 0; s < t.hits().length; s++) {
                    if (!t.code()[s] && t.hits()[s] == 0) continue;
                    w.write("line\t" + (t.firstLine() + s) + "\t" + t.hits()[s] + "\t" + t.nanos()[s] + "\t"
                            + t.timedIntervals()[s] + "\n");
                }
            }
            w.flush();
        });
    }
}
