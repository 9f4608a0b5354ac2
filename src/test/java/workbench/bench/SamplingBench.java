package workbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import workbench.model.Durations;
import workbench.model.SampleData;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.Target;
import workbench.report.Labels;
import workbench.report.StatprofTable;
import workbench.sampling.AsyncProfilerAgent;
import workbench.sampling.EngineUnavailableException;
import workbench.sampling.SamplingSettings;
import workbench.session.JfrWithoutEvents;
import workbench.session.ModeRecorder;
import workbench.session.SamplingRecorder;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * The sampling mode's figures: the overhead of each engine at 1 ms and 10 ms on the seed workload (plain and
 * profiled runs interleaved, medians of the workload's own time; the profiled runs started by the profile session,
 * as {@code workbench profile --mode sampling} starts them), and how close each engine comes to
 * {@link SplitTarget}'s known 70/30 split.
 */
final class SamplingBench implements BenchSection {

    private static final long MS = 1_000_000L;
    private static final double SPLIT_SECONDS = 5;

    @Override
    public String name() {
        return "sampling";
    }

    /**
     * One configuration of the child JVM.
     *
     * @param label   the row's name
     * @param run     its measurement
     * @param samples whether its runs take samples worth counting
     */
    private record Config(String label, BenchContext.Measurement run, boolean samples) {
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        ctx.printf("overhead on the workload's own time (boxed, n = 100000), medians of %d interleaved repeats;"
                + " samples = median per run%n", ctx.repeats());
        overhead(ctx, "10 x 4", new WorkloadConfig(100000, 10, 4, 0.05, Variant.BOXED, 1, null));
        overhead(ctx, "1000 x 1", new WorkloadConfig(100000, 1000, 1, 0.05, Variant.BOXED, 1, null));
        accuracy(ctx);
    }

    private static List<Config> configs(BenchContext ctx, WorkloadConfig config) throws IOException {
        List<Config> configs = new ArrayList<>();
        configs.add(new Config("plain", ctx.plain(config, List.of()), false));
        boolean async = asyncAvailable(ctx);
        for (long interval : new long[] {MS, 10 * MS}) {
            String ms = Durations.format(interval);
            if (async) {
                configs.add(sampled(ctx, config, "async cpu " + ms,
                        new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.CPU, interval, false)));
            }
            configs.add(sampled(ctx, config, "jfr cpu " + ms,
                    new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU, interval, false)));
        }
        // The recorder alone, every event off: what JFR costs before it samples anything.
        configs.add(new Config("jfr, no events", ctx.child(config, List.of(), new JfrWithoutEvents()), false));
        return configs;
    }

    private static Config sampled(BenchContext ctx, WorkloadConfig config, String label, SamplingSettings s) {
        Supplier<ModeRecorder> recorder = () -> new SamplingRecorder(s, ctx.notices());
        return new Config(label, ctx.profiled(config, recorder), true);
    }

    /** Whether async-profiler runs here; where not, its rows are left out (not measured as JFR in disguise). */
    private static boolean asyncAvailable(BenchContext ctx) throws IOException {
        Path dir = Files.createTempDirectory(ctx.workDir(), "async-");
        try {
            Files.deleteIfExists(AsyncProfilerAgent.extractLibrary(dir));
            return true;
        } catch (EngineUnavailableException e) {
            ctx.printf("%s: async-profiler rows left out%n", e.getMessage());
            return false;
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    private static void overhead(BenchContext ctx, String shape, WorkloadConfig config) throws IOException {
        List<Config> configs = configs(ctx, config);
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        configs.forEach(c -> runs.put(c.label(), c.run()));
        Map<String, List<BenchContext.Timing>> times = ctx.interleave(runs);
        double plain = BenchContext.medianOwn(times.get("plain"));
        double plainCpu = BenchContext.medianCpu(times.get("plain"));
        ctx.printf("%n%s:%n%-16s %9s %9s %9s %9s %9s %9s%n", shape, "config", "own (s)", "overhead", "wall (s)",
                "cpu (s)", "cpu +", "samples");
        for (Config c : configs) {
            List<BenchContext.Timing> t = times.get(c.label());
            double own = BenchContext.medianOwn(t);
            double cpu = BenchContext.medianCpu(t);
            double count = c.samples() ? BenchContext.median(t.stream()
                    .mapToDouble(x -> ((SampleData) x.profile().data()).totalSamples()).toArray()) : Double.NaN;
            ctx.printf("%-16s %9.3f %8.1f%% %9.3f %9.3f %8.1f%% %9s%n", c.label(), own, (own / plain - 1) * 100,
                    BenchContext.medianWall(t), cpu, (cpu / plainCpu - 1) * 100,
                    Double.isNaN(count) ? "-" : String.format(Locale.ROOT, "%.0f", count));
        }
        ctx.printf("own = the workload's own time (its run log; the saved run's run times); cpu = the child's"
                + " user + system CPU time, start-up included (NaN where /proc/self/stat is missing); clock %s%n",
                BenchContext.clock(times.values()));
        ctx.printf("target: <= 3 %% at 1 ms%n");
    }

    private static void accuracy(BenchContext ctx) throws Exception {
        ctx.printf("%nknown split (SplitTarget, %.0f s: 70 %% / 30 %% of CPU), cumulative %% of samples%n",
                SPLIT_SECONDS);
        ctx.printf("%-16s %8s %8s %8s %9s%n", "engine", "seventy", "thirty", "samples", "max error");
        Path classes = splitTargetClasses();
        for (SamplingEngine engine : SamplingEngine.values()) {
            for (long interval : new long[] {MS, 10 * MS}) {
                SamplingSettings s = new SamplingSettings(engine, SamplingEvent.CPU, interval, false);
                double[] split = split(ctx, s, classes);
                ctx.printf("%-16s %7.1f%% %7.1f%% %8.0f %8.1f pt%n", engine.cliName() + " cpu "
                        + Durations.format(interval), split[0], split[1], split[2],
                        Math.max(Math.abs(split[0] - 70), Math.abs(split[1] - 30)));
            }
        }
        ctx.printf("target: within 5 points%n");
    }

    /** SplitTarget is a benchmark class: in the test classes, which the child gets beside the product jar. */
    private static Path splitTargetClasses() throws java.net.URISyntaxException {
        return Path.of(SplitTarget.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static double[] split(BenchContext ctx, SamplingSettings settings, Path classes) throws Exception {
        Target target = new Target(SplitTarget.class.getName(), List.of(Double.toString(SPLIT_SECONDS)), Map.of());
        BenchContext.Timing t = ctx.profile(new SamplingRecorder(settings, ctx.notices()), target, List.of(),
                List.of(classes));
        SampleData p = (SampleData) t.profile().data();
        double total = p.totalSamples();
        double seventy = 0;
        double thirty = 0;
        for (StatprofTable.Row r : new StatprofTable(p, StatprofTable.By.FUNCTION, Labels.STRIPPED).rows()) {
            String function = Labels.STRIPPED.function(r.key());
            if (function.equals("SplitTarget.seventy")) seventy = 100 * r.cumulative() / total;
            if (function.equals("SplitTarget.thirty")) thirty = 100 * r.cumulative() / total;
        }
        return new double[] {seventy, thirty, total};
    }
}
