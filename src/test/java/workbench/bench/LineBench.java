package workbench.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.instrument.FunctionSelector;
import workbench.instrument.LineCounterInstrumenter;
import workbench.model.LineTiming;
import workbench.sampling.SamplingSettings;
import workbench.session.HybridRecorder;
import workbench.session.LineRecorder;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * The line mode's cost: the workload plain and under the line agent with each timing (sampled: the agent counting
 * hits plus async-profiler sampling), started by the profile session as {@code workbench profile --mode line}
 * starts it, on the document's shape
 * (boxed, n = 100000, 10 iterations × 4 runs), interleaved, medians of the workload's own times; and, when
 * Debian's {@code python3-line-profiler} is there, line_profiler on the Python port the same way.
 */
final class LineBench implements BenchSection {

    private static final WorkloadConfig CONFIG = new WorkloadConfig(100000, 10, 4, 0.05, Variant.BOXED, 1, null);
    private static final String[] ARGS = CONFIG.toArgs().toArray(new String[0]);
    /** Debian's python3, the one {@code python3-line-profiler} installs into. */
    private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

    @Override
    public String name() {
        return "line";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        runs.put("plain", ctx.plain(CONFIG, List.of()));
        runs.put("line hits", ctx.profiled(CONFIG, () -> new LineRecorder(List.of(), LineTiming.HITS)));
        runs.put("line exact", ctx.profiled(CONFIG, () -> new LineRecorder(List.of(), LineTiming.EXACT)));
        SamplingSettings sampling = SamplingSettings.of("async", "cpu", "1ms", false);
        runs.put("line sampled", ctx.profiled(CONFIG, () -> HybridRecorder.line(List.of(), sampling, ctx.notices())));
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        double plain = BenchContext.medianOwn(t.get("plain"));
        ctx.printf("boxed, n = 100000, 10 iterations x 4 runs; own time = the workload's (run log), JVM start-up"
                + " left out; clock %s%n", BenchContext.clock(t.values()));
        ctx.printf("%-12s %10s %10s %10s  %s%n", "", "own (s)", "wall (s)", "vs plain", "target");
        for (Map.Entry<String, List<BenchContext.Timing>> e : t.entrySet()) {
            double own = BenchContext.medianOwn(e.getValue());
            String target = switch (e.getKey()) {
                case "line hits" -> "<= 1.2x";
                case "line exact" -> "<= 3x";
                case "line sampled" -> "<= 1.1x (async-profiler cpu, 1ms)";
                default -> "";
            };
            ctx.printf("%-12s %10.3f %10.3f %9.2fx  %s%n", e.getKey(), own, BenchContext.medianWall(e.getValue()),
                    own / plain, target);
        }
        warm(ctx);
        python(ctx);
    }

    /**
     * The counters' own cost, without the agent's start-up and the JIT warm-up that dominate a 0.35 s child:
     * the workload plain and instrumented (each timing) in this JVM, in loaders of their own, interleaved, warm.
     */
    private void warm(BenchContext ctx) throws Exception {
        Map<String, Method> mains = new LinkedHashMap<>();
        mains.put("plain", WorkloadLoader.main(null));
        mains.put("line hits", WorkloadLoader.main(lines(ctx, false)));
        mains.put("line exact", WorkloadLoader.main(lines(ctx, true)));
        int warmUp = 5;
        int rounds = warmUp + Math.max(ctx.repeats(), 5);
        Map<String, double[]> seconds = new LinkedHashMap<>();
        mains.keySet().forEach(k -> seconds.put(k, new double[rounds - warmUp]));
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<String, Method> e : mains.entrySet()) {
                    long start = System.nanoTime();
                    e.getValue().invoke(null, (Object) ARGS.clone());
                    if (r >= warmUp) seconds.get(e.getKey())[r - warmUp] = (System.nanoTime() - start) / 1e9;
                }
            }
        } finally {
            System.setOut(out);
        }
        double plain = BenchContext.median(seconds.get("plain"));
        ctx.printf("warm, in one JVM (%d rounds after %d of warm-up):", rounds - warmUp, warmUp);
        for (Map.Entry<String, double[]> e : seconds.entrySet()) {
            double m = BenchContext.median(e.getValue());
            ctx.printf(" %s %.3f s (%.2fx)", e.getKey(), m, m / plain);
        }
        ctx.printf("%n");
    }

    private static java.util.function.UnaryOperator<byte[]> lines(BenchContext ctx, boolean exact) {
        LineCounterInstrumenter instrumenter = new LineCounterInstrumenter(FunctionSelector.defaults(), exact,
                m -> ctx.printf("%s%n", m));
        return bytes -> instrumenter.instrument(bytes, WorkloadLoader::bytes);
    }

    private void python(BenchContext ctx) throws IOException {
        if (!Files.isExecutable(DEBIAN_PYTHON) || ctx.pythonScript().isEmpty()) {
            ctx.printf("%s or the reference port not found: line_profiler comparison skipped%n", DEBIAN_PYTHON);
            return;
        }
        if (!hasLineProfiler()) {
            ctx.printf("line_profiler not importable by %s (Debian: python3-line-profiler): comparison skipped%n",
                    DEBIAN_PYTHON);
            return;
        }
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        runs.put("python plain", ctx.python(pythonCommand(ctx.pythonScript().get(), false)));
        runs.put("line_profiler", ctx.python(pythonCommand(ctx.pythonScript().get(), true)));
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        double plain = BenchContext.medianOwn(t.get("python plain"));
        double profiled = BenchContext.medianOwn(t.get("line_profiler"));
        ctx.printf("python port (random, same shape), %s: plain %.3f s, line_profiler %.3f s: %.2fx%n",
                DEBIAN_PYTHON, plain, profiled, profiled / plain);
    }

    private static boolean hasLineProfiler() {
        return workbench.overhead.PythonPort.has(DEBIAN_PYTHON.toString(), "line_profiler");
    }

    /**
     * The port's confidence-interval calls timed like ours, optionally with line_profiler on
     * {@code confidence_interval} as {@code kernprof -l} would put it (its {@code @profile}).
     */
    private static List<String> pythonCommand(Path script, boolean profiled) {
        String dir = script.toAbsolutePath().getParent().toString().replace("'", "\\'");
        List<String> code = new ArrayList<>(List.of(
                "import sys, time, random",
                "sys.path.insert(0, '" + dir + "')",
                "import bootstrap_ci as b",
                "random.seed(1)",
                "values = [random.randint(0, 1000) for _ in range(100000)]",
                "ci = b.confidence_interval"));
        if (profiled) {
            code.add("from line_profiler import LineProfiler");
            code.add("lp = LineProfiler()");
            code.add("ci = lp(b.confidence_interval)");
        }
        code.add("t = time.perf_counter()");
        code.add("for _ in range(4): ci(values, iterations=10, variant='random')");
        code.add("t = time.perf_counter() - t");
        code.add("print('seconds=%.6f' % t)");
        return List.of(DEBIAN_PYTHON.toString(), "-c", String.join("\n", code));
    }
}
