package workbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.Durations;
import workbench.model.SampleProfile;
import workbench.report.StatprofTable;
import workbench.sampling.EngineUnavailableException;
import workbench.sampling.AsyncProfilerAgent;
import workbench.sampling.JfrRecording;
import workbench.sampling.RecordingReader;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.sampling.SamplingSettings;
import workbench.session.ChildJvm;
import workbench.session.SamplingRecorder;

/**
 * The sampling mode's figures: the overhead of each engine at 1 ms and 10 ms on the seed workload (plain and
 * profiled runs interleaved, medians of the workload's own time), and how close each engine comes to
 * {@link SplitTarget}'s known 70/30 split.
 */
final class SamplingBench implements BenchSection {

    private static final long MS = 1_000_000L;
    private static final double SPLIT_SECONDS = 5;

    @Override
    public String name() {
        return "sampling";
    }

    /** One configuration of the child JVM: its options and the recording it leaves, if any. */
    private record Config(String label, List<String> jvmOptions, Path recording) {
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Path dir = Files.createTempDirectory("workbench-bench-");
        try {
            List<Config> configs = configs(dir);
            ctx.printf("overhead on the workload's own time (boxed, n = 100000), medians of %d interleaved repeats;"
                    + " samples = median per run%n", ctx.repeats());
            overhead(ctx, configs, "10 x 4", "100000", "10", "4");
            overhead(ctx, configs, "1000 x 1", "100000", "1000", "1");
            accuracy(ctx, dir);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<Config> configs(Path dir) throws IOException {
        List<Config> configs = new ArrayList<>();
        configs.add(new Config("plain", List.of(), null));
        Path lib = null;
        try {
            lib = AsyncProfilerAgent.extractLibrary(dir);
        } catch (EngineUnavailableException e) {
            // no async-profiler here: its rows are left out and said so below
        }
        for (long interval : new long[] {MS, 10 * MS}) {
            String ms = Durations.format(interval);
            if (lib != null) {
                Path out = dir.resolve("async-" + ms + ".jfr");
                SamplingSettings s = new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.CPU, interval, false);
                configs.add(new Config("async cpu " + ms, List.of(AsyncProfilerAgent.jvmOption(lib, s, out)), out));
            }
            Path jfc = dir.resolve("jfr-" + ms + ".jfc");
            Path out = dir.resolve("jfr-" + ms + ".jfr");
            JfrRecording.writeSettings(new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU, interval, false),
                    jfc);
            configs.add(new Config("jfr cpu " + ms, JfrRecording.jvmOptions(jfc, out), out));
        }
        // The recorder alone, every event off: what JFR costs before it samples anything.
        Path empty = dir.resolve("jfr-off.jfc");
        Files.writeString(empty, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration version=\"2.0\""
                + " label=\"off\">\n</configuration>\n");
        configs.add(new Config("jfr, no events", JfrRecording.jvmOptions(empty, dir.resolve("jfr-off.jfr")), null));
        return configs;
    }

