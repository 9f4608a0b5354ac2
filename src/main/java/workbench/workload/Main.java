package workbench.workload;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The profiling target's entry point, run in the child JVM: no option parsing library, nothing of the workbench,
 * so that the profile shows the workload and only the workload. The driver has already validated the arguments.
 */
public final class Main {

    private Main() {
    }

    /**
     * The system property that names the file each run's time is appended to, for the workbench to read (its
     * {@code session.RunLog}; the workload imports nothing of the workbench, so the name is repeated there).
     */
    static final String RUN_LOG = "workbench.runlog";

    /**
     * The system property that asks for the peak heap line: only {@code sweep} sets it, so that other runs (and
     * their profiles) never touch {@code java.lang.management}.
     */
    static final String HEAP = "workbench.heap";

    /** @param args {@code n iterations runs alpha variant seed [dataFile]}, see {@link WorkloadConfig#toArgs()} */
    public static void main(String[] args) {
        WorkloadConfig config = WorkloadConfig.fromArgs(args);
        String runLog = System.getProperty(RUN_LOG);
        Workload.run(config, (run, iv, nanos) -> {
            System.out.printf(Locale.ROOT, "run %d: lower=%.6f upper=%.6f value=%.6f num=%d (%.3f s)%n",
                    run + 1, iv.lower(), iv.upper(), iv.value(), iv.num(), nanos / 1e9);
            if (runLog != null) log(Path.of(runLog), "run " + (run + 1) + " " + nanos);
        });
        if (runLog != null && Boolean.getBoolean(HEAP)) log(Path.of(runLog), "heap " + peakHeapBytes());
    }

    /**
     * The peak heap, as cheaply as the JVM tells it: the sum of every heap pool's peak usage since start, or the heap
     * used now ({@code totalMemory - freeMemory}) when that is larger. G1 updates its pools' usage only at a
     * collection, so a run that never collected reports 0 there (its memory bean too, measured); then everything it
     * allocated is still in the heap, and the heap used now is the peak. Garbage
     * not yet collected counts, and pools peak at different moments, so this bounds the heap held at once from above.
     * No GC log, no recorder, and the same measure for every variant, which is what a sweep compares.
     */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        Runtime rt = Runtime.getRuntime();
        return Math.max(sum, rt.totalMemory() - rt.freeMemory());
    }

    /** Appends one line (a run's time, the peak heap); a run log that cannot be written must not stop the program. */
    private static void log(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("workload: cannot write the run log " + file + ": " + e.getMessage());
        }
    }
}
