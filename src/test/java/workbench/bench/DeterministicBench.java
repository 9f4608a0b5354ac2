package workbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbench.agent.AgentOptions;
import workbench.model.FunctionProfile;
import workbench.model.FunctionStats;
import workbench.session.ChildJvm;
import workbench.session.ProfileSession;
import workbench.trace.TraceConverter;
import workbench.trace.TraceReader;

/**
 * The deterministic mode's figures: the workload plain and under the agent, interleaved, and the overhead per
 * instrumented call; cProfile on the Python port side by side; the end-to-end wall of the profile command.
 */
final class DeterministicBench implements BenchSection {

    private static final String[] ARGS = {"100000", "10", "4", "0.05", "boxed", "1"};
    private static final Pattern CALLS = Pattern.compile("calls=(\\d+)");

    @Override
    public String name() {
        return "deterministic";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Path dir = Files.createTempDirectory("workbench-bench-");
        Path trace = dir.resolve("trace.wbt");
        List<String> traced = new ChildJvm(Path.of(ctx.java()).getParent().getParent())
                .agent(ctx.jar(), new AgentOptions(AgentOptions.TRACE, trace.toString(), List.of(), List.of(), true)
                        .toString())
                .classPath(ctx.jar()).main(ProfileSession.WORKLOAD_MAIN, List.of(ARGS)).command();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("plain", ctx.workload(List.of(), ARGS));
        commands.put("deterministic", traced);
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(commands);
        FunctionProfile profile = TraceConverter.toFunctionProfile(TraceReader.read(trace), true);
        long calls = profile.merged().stream().mapToLong(FunctionStats::calls).sum();
        double plain = BenchContext.medianOwn(t.get("plain"));
        double tracedTime = BenchContext.medianOwn(t.get("deterministic"));
        double perCall = (tracedTime - plain) * 1e9 / calls;
        ctx.printf("n = 100000, 10 iterations x 4 runs, boxed; own time = the workload's time without JVM start-up%n");
        ctx.printf("%-14s %10s %10s%n", "", "own (s)", "wall (s)");
        for (Map.Entry<String, List<BenchContext.Timing>> e : t.entrySet()) {
            ctx.printf("%-14s %10.3f %10.3f%n", e.getKey(), BenchContext.medianOwn(e.getValue()),
                    BenchContext.medianWall(e.getValue()));
        }
        ctx.printf("slowdown %.1fx; %d instrumented calls; overhead %.1f ns per call (target <= 60 ns);"
                + " calibration assumed %.1f ns%n", tracedTime / plain, calls, perCall, profile.overheadNanosPerCall());
        ctx.printf("System.nanoTime here: %.1f ns (two per call are the floor)%n", nanoTimeCost());
        endToEnd(ctx, dir);
        python(ctx, perCall);
    }

    private static void endToEnd(BenchContext ctx, Path dir) throws IOException {
        List<String> cmd = List.of(ctx.java(), "-jar", ctx.jar().toString(), "profile", "--mode", "deterministic",
                "--profiles", dir.resolve("profiles").toString(), "100000");
        Map<String, List<String>> one = new LinkedHashMap<>();
        one.put("e2e", cmd);
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
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("python plain", PythonPort.command(py, script, 100000, "random", 10, 4, null));
        commands.put("python cProfile", PythonPort.command(py, script, 100000, "random", 10, 4, "cProfile"));
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(commands);
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

    private static double nanoTimeCost() {
        double best = Double.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < 20; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < 100_000; i++) sink += System.nanoTime();
            best = Math.min(best, (System.nanoTime() - start) / 100_000.0);
        }
        return sink == 42 ? 0 : best;
    }
}
