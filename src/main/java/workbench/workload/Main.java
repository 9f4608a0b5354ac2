package workbench.workload;

import java.util.Locale;

/**
 * The profiling target's entry point, run in the child JVM: no option parsing library, nothing of the workbench,
 * so that the profile shows the workload and only the workload. The driver has already validated the arguments.
 */
public final class Main {

    private Main() {
    }

    /** @param args {@code n iterations runs alpha variant seed [dataFile]}, see {@link WorkloadConfig#toArgs()} */
    public static void main(String[] args) {
        WorkloadConfig config = WorkloadConfig.fromArgs(args);
        Workload.run(config, (run, iv, nanos) -> System.out.printf(Locale.ROOT,
                "run %d: lower=%.6f upper=%.6f value=%.6f num=%d (%.3f s)%n",
                run + 1, iv.lower(), iv.upper(), iv.value(), iv.num(), nanos / 1e9));
    }
}
