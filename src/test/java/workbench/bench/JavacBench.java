package workbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            runs.put("deterministic: " + e.getKey(), () -> ctx.profile(new DeterministicRecorder(e.getValue(), List.of(), false),
                    compile, List.of()));
        }
        Map<String, List<BenchContext.Timing>> t = ctx.interleave(runs);
        double[] base = walls(t.get("deterministic: Main only"));
        double baseMedian = BenchContext.median(base);
        ctx.printf("javac (%s) compiling a %d-line file (%d methods); wall times, %d repeats interleaved;"
                + " clock %s%n", compile.mainClass(), 2 + 4 * methods, methods, ctx.repeats(),
                BenchContext.clock(t.values()));
        ctx.printf("%-28s %9s %12s %12s %-37s %s%n", "", "wall (s)", "calls", "call sites",
                "  vs Main only [95% CI]", "ns per call [95% CI]");
        ctx.printf("%-28s %9.2f%n", "plain", BenchContext.medianWall(t.get("plain")));
        ctx.printf("%-28s %9.2f%n", "plain -Xshare:off", BenchContext.medianWall(t.get("plain -Xshare:off")));
        for (String key : includes.keySet()) {
            String label = "deterministic: " + key;
            List<BenchContext.Timing> traced = t.get(label);
            FunctionData profile = (FunctionData) traced.get(traced.size() - 1).profile().data();
            long calls = 0;
            long sites = 0;
            for (FunctionStats s : profile.merged()) {
                calls += s.calls();
                if (s.function().kind() == Frame.Kind.BUILTIN) sites += s.calls();
            }
            if (traced == t.get("deterministic: Main only")) {
                ctx.printf("%-28s %9.2f %12d %12d   (the agent's fixed cost: the baseline below)%n", label,
                        BenchContext.medianWall(traced), calls, sites);
                continue;
            }
            Estimate slowdown = RatioInterval.of(base, walls(traced));
            String verdict = slowdown.lower() > 1 ? "slower" : "no clear change";
            ctx.printf("%-28s %9.2f %12d %12d %6.2fx [%.2f, %.2f] %-15s %6.0f [%.0f, %.0f]%n",
                    label, BenchContext.medianWall(traced), calls, sites, slowdown.value(),
                    slowdown.lower(), slowdown.upper(), verdict, perCall(baseMedian, slowdown.value(), calls),
                    perCall(baseMedian, slowdown.lower(), calls), perCall(baseMedian, slowdown.upper(), calls));
        }
        ctx.printf("calls: every traced call (instrumented methods, and call sites out of them into code not"
                + " instrumented); ns per call: the wall time added over 'Main only', divided by them (rewriting the"
                + " selected classes included)%n");
    }

    /** @return the time each call added, from the plain median and a slowdown factor */
    private static double perCall(double plainSeconds, double slowdown, long calls) {
        return plainSeconds * (slowdown - 1) * 1e9 / calls;
    }

    private static double[] walls(List<BenchContext.Timing> timings) {
        return timings.stream().mapToDouble(BenchContext.Timing::wallSeconds).toArray();
    }
}
