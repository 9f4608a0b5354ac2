package workbench.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.overhead.PythonPort;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * The foundation's figures: each variant's time for n = 100000 with 1000 iterations × 1 run, its ratio to
 * {@code boxed}, the Python port side by side.
 */
final class VariantsBench implements BenchSection {

    private static final int N = 100000;
    private static final int ITERATIONS = 1000;

    @Override
    public String name() {
        return "variants";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        for (Variant v : Variant.values()) {
            runs.put(v.cliName(), ctx.plain(new WorkloadConfig(N, ITERATIONS, 1, 0.05, v, 1, null), List.of()));
        }
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        double boxed = BenchContext.medianOwn(t.get("boxed"));
        double fastest = Double.MAX_VALUE;
        String fastestName = "";
        ctx.printf("n = %d, %d iterations x 1 run; own time = the workload's time without JVM start-up (its run log);"
                + " clock %s%n", N, ITERATIONS, BenchContext.clock(t.values()));
        ctx.printf("%-10s %10s %10s %10s%n", "variant", "own (s)", "wall (s)", "vs boxed");
        for (Map.Entry<String, List<BenchContext.Timing>> e : t.entrySet()) {
            double own = BenchContext.medianOwn(e.getValue());
            ctx.printf("%-10s %10.3f %10.3f %9.2fx%n", e.getKey(), own, BenchContext.medianWall(e.getValue()),
                    boxed / own);
            if (own < fastest) {
                fastest = own;
                fastestName = e.getKey();
            }
        }
        ctx.printf("fastest: %s %.3f s (target <= 0.20 s)%n", fastestName, fastest);
        python(ctx, boxed, fastest);
    }

    private void python(BenchContext ctx, double boxed, double fastest) throws IOException {
        if (ctx.python().isEmpty() || ctx.pythonScript().isEmpty()) {
            ctx.printf("python3 or the reference port not found: Python comparison skipped%n");
            return;
        }
        String py = ctx.python().get();
        // The pure-Python variant takes about a minute at this size: one measurement is enough to compare with.
        BenchContext.Timing random = ctx.python(
                PythonPort.command(py, ctx.pythonScript().get(), N, "random", ITERATIONS, 1, null)).measure();
        ctx.printf("python random (1 run): %.3f s; boxed is %.1fx faster, %s %.1fx faster; clock %s%n",
                random.ownSeconds(), random.ownSeconds() / boxed, "fastest", random.ownSeconds() / fastest,
                BenchContext.clock(List.of(List.of(random))));
        if (!ctx.pythonHas("numpy")) {
            ctx.printf("numpy not importable: vector comparison skipped%n");
            return;
        }
        Map<String, BenchContext.Measurement> vector = Map.of("vector",
                ctx.python(PythonPort.command(py, ctx.pythonScript().get(), N, "vector", ITERATIONS, 1, null)));
        double seconds = BenchContext.medianOwn(ctx.interleave(vector).get("vector"));
        ctx.printf("python numpy vector: %.3f s; fastest is %.1fx faster (target >= 4x)%n", seconds,
                seconds / fastest);
    }
}
