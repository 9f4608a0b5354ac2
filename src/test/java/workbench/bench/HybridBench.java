package workbench.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.AgentOptions;
import workbench.model.ClockInfo;
import workbench.model.FunctionData;
import workbench.model.SampledFunctionData;
import workbench.sampling.SamplingSettings;
import workbench.session.ClockProbe;
import workbench.session.DeterministicRecorder;
import workbench.validation.CallCounts;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * The deterministic mode's {@code --timing sampled} against the timed trace and plain, on the boxed
 * {@code 100000} run (10 iterations × 4 runs), started by the profile session as {@code workbench profile} starts
 * them, interleaved, medians (and minima: a shared machine's load disturbs some runs a lot) of the workload's own
 * times; the count-only probes alone, without the sampler; and whether the two modes' call counts are identical.
 */
final class HybridBench implements BenchSection {

    private static final WorkloadConfig CONFIG = new WorkloadConfig(100000, 10, 4, 0.05, Variant.BOXED, 1, null);

    @Override
    public String name() {
        return "hybrid";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        SamplingSettings sampling = SamplingSettings.of("async", "cpu", "1ms", false);
        AgentOptions countsOnly = new AgentOptions(AgentOptions.COUNT, ctx.workDir().resolve("counts.wbt").toString(),
                List.of(), List.of(), false);
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        runs.put("plain", ctx.plain(CONFIG, List.of()));
        runs.put("timed", ctx.profiled(CONFIG, () -> new DeterministicRecorder(List.of(), List.of(), false)));
        runs.put("hybrid", ctx.profiled(CONFIG,
                () -> new DeterministicRecorder(List.of(), List.of(), sampling, ctx.notices())));
        // the count-only probes without the sampler: what the probes cost by themselves
        runs.put("counts", ctx.plain(CONFIG, List.of("-javaagent:" + ctx.jar() + "=" + countsOnly)));
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        List<BenchContext.Timing> plainRuns = t.get("plain");
        ctx.printf("boxed, n = 100000, 10 iterations x 4 runs; own time = the workload's (run log), JVM start-up"
                + " left out; cpu = the child's user + system; clock %s%n", BenchContext.clock(t.values()));
        ctx.printf("%-8s %9s %9s %9s %9s  %9s %9s %9s  %s%n", "", "own (s)", "min (s)", "wall (s)", "cpu (s)",
                "own/plain", "min/plain", "cpu/plain", "target");
        for (Map.Entry<String, List<BenchContext.Timing>> e : t.entrySet()) {
            List<BenchContext.Timing> r = e.getValue();
            String target = e.getKey().equals("hybrid") ? "<= 1.2x (async-profiler cpu, 1ms)" : "";
            ctx.printf("%-8s %9.3f %9.3f %9.3f %9.3f  %8.2fx %8.2fx %8.2fx  %s%n", e.getKey(),
                    BenchContext.medianOwn(r), minOwn(r), BenchContext.medianWall(r), BenchContext.medianCpu(r),
                    BenchContext.medianOwn(r) / BenchContext.medianOwn(plainRuns), minOwn(r) / minOwn(plainRuns),
                    BenchContext.medianCpu(r) / BenchContext.medianCpu(plainRuns), target);
        }
        List<BenchContext.Timing> timed = t.get("timed");
        List<BenchContext.Timing> hybrid = t.get("hybrid");
        FunctionData exact = (FunctionData) timed.get(timed.size() - 1).profile().data();
        SampledFunctionData sampled = (SampledFunctionData) hybrid.get(hybrid.size() - 1).profile().data();
        ctx.printf("calls: timed %d, hybrid %d; per function and per edge %s; hybrid times from %d samples%n",
                exact.totals().calls(), sampled.functions().totals().calls(),
                CallCounts.of(exact).equals(CallCounts.of(sampled.functions())) ? "identical" : "DIFFERENT", sampled.samples().totalSamples());
        ctx.printf("load average at the end: %s%n", loadAverage());
        ClockInfo clock = ClockProbe.measure();
        ctx.printf("System.nanoTime here: %.1f ns, clock source %s (the timed trace reads it twice per call)%n",
                clock.nanoTimeNanos(), clock.source().isEmpty() ? "unknown" : clock.source());
    }

    /** The fastest run: the least disturbed by other processes on a shared machine. */
    private static double minOwn(List<BenchContext.Timing> timings) {
        return timings.stream().mapToDouble(BenchContext.Timing::ownSeconds).min().orElse(Double.NaN);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
