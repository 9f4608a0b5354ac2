package workbench.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import workbench.agent.AgentOptions;
import workbench.agent.ClassFilter;
import workbench.agent.rt.ThreadTrace;
import workbench.agent.rt.Tracer;
import workbench.instrument.MethodTraceInstrumenter;
import workbench.instrument.ProbeTable;
import workbench.model.FunctionData;
import workbench.model.Target;
import workbench.session.DeterministicRecorder;
import workbench.session.ProfileSession;
import workbench.statistics.Estimate;
import workbench.statistics.RatioInterval;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * What the calling-context tree costs per call, and how many nodes it keeps.
 *
 * <p>The cost is measured in one warm JVM, where a shared machine's load falls on both sides alike: the workload,
 * traced by the deterministic mode's own instrumenter and runtime, run on a fresh thread per round (a thread's trace
 * takes the tree setting at its start) with the tree on and off in alternating order; the difference of the medians
 * divided by the calls of one run. Each run is timed by its thread's CPU time, which time spent waiting for a core
 * of a busy machine does not inflate, and by the wall clock. The node counts come from real profiled children: the workload, and a recursion
 * deeper than the tree's depth bound.
 */
final class CallTreeBench implements BenchSection {

    /** The boxed workload at n = 100000; one run of 10 iterations per round keeps the rounds many. */
    private static final WorkloadConfig CONFIG = new WorkloadConfig(100000, 10, 1, 0.05, Variant.BOXED, 1, null);
    private static final String[] ARGS = CONFIG.toArgs().toArray(new String[0]);
    private static final int WARM_UP = 2;

    @Override
    public String name() {
        return "stacks";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        MethodTraceInstrumenter tracer = new MethodTraceInstrumenter(new ProbeTable(),
                new ClassFilter(List.of(), List.of()));
        Method main = WorkloadLoader.main(tracer::instrument);
        int rounds = Math.max(ctx.repeats(), 5);
        double[] off = new double[rounds];
        double[] on = new double[rounds];
        double[] offWall = new double[rounds];
        double[] onWall = new double[rounds];
        long calls = 0;
        int nodes = 0;
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            for (int r = -WARM_UP; r < rounds; r++) {
                for (boolean tree : r % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                    Run run = run(main, tree ? AgentOptions.PATH_LIMIT : 0);
                    if (r < 0) continue;
                    (tree ? on : off)[r] = run.cpuSeconds;
                    (tree ? onWall : offWall)[r] = run.seconds;
                    calls = run.calls;
                    if (tree) nodes = run.nodes;
                }
            }
        } finally {
            System.setOut(out);
            Tracer.maxPaths(0);
        }
        double offMedian = BenchContext.median(off);
        double onMedian = BenchContext.median(on);
        Estimate ratio = RatioInterval.of(off, on);
        double perCall = (onMedian - offMedian) * 1e9 / calls;
        ctx.printf("deterministic runtime in one JVM: boxed n = 100000, 10 iterations, %d calls per run; %d rounds"
                + " after %d of warm-up, tree on and off alternating, a fresh thread each%n", calls, rounds, WARM_UP);
        ctx.printf("wall: tree off %.3f s, tree on %.3f s (medians)%n", BenchContext.median(offWall),
                BenchContext.median(onWall));
        ctx.printf("thread cpu: tree off %.3f s, tree on %.3f s (medians); on/off %.3f [%.3f, %.3f] (%.0f%% CI, %s)%n",
                offMedian,
                onMedian, ratio.value(), ratio.lower(), ratio.upper(), ratio.level() * 100,
                ratio.contains(1.0) ? "no difference shown" : "a difference");
        ctx.printf("the call tree adds %.2f ns of cpu per call (on by default when <= 5 ns); %d nodes on the workload's"
                + " thread%n", perCall, nodes);
        profiled(ctx, "the workload profiled (workbench profile)", ProfileSession.workloadTarget(CONFIG),
                new DeterministicRecorder(List.of(), List.of(), false, AgentOptions.PATH_LIMIT), List.of());
        for (int depth : new int[] {1_000, 100_000}) {
            profiled(ctx, "recursion " + depth + " deep, twice",
                    new Target(DeepRecursion.class.getName(), List.of(Integer.toString(depth)), Map.of()),
                    new DeterministicRecorder(List.of(DeepRecursion.class.getName()), List.of(), false,
                            AgentOptions.PATH_LIMIT),
                    List.of(testClasses()));
        }
    }

    /** One traced run's time, calls and nodes. */
    private record Run(double seconds, double cpuSeconds, long calls, int nodes) {
    }

    private static Run run(Method main, int maxPaths) throws Exception {
        Tracer.maxPaths(maxPaths);
        double[] seconds = new double[2];
        Exception[] failed = new Exception[1];
        Thread t = new Thread(() -> {
            try {
                ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                long cpu = mx.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                main.invoke(null, (Object) ARGS.clone());
                seconds[0] = (System.nanoTime() - start) / 1e9;
                seconds[1] = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
            } catch (ReflectiveOperationException e) {
                failed[0] = e;
            }
        }, "bench-" + maxPaths);
        t.start();
        t.join();
        if (failed[0] != null) throw failed[0];
        ThreadTrace trace = null;
        for (ThreadTrace x : Tracer.traces()) if (x.thread() == t) trace = x;
        long calls = 0;
        for (int e = 0; e < trace.edgeCount(); e++) calls += trace.edgeRows()[e * ThreadTrace.STRIDE + ThreadTrace.CALLS];
        return new Run(seconds[0], seconds[1], calls, trace.pathCount());
    }

    private static void profiled(BenchContext ctx, String what, Target target, DeterministicRecorder recorder,
                                 List<Path> classPath) throws Exception {
        BenchContext.Timing t = ctx.profile(recorder, target, List.of(), classPath);
        FunctionData profile = (FunctionData) t.profile().data();
        StringBuilder nodes = new StringBuilder();
        long cut = 0;
        for (FunctionData.ThreadFunctions th : profile.threads()) {
            nodes.append(nodes.length() == 0 ? "" : ", ").append(th.thread()).append(' ')
                    .append(th.tree().nodes().size());
            cut += th.tree().truncatedCalls();
        }
        ctx.printf("%s: nodes per thread %s (limits: %d nodes, %d deep); %d of %d calls under the marker%s%n", what,
                nodes, AgentOptions.PATH_LIMIT, ThreadTrace.MAX_DEPTH, cut, profile.totals().calls(),
                t.profile().run().notices().isEmpty() ? "" : "; notice: " + t.profile().run().notices());
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(DeepRecursion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
