package workbench.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.AgentOptions;
import workbench.model.FunctionData;
import workbench.model.Target;
import workbench.session.DeterministicRecorder;
import workbench.statistics.Estimate;
import workbench.statistics.RatioInterval;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * What the calling-context tree costs per call: the deterministic mode with and without it, interleaved in one
 * session (the same agent, the calibration measured with each setting), the difference of the medians of the
 * workload's own times divided by the calls; and the tree's node counts on the workload and on a deep recursion.
 */
final class CallTreeBench implements BenchSection {

    private static final WorkloadConfig CONFIG = new WorkloadConfig(100000, 10, 4, 0.05, Variant.BOXED, 1, null);
    /** Deeper than the default node limit, so that the limit's notice shows. */
    private static final int DEEP = 100_000;
    private static final int SHALLOW = 20_000;

    @Override
    public String name() {
        return "stacks";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        runs.put("tree off", ctx.profiled(CONFIG, () -> new DeterministicRecorder(List.of(), List.of(), false, 0)));
        runs.put("tree on", ctx.profiled(CONFIG, () -> new DeterministicRecorder(List.of(), List.of(), false)));
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        List<BenchContext.Timing> on = t.get("tree on");
        FunctionData profile = (FunctionData) on.get(on.size() - 1).profile().data();
        long calls = profile.totals().calls();
        double off = BenchContext.medianOwn(t.get("tree off"));
        double with = BenchContext.medianOwn(on);
        Estimate ratio = RatioInterval.of(own(t.get("tree off")), own(on));
        double perCall = (with - off) * 1e9 / calls;
        ctx.printf("deterministic, n = 100000 boxed, 10 iterations x 4 runs, %d repeats interleaved; clock %s%n",
                ctx.repeats(), BenchContext.clock(t.values()));
        ctx.printf("%-10s %10s%n", "", "own (s)");
        for (Map.Entry<String, List<BenchContext.Timing>> e : t.entrySet()) {
            ctx.printf("%-10s %10.3f%n", e.getKey(), BenchContext.medianOwn(e.getValue()));
        }
        ctx.printf("on/off %.3f [%.3f, %.3f] (%.0f%% CI): %s; %d calls; call tree adds %.2f ns per call"
                        + " (on by default when <= 5 ns)%n", ratio.value(), ratio.lower(), ratio.upper(),
                ratio.level() * 100, ratio.contains(1.0) ? "no difference shown" : "a difference", calls, perCall);
        ctx.printf("nodes on the workload: %s%n", nodes(profile));
        for (int depth : new int[] {SHALLOW, DEEP}) deep(ctx, depth);
    }

    private static double[] own(List<BenchContext.Timing> timings) {
        double[] out = new double[timings.size()];
        for (int i = 0; i < out.length; i++) out[i] = timings.get(i).ownSeconds();
        return out;
    }

    private static String nodes(FunctionData profile) {
        StringBuilder sb = new StringBuilder();
        for (FunctionData.ThreadFunctions th : profile.threads()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(th.thread()).append(' ').append(th.tree().nodes().size());
        }
        return sb.toString();
    }

    private static void deep(BenchContext ctx, int depth) throws Exception {
        Target target = new Target(DeepRecursion.class.getName(), List.of(Integer.toString(depth)), Map.of());
        BenchContext.Timing t = ctx.profile(new DeterministicRecorder(List.of(DeepRecursion.class.getName()),
                List.of(), false), target, List.of(), List.of(testClasses()));
        FunctionData profile = (FunctionData) t.profile().data();
        ctx.printf("deep recursion, depth %d twice (limit %d nodes per thread): nodes %s; %d calls cut to the marker;"
                        + " notices: %s%n", depth, AgentOptions.DEFAULT_PATHS, nodes(profile),
                profile.threads().stream().mapToLong(x -> x.tree().truncatedCalls()).sum(), t.profile().run().notices());
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(DeepRecursion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
