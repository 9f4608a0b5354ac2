package workbench.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.LineTiming;
import workbench.session.DeterministicRecorder;
import workbench.session.LineRecorder;
import workbench.session.ModeRecorder;
import workbench.session.ProfileSession;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * What the agent's checkpoints cost ({@code profile --checkpoint}): the workload under the deterministic and the line
 * agent with checkpoints off, at the default period (1 s) and at 100 ms, interleaved; the medians of the workload's
 * own time side by side, and each one's ratio against no checkpoints.
 */
final class CheckpointBench implements BenchSection {

    private static final WorkloadConfig CONFIG = new WorkloadConfig(100000, 10, 4, 0.05, Variant.BOXED, 1, null);
    private static final long[] PERIODS = {0, 1000, 100};

    @Override
    public String name() {
        return "checkpoint";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        ctx.printf("n = 100000, 10 iterations x 4 runs, boxed; own time = the workload's time (run log), median of %d;"
                + " ratio against checkpoints off%n", ctx.repeats());
        mode(ctx, "deterministic", () -> new DeterministicRecorder(List.of(), List.of(), false));
        mode(ctx, "line", () -> new LineRecorder(List.of(), LineTiming.EXACT));
    }

    private static void mode(BenchContext ctx, String mode, java.util.function.Supplier<ModeRecorder> recorder)
            throws Exception {
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        for (long period : PERIODS) {
            runs.put(label(period), () -> ctx.profile(recorder.get(), ProfileSession.workloadTarget(CONFIG),
                    ProfileSession.checkpointJvmArgs(period)));
        }
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        double off = BenchContext.medianOwn(t.get(label(0)));
        ctx.printf("%-14s %-16s %10s %10s %8s%n", mode, "checkpoint", "own (s)", "wall (s)", "ratio");
        for (Map.Entry<String, List<BenchContext.Timing>> e : t.entrySet()) {
            double own = BenchContext.medianOwn(e.getValue());
            ctx.printf("%-14s %-16s %10.3f %10.3f %8.3f%n", "", e.getKey(), own, BenchContext.medianWall(e.getValue()),
                    own / off);
        }
    }

    private static String label(long period) {
        return period == 0 ? "off" : "every " + period + " ms";
    }
}
