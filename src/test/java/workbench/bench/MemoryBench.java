package workbench.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import workbench.session.ClockProbe;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/** Whether n = 1e6 with 1000 iterations runs in {@code -Xmx256m} for every variant, and how long it takes. */
final class MemoryBench implements BenchSection {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void run(BenchContext ctx) {
        String clock = ClockProbe.clockSource();
        ctx.printf("n = 1e6, 1000 iterations x 1 run in -Xmx256m (one run each; own time from the run log,"
                + " clock %s):%n", clock.isEmpty() ? "unknown" : clock);
        for (Variant v : Variant.values()) {
            String result;
            try {
                BenchContext.Timing t = ctx.plain(new WorkloadConfig(1_000_000, 1000, 1, 0.05, v, 1, null),
                        List.of("-Xmx256m")).measure();
                result = String.format(Locale.ROOT, "ok, %.2f s", t.ownSeconds());
            } catch (IOException e) {
                result = "FAILED: " + e.getMessage().lines().findFirst().orElse("");
            }
            ctx.printf("  %-10s %s%n", v.cliName(), result);
        }
    }
}
