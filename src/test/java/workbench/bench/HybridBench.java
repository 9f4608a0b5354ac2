package workbench.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.AgentOptions;
import workbench.model.ClockInfo;
import workbench.model.FunctionData;
import workbench.model.HybridFunctionData;
import workbench.sampling.SamplingSettings;
import workbench.session.ClockProbe;
import workbench.session.DeterministicRecorder;
import workbench.session.HybridRecorder;
import workbench.session.SamplingRecorder;
import workbench.statistics.Estimate;
import workbench.statistics.RatioInterval;
import workbench.validation.CallCounts;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * The deterministic mode's {@code --timing sampled} against plain, on the boxed {@code 100000} run (10 iterations × 4
 * runs), started by the profile session as {@code workbench profile} starts them, in rounds of every configuration in
 * a shuffled order; medians (and minima: a shared machine's load disturbs some runs a lot) of the workload's own
 * times, and the ratio to plain with its 95 % interval (Hodges–Lehmann, {@link RatioInterval}). Beside the hybrid
 * mode on its default clock (wall: async-profiler's wall sampler): the sampler alone (the workbench's sampling mode
 * with the same engine, event and interval, whose own time is the bare engine's cost), the hybrid probes alone, the
 * hybrid on the cpu clock (async-profiler's perf_events cpu sampler), and the timed trace; and whether the timed and
 * hybrid modes' call counts are identical. With a JDK 25 under /usr/lib/jvm beside this JVM's, both JDKs'
 * configurations run in the same shuffled rounds, so their ratios to their own plain runs compare side by side.
 */
final class HybridBench implements BenchSection {

    private static final WorkloadConfig CONFIG = new WorkloadConfig(100000, 10, 4, 0.05, Variant.BOXED, 1, null);
    /** The target for the hybrid mode: its own time at most this times plain's. */
    private static final double TARGET = 1.2;

    @Override
    public String name() {
        return "hybrid";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Map<String, Path> jdks = new LinkedHashMap<>();
        jdks.put(String.valueOf(Runtime.version().feature()), null);
        BenchContext.jdk25().filter(h -> Runtime.version().feature() != 25).ifPresent(h -> jdks.put("25", h));
        // --timing sampled samples the --clock's event: wall by default, cpu with --clock cpu
        SamplingSettings wall = SamplingSettings.of("async", "wall", "1ms", false);
        SamplingSettings cpu = SamplingSettings.of("async", "cpu", "1ms", false);
        AgentOptions countsOnly = new AgentOptions(AgentOptions.HYBRID, ctx.workDir().resolve("counts.wbt").toString(),
                List.of(), List.of(), false);
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        for (Map.Entry<String, Path> jdk : jdks.entrySet()) {
            Path home = jdk.getValue();
            String k = jdk.getKey() + " ";
            runs.put(k + "plain", ctx.plainOn(home, CONFIG, List.of()));
            runs.put(k + "sampler", ctx.profiledOn(home, CONFIG, () -> new SamplingRecorder(wall, ctx.notices())));
            // the hybrid probes without the sampler: what the probes cost by themselves
            runs.put(k + "counts", ctx.plainOn(home, CONFIG, List.of("-javaagent:" + ctx.jar() + "=" + countsOnly)));
            runs.put(k + "hybrid", ctx.profiledOn(home, CONFIG,
                    () -> HybridRecorder.deterministic(List.of(), List.of(), wall, ctx.notices())));
            runs.put(k + "hybrid cpu", ctx.profiledOn(home, CONFIG,
                    () -> HybridRecorder.deterministic(List.of(), List.of(), cpu, ctx.notices())));
            runs.put(k + "timed", ctx.profiledOn(home, CONFIG,
                    () -> new DeterministicRecorder(List.of(), List.of(), false)));
        }
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        ctx.printf("boxed, n = 100000, 10 iterations x 4 runs, JDKs %s, %d rounds of all %d configurations in shuffled"
                + " order; own time = the workload's (run log), JVM start-up left out; cpu = the child's user + system;"
                + " clock %s%n", String.join(" and ", jdks.keySet()), ctx.repeats(), runs.size(),
                BenchContext.clock(t.values()));
        ctx.printf("sampler = the sampling mode with async-profiler's wall event at 1 ms (the engine alone); counts ="
                + " the hybrid probes alone; hybrid = both (--timing sampled, on the default clock: wall); hybrid cpu ="
                + " --timing sampled --clock cpu (async-profiler's cpu event, perf_events, at 1 ms); class data sharing"
                + " on in every child%n");
        ctx.printf("%-14s %8s %8s %8s %8s  %9s %-15s %9s %9s%n", "", "own (s)", "min (s)", "wall (s)", "cpu (s)",
                "own/plain", "95% interval", "min/plain", "cpu/plain");
        Map<String, Estimate> hybrid = new LinkedHashMap<>();
        for (String jdk : jdks.keySet()) {
            List<BenchContext.Timing> plainRuns = t.get(jdk + " plain");
            double[] plain = own(plainRuns);
            for (String config : List.of("plain", "sampler", "counts", "hybrid", "hybrid cpu", "timed")) {
                List<BenchContext.Timing> r = t.get(jdk + " " + config);
                Estimate ratio = RatioInterval.of(plain, own(r));
                ctx.printf("%-14s %8.3f %8.3f %8.3f %8.3f  %8.2fx [%.2f, %.2f]    %8.2fx %8.2fx%n", jdk + " " + config,
                        BenchContext.medianOwn(r), minOwn(r), BenchContext.medianWall(r), BenchContext.medianCpu(r),
                        ratio.value(), ratio.lower(), ratio.upper(), minOwn(r) / minOwn(plainRuns),
                        BenchContext.medianCpu(r) / BenchContext.medianCpu(plainRuns));
            }
            hybrid.put(jdk, RatioInterval.of(plain, own(t.get(jdk + " hybrid"))));
            List<BenchContext.Timing> timed = t.get(jdk + " timed");
            List<BenchContext.Timing> hybridRuns = t.get(jdk + " hybrid");
            FunctionData exact = (FunctionData) timed.get(timed.size() - 1).profile().data();
            HybridFunctionData sampled = (HybridFunctionData) hybridRuns.get(hybridRuns.size() - 1).profile().data();
            ctx.printf("JDK %s calls: timed %d, hybrid %d; per function and per edge %s; hybrid times from %d"
                    + " samples%n", jdk, exact.totals().calls(), sampled.functions().totals().calls(),
                    CallCounts.of(exact).equals(CallCounts.of(sampled.functions())) ? "identical" : "DIFFERENT",
                    sampled.samples().totalSamples());
        }
        for (Map.Entry<String, Estimate> e : hybrid.entrySet()) {
            Estimate h = e.getValue();
            ctx.printf("target on JDK %s: hybrid <= %.1fx plain on own time (median): %s (%.2fx; 95%% interval"
                    + " %.2f-%.2f%s)%n", e.getKey(), TARGET, h.value() <= TARGET ? "met" : "NOT met", h.value(),
                    h.lower(), h.upper(), h.upper() <= TARGET ? ", all of it below the target" : h.lower() > TARGET
                            ? ", all of it above the target" : ", which contains the target");
        }
        ctx.printf("load average at the end: %s%n", BenchContext.loadAverage());
        ClockInfo clock = ClockProbe.measure();
        ctx.printf("System.nanoTime here: %.1f ns, clock source %s (the timed trace reads it twice per call)%n",
                clock.nanoTimeNanos(), clock.source().isEmpty() ? "unknown" : clock.source());
    }

    private static double[] own(List<BenchContext.Timing> timings) {
        return timings.stream().mapToDouble(BenchContext.Timing::ownSeconds).toArray();
    }

    /** The fastest run: the least disturbed by other processes on a shared machine. */
    private static double minOwn(List<BenchContext.Timing> timings) {
        return timings.stream().mapToDouble(BenchContext.Timing::ownSeconds).min().orElse(Double.NaN);
    }
}
