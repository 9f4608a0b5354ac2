package workbench.workload;

import java.io.IOException;
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

    /** @param args {@code n iterations runs alpha variant seed [dataFile]}, see {@link WorkloadConfig#toArgs()} */
    public static void main(String[] args) {
        WorkloadConfig config = WorkloadConfig.fromArgs(args);
        String runLog = System.getProperty(RUN_LOG);
        Workload.run(config, (run, iv, nanos) -> {
            System.out.printf(Locale.ROOT, "run %d: lower=%.6f upper=%.6f value=%.6f num=%d (%.3f s)%n",
                    run + 1, iv.lower(), iv.upper(), iv.value(), iv.num(), nanos / 1e9);
            if (runLog != null) log(Path.of(runLog), run + 1, nanos);
        });
    }

    /** Appends one run's time; a run log that cannot be written must not stop the program. */
    private static void log(Path file, int run, long nanos) {
        try {
            Files.writeString(file, "run " + run + " " + nanos + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("workload: cannot write the run log " + file + ": " + e.getMessage());
        }
    }
}
