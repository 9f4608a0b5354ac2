package workbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.Target;
import workbench.session.DeterministicRecorder;
import workbench.statistics.Estimate;
import workbench.statistics.RatioInterval;
import workbench.validation.JavacProgram;

/**
 * The deterministic mode's overhead on a program nobody here wrote: the JDK's javac compiling a generated
 * 2,000-line file, plain and under the agent with its parser instrumented, then with all of javac instrumented;
 * interleaved, wall times (javac reports no time of its own), medians, the slowdown with its 95 % interval, and the
 * cost per traced call.
 *
 * <p>The agent costs something before the first call it traces: its start-up (runtime jar, calibration), class
 * data sharing off (see {@code ChildJvm#agent}), the filter on every class loaded. A run that instruments only
 * javac's {@code Main} (a handful of calls) measures that; the cost per call is what a selection adds beyond it.
 * The plain runs, with and without sharing, are printed beside them.
 */
final class JavacBench implements BenchSection {

    private static final int LINES = 2000;

    @Override
    public String name() {
        return "javac";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        int methods = JavacProgram.methodsFor(LINES);
        Path source = JavacProgram.source(ctx.workDir().resolve("javac-src"), methods);
        Target compile = JavacProgram.compile(source, ctx.workDir().resolve("javac-out"));
        List<String> plainCmd = new ArrayList<>(List.of(ctx.java(), "-cp", ctx.jar().toString(), compile.mainClass()));
        plainCmd.addAll(compile.args());
        List<String> noShareCmd = new ArrayList<>(plainCmd);
        noShareCmd.add(1, "-Xshare:off");
        Map<String, List<String>> includes = new LinkedHashMap<>();
        includes.put("Main only", List.of(JavacProgram.MAIN));
        includes.put("parser", List.of(JavacProgram.PARSER));
        includes.put("all of javac", List.of("com.sun.tools.javac.*"));

        Map<String, BenchContext.Measurement> runs = new LinkedHashMap<>();
        runs.put("plain", ctx.command(plainCmd));
        runs.put("plain -Xshare:off", ctx.command(noShareCmd));
        for (Map.Entry<String, List<String>> e : includes.entrySet()) {
            DeterministicRecorder recorder = new DeterministicRecorder(e.getValue(), List.of(), false);
            runs.put("deterministic: " + e.getKey(), () -> ctx.profile(recorder, compile, List.of()));
        }
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        List<BenchContext.Timing> baseline = t.get("deterministic: Main only");
        ctx.printf("javac (%s) compiling a %d-line file (%d methods); %d repeats interleaved; wall and CPU"
                + " (user + system, all threads) of the child; clock %s%n", compile.mainClass(), 2 + 4 * methods,
                methods, ctx.repeats(), BenchContext.clock(t.values()));
        ctx.printf("%-28s %9s %9s %12s %12s%n", "", "wall (s)", "cpu (s)", "calls", "call sites");
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<BenchContext.Timing>> e : t.entrySet()) {
            List<BenchContext.Timing> timings = e.getValue();
            BenchContext.Timing last = timings.get(timings.size() - 1);
            String calls = "";
            String sites = "";
            if (last.profile() != null) {
                long[] c = calls((FunctionData) last.profile().data());
                counts.put(e.getKey(), c);
                calls = Long.toString(c[0]);
                sites = Long.toString(c[1]);
            }
            ctx.printf("%-28s %9.2f %9.2f %12s %12s%n", e.getKey(), BenchContext.medianWall(timings),
                    BenchContext.medianCpu(timings), calls, sites);
        }
        ctx.printf("cost per traced call over 'Main only' (the agent's fixed cost), ratio of medians with its 95%%"
                + " interval:%n");
        for (String key : includes.keySet()) {
            String label = "deterministic: " + key;
            if (t.get(label) == baseline) continue;
            long calls = counts.get(label)[0];
            ctx.printf("  %-14s wall %s; cpu %s%n", key,
                    perCall(walls(baseline), walls(t.get(label)), calls),
                    perCall(cpus(baseline), cpus(t.get(label)), calls));
        }
        ctx.printf("calls: every traced call (instrumented methods, and call sites out of them into code not"
                + " instrumented); the cost includes rewriting the selected classes%n");
    }

    /** @return Σ calls and Σ calls of call-site rows */
    private static long[] calls(FunctionData profile) {
        long[] c = new long[2];
        for (FunctionStats s : profile.merged()) {
            c[0] += s.calls();
            if (s.function().kind() == Frame.Kind.BUILTIN) c[1] += s.calls();
        }
        return c;
    }

    /** @return "1.29x [0.68, 2.49] slower, 1190 ns per call [..]": the ratio, its verdict, the cost per call */
    private static String perCall(double[] base, double[] traced, long calls) {
        Estimate r = RatioInterval.of(base, traced);
        double median = BenchContext.median(base);
        String verdict = r.lower() > 1 ? "slower" : "no clear change";
        return String.format(Locale.ROOT, "%.2fx [%.2f, %.2f] %s, %.0f ns per call [%.0f, %.0f]",
                r.value(), r.lower(), r.upper(), verdict, nsPerCall(median, r.value(), calls),
                nsPerCall(median, r.lower(), calls), nsPerCall(median, r.upper(), calls));
    }

    /** @return the time each call added, from the baseline's median and a slowdown factor */
    private static double nsPerCall(double plainSeconds, double slowdown, long calls) {
        return plainSeconds * (slowdown - 1) * 1e9 / calls;
    }

    private static double[] walls(List<BenchContext.Timing> timings) {
        return timings.stream().mapToDouble(BenchContext.Timing::wallSeconds).toArray();
    }

    private static double[] cpus(List<BenchContext.Timing> timings) {
        return timings.stream().mapToDouble(BenchContext.Timing::cpuSeconds).toArray();
    }
}