    private static void overhead(BenchContext ctx, List<Config> configs, String shape, String n, String iterations,
                                 String runs) throws IOException {
        Map<String, List<BenchContext.Timing>> times = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int r = 0; r < ctx.repeats(); r++) {
            for (Config c : configs) {
                Path cpuFile = Files.createTempFile("workbench-cpu-", ".txt");
                List<String> cmd = ctx.workload(c.jvmOptions(), n, iterations, runs, "0.05", "boxed", "1");
                BenchContext.Timing t = ctx.time(ChildCpu.wrap(cmd, cpuFile));
                times.computeIfAbsent(c.label(), k -> new ArrayList<>()).add(t);
                ChildCpu.read(cpuFile).ifPresent(sec -> cpu.computeIfAbsent(c.label(), k -> new ArrayList<>())
                        .add(sec));
                if (c.recording() != null) {
                    SampleProfile p = RecordingReader.read(c.recording(), false, MS);
                    samples.computeIfAbsent(c.label(), k -> new ArrayList<>()).add((double) p.totalSamples());
                    Files.deleteIfExists(c.recording());
                }
            }
        }
        double plain = BenchContext.medianOwn(times.get("plain"));
        double plainCpu = median(cpu.get("plain"));
        ctx.printf("%n%s:%n%-16s %9s %9s %9s %9s %9s %9s%n", shape, "config", "own (s)", "overhead", "wall (s)",
                "cpu (s)", "cpu +", "samples");
        for (Map.Entry<String, List<BenchContext.Timing>> e : times.entrySet()) {
            double own = BenchContext.medianOwn(e.getValue());
            double c = median(cpu.get(e.getKey()));
            double count = median(samples.get(e.getKey()));
            ctx.printf("%-16s %9.3f %8.1f%% %9.3f %9.3f %8.1f%% %9s%n", e.getKey(), own, (own / plain - 1) * 100,
                    BenchContext.medianWall(e.getValue()), c, (c / plainCpu - 1) * 100,
                    Double.isNaN(count) ? "-" : String.format(java.util.Locale.ROOT, "%.0f", count));
        }
        ctx.printf("own = the workload's own time (its 'run k' lines); cpu = the child's user + system CPU time,"
                + " start-up included (NaN where /usr/bin/time is missing)%n");
        ctx.printf("target: <= 3 %% at 1 ms%n");
    }

    private static double median(List<Double> values) {
        return values == null || values.isEmpty() ? Double.NaN
                : BenchContext.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void accuracy(BenchContext ctx, Path dir) throws Exception {
        ctx.printf("%nknown split (SplitTarget, %.0f s: 70 %% / 30 %% of CPU), cumulative %% of samples%n",
                SPLIT_SECONDS);
        ctx.printf("%-16s %8s %8s %8s %9s%n", "engine", "seventy", "thirty", "samples", "max error");
        for (SamplingEngine engine : SamplingEngine.values()) {
            for (long interval : new long[] {MS, 10 * MS}) {
                SamplingSettings s = new SamplingSettings(engine, SamplingEvent.CPU, interval, false);
                double[] split = split(ctx, s, dir);
                ctx.printf("%-16s %7.1f%% %7.1f%% %8.0f %8.1f pt%n", engine.cliName() + " cpu "
                        + Durations.format(interval), split[0], split[1], split[2],
                        Math.max(Math.abs(split[0] - 70), Math.abs(split[1] - 30)));
            }
        }
        ctx.printf("target: within 5 points%n");
    }

    private static double[] split(BenchContext ctx, SamplingSettings settings, Path dir) throws Exception {
        Path work = Files.createDirectories(dir.resolve("split-" + settings.engine().cliName() + "-"
                + settings.intervalNanos()));
        SamplingRecorder recorder = new SamplingRecorder(settings, line -> ctx.printf("%s%n", line));
        ChildJvm child = ChildJvm.sameJava().classPath(ctx.jar())
                .main(SplitTarget.class.getName(), List.of(Double.toString(SPLIT_SECONDS)))
                .timeout(Duration.ofMinutes(5)).stdoutTo(work.resolve("stdout.txt"));
        recorder.configure(child, work);
        ChildJvm.Result result = child.run();
        if (result.exitCode() != 0) throw new IOException("split target exited with " + result.exitCode());
        SampleProfile p = recorder.collect(work, result, suffix -> work.resolve("kept" + suffix)).samples();
        double total = p.totalSamples();
        double seventy = 0;
        double thirty = 0;
        for (StatprofTable.Row r : new StatprofTable(p, StatprofTable.By.FUNCTION).rows()) {
            if (r.key().function().equals("SplitTarget.seventy")) seventy = 100 * r.cumulative() / total;
            if (r.key().function().equals("SplitTarget.thirty")) thirty = 100 * r.cumulative() / total;
        }
        return new double[] {seventy, thirty, total};
    }
}
