package workbench.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import workbench.workload.Variant;

/** Whether n = 1e6 with 1000 iterations runs in {@code -Xmx256m} for every variant, and how long it takes. */
final class MemoryBench implements BenchSection {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void run(BenchContext ctx) throws IOException {
        ctx.printf("n = 1e6, 1000 iterations x 1 run in -Xmx256m (one run each):%n");
        for (Variant v : Variant.values()) {
            String result;
            try {
                BenchContext.Timing t = ctx.time(ctx.workload(List.of("-Xmx256m"), "1000000", "1000", "1", "0.05",
                        v.cliName(), "1"));
                result = String.format(Locale.ROOT, "ok, %.2f s", t.ownSeconds());
            } catch (IOException e) {
                result = "FAILED: " + e.getMessage().lines().findFirst().orElse("");
            }
            ctx.printf("  %-10s %s%n", v.cliName(), result);
        }
    }
}
