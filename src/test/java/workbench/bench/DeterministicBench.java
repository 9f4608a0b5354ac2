package workbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbench.model.ClockInfo;
import workbench.model.FunctionData;
import workbench.overhead.PythonPort;
import workbench.session.ClockProbe;
import workbench.session.DeterministicRecorder;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * The deterministic mode's figures: the workload plain and under the agent (started by the profile session, as
 * {@code workbench profile} starts it), interleaved, and the overhead per instrumented call; cProfile on the Python
 * port side by side; the end-to-end wall of the profile command.
 */
final class DeterministicBench implements BenchSection {

    private static final WorkloadConfig CONFIG = new WorkloadConfig(100000, 10, 4, 0.05, Variant.BOXED, 1, null);
    /** pstats' total, printed by our own wrapper around cProfile ({@link #pythonCalls}). */
    private static final Pattern CALLS = Pattern.compile("calls=(\\d+)");

    @Override
    public String name() {
        return "deterministic";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        runs.put("plain", ctx.plain(CONFIG, List.of()));
        runs.put("deterministic", ctx.profiled(CONFIG, () -> new DeterministicRecorder(List.of(), List.of(), false)));
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        List<BenchContext.Timing> traced = t.get("deterministic");
        FunctionData profile = (FunctionData) traced.get(traced.size() - 1).profile().data();
        long calls = profile.totals().calls();
        double plain = BenchContext.medianOwn(t.get("plain"));
        double tracedTime = BenchContext.medianOwn(traced);
        double perCall = (tracedTime - plain) * 1e9 / calls;
        ctx.printf("n = 100000, 10 iterations x 4 runs, boxed; own time = the workload's time without JVM start-up"
                + " (run log); clock %s%n", BenchContext.clock(t.values()));
        ctx.printf("%-14s %10s %10s%n", "", "own (s)", "wall (s)");
        for (Map.Entry<String, List<BenchContext.Timing>> e : t.entrySet()) {
            ctx.printf("%-14s %10.3f %10.3f%n", e.getKey(), BenchContext.medianOwn(e.getValue()),
                    BenchContext.medianWall(e.getValue()));
        }
        ctx.printf("slowdown %.1fx; %d instrumented calls; overhead %.1f ns per call (target <= 60 ns);"
                + " calibration assumed %.1f ns%n", tracedTime / plain, calls, perCall, profile.overheadNanosPerCall());
        ClockInfo clock = ClockProbe.measure();
        ctx.printf("System.nanoTime here: %.1f ns, clock source %s (two per call are the floor)%n",
                clock.nanoTimeNanos(), clock.source().isEmpty() ? "unknown" : clock.source());
        endToEnd(ctx);
        python(ctx, perCall);
    }

    private static void endToEnd(BenchContext ctx) throws IOException {
        List<String> cmd = List.of(ctx.java(), "-jar", ctx.jar().toString(), "profile", "--mode", "deterministic",
                "--profiles", ctx.workDir().resolve("e2e-profiles").toString(), "100000");
        Map<String, BenchContext.Measurement> one = new LinkedHashMap<>();
        one.put("e2e", ctx.command(cmd));
        double wall = BenchContext.medianWall(ctx.interleave(one).get("e2e"));
        ctx.printf("end to end: workbench profile --mode deterministic 100000: %.2f s wall (target <= 2.5 s)%n", wall);
    }

    private static void python(BenchContext ctx, double ourPerCall) throws IOException, InterruptedException {
        if (ctx.python().isEmpty() || ctx.pythonScript().isEmpty()) {
            ctx.printf("python3 or the reference port not found: cProfile comparison skipped%n");
            return;
        }
        String py = ctx.python().get();
        Path script = ctx.pythonScript().get();
        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        runs.put("python plain", ctx.python(PythonPort.command(py, script, 100000, "random", 10, 4, null)));
        runs.put("python cProfile", ctx.python(PythonPort.command(py, script, 100000, "random", 10, 4, "cProfile")));
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        double plain = BenchContext.medianOwn(t.get("python plain"));
        double profiled = BenchContext.medianOwn(t.get("python cProfile"));
        long calls = pythonCalls(py, script);
        double perCall = (profiled - plain) * 1e9 / calls;
        ctx.printf("python random: plain %.3f s, cProfile %.3f s, %d calls, overhead %.1f ns per call;"
                + " ours is %.2fx cProfile's%n", plain, profiled, calls, perCall, ourPerCall / perCall);
    }

    /** Counts the calls cProfile sees in the same work, with pstats' own total. */
    private static long pythonCalls(String py, Path script) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(PythonPort.command(py, script, 100000, "random", 10, 4, "cProfile"));
        int last = cmd.size() - 1;
        cmd.set(last, cmd.get(last) + "\nimport pstats\nprint('calls=%d' % pstats.Stats(p).total_calls)");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = CALLS.matcher(out);
        if (!m.find()) throw new IOException("cProfile call count not found in: " + out);
        return Long.parseLong(m.group(1));
    }
}
