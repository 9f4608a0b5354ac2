package workbench.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.Clock;
import workbench.model.FunctionData;
import workbench.session.ClockProbe;
import workbench.session.DeterministicRecorder;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * What each clock of the timed trace costs: the workload plain, traced with the wall clock and traced with the
 * thread's CPU clock, interleaved; per clock the nanoseconds a traced call adds (by the workload's own wall time, and
 * by the child's CPU time, which a shared machine's load disturbs less), what one reading of the clock costs in the
 * profiled JVM (two per call are the floor) and what the calibration subtracted.
 */
final class ClockBench implements BenchSection {

    /** A tenth of the deterministic section's work: the CPU clock's calls cost several times the wall clock's. */
    private static final WorkloadConfig CONFIG = new WorkloadConfig(10000, 10, 4, 0.05, Variant.BOXED, 1, null);

    @Override
    public String name() {
        return "clock";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        runs.put("plain", ctx.plain(CONFIG, List.of()));
        for (Clock c : Clock.values()) {
            runs.put(c.cliName(), ctx.profiled(CONFIG,
                    () -> new DeterministicRecorder(List.of(), List.of(), false, 0, c)));
        }
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        double plain = BenchContext.medianOwn(t.get("plain"));
        double plainCpu = BenchContext.medianCpu(t.get("plain"));
        String source = ClockProbe.clockSource();
        ctx.printf("n = 10000, 10 iterations x 4 runs, boxed, %d repeats, medians; clock source %s; own time = the"
                + " workload's time without JVM start-up%n", ctx.repeats(), source.isEmpty() ? "unknown" : source);
        ctx.printf("%-6s %9s %9s %10s %13s %13s %14s %13s%n", "clock", "own (s)", "cpu (s)", "calls",
                "ns/call own", "ns/call cpu", "ns per reading", "calibrated ns");
        ctx.printf("%-6s %9.3f %9.3f%n", "plain", plain, plainCpu);
        for (Clock c : Clock.values()) {
            List<BenchContext.Timing> traced = t.get(c.cliName());
            double own = BenchContext.medianOwn(traced);
            double cpu = BenchContext.medianCpu(traced);
            double[] reading = new double[traced.size()];
            double[] calibrated = new double[traced.size()];
            long calls = 0;
            for (int i = 0; i < traced.size(); i++) {
                FunctionData f = traced.get(i).profile().data().functionData().orElseThrow();
                reading[i] = f.clockReadNanos();
                calibrated[i] = f.overheadNanosPerCall();
                calls = f.totals().calls();
            }
            ctx.printf("%-6s %9.3f %9.3f %10d %13.1f %13.1f %14.1f %13.1f%n", c.cliName(), own, cpu, calls,
                    (own - plain) * 1e9 / calls, (cpu - plainCpu) * 1e9 / calls, BenchContext.median(reading),
                    BenchContext.median(calibrated));
        }
    }
}
