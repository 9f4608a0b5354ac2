package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workbench.agent.AgentOptions;
import workbench.bench.SplitTarget;
import workbench.model.FunctionStats;
import workbench.model.MethodId;
import workbench.model.HybridFunctionData;
import workbench.sampling.SamplingSettings;
import workbench.session.ChildJvm;
import workbench.session.HybridRecorder;
import workbench.session.SelfJar;

/**
 * The deterministic mode's {@code --timing sampled}: its hybrid probes count exactly what the timed trace
 * counts on every validation target, and its sampled times put a known CPU split where it is.
 */
class HybridTimingIT {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Recursion, ''", "SameNames, ''", "Loops, ''", "Exceptions, ''", "Threads, ''", "Shapes, ''",
        "Edges, ''", "Exits, exit", "Exits, throw"})
    void counts_every_call_and_edge_exactly_as_the_timed_trace_does(String target, String arg) throws Exception {
        Class<?> cls = Class.forName("workbench.validation.targets." + target);
        String[] args = arg.isEmpty() ? new String[0] : new String[] {arg};
        TracedRun timed = TracedRun.run(AgentOptions.TRACE, ChildJvm.sameJava(),
                Files.createDirectories(work.resolve("timed")), cls, List.of(TracedRun.TARGETS), List.of(), List.of(),
                args);
        TracedRun counted = TracedRun.run(AgentOptions.HYBRID, ChildJvm.sameJava(),
                Files.createDirectories(work.resolve("counted")), cls, List.of(TracedRun.TARGETS), List.of(),
                List.of(), args);
        assertEquals(timed.stdout, counted.stdout); // the program is unchanged
        assertEquals(timed.result.exitCode(), counted.result.exitCode());
        assertTrue(CallCounts.of(timed.profile).size() > 2, "the target made calls: " + CallCounts.of(timed.profile));
        assertEquals(CallCounts.of(timed.profile), CallCounts.of(counted.profile));
        assertEquals(0, counted.profile.totals().totalNanos(), "the hybrid probes read no clock");
    }

    @Test
    void sampled_times_put_a_70_30_cpu_split_within_5_points() throws Exception {
        SamplingSettings sampling = SamplingSettings.of("async", "cpu", "1ms", false);
        List<String> notices = new ArrayList<>();
        HybridRecorder<?> recorder = HybridRecorder.deterministic(List.of(SplitTarget.class.getName()), List.of(),
                sampling, notices::add);
        Path dir = Files.createDirectories(work.resolve("split"));
        ChildJvm child = new ChildJvm(Path.of(System.getProperty("java.home"))).classPath(SelfJar.locate())
                .classPath(TracedRun.testClasses()).main(SplitTarget.class.getName(), List.of("cpu", "4"))
                .timeout(Duration.ofMinutes(2)).stdoutTo(work.resolve("stdout.txt"));
        recorder.configure(child, dir);
        ChildJvm.Result result = child.run();
        assertEquals(0, result.exitCode(), String.join(" ", result.command()));
        HybridFunctionData data = (HybridFunctionData) recorder.collect(dir, result,
                suffix -> work.resolve("kept" + suffix));

        FunctionStats seventy = stats(data, "seventy");
        FunctionStats thirty = stats(data, "thirty");
        String label = notices + " " + data.samples().totalSamples() + " samples, seventy " + seventy.totalNanos()
                + " ns, thirty " + thirty.totalNanos() + " ns";
        assertTrue(data.samples().totalSamples() >= 300, label);
        assertEquals(seventy.calls(), thirty.calls(), "the loop calls each once per round");
        double share = 100.0 * seventy.totalNanos() / (seventy.totalNanos() + thirty.totalNanos());
        System.out.printf("hybrid split: seventy %.1f %% of the two functions' tottime (%s)%n", share, label);
        assertEquals(70, share, 5, label);
        // each function calls nothing: its cumtime is its tottime, and main's holds both
        assertEquals(seventy.totalNanos(), seventy.cumulativeNanos());
        FunctionStats main = stats(data, "main");
        assertTrue(main.cumulativeNanos() >= seventy.totalNanos() + thirty.totalNanos(), label);
    }

    /**
     * Virtual threads on JDK 25 (or this JDK if it has them): the sampler sees their carriers, and the carriers'
     * samples still reach {@code work}, which eight of them ran while {@code main} only waited.
     */
    @Test
    void the_work_of_virtual_threads_gets_the_samples_of_their_carriers() throws Exception {
        String target = workbench.validation.targets.VirtualWork.class.getName();
        HybridRecorder<?> recorder = HybridRecorder.deterministic(List.of(target), List.of(),
                SamplingSettings.of("async", "wall", "1ms", false), line -> { });
        Path dir = Files.createDirectories(work.resolve("virtual"));
        ChildJvm child = TracedRun.virtualWork("100000000", work.resolve("virtual.txt"));
        recorder.configure(child, dir);
        ChildJvm.Result result = child.run();
        assertEquals(0, result.exitCode(), String.join(" ", result.command()));
        assertEquals("work true\n", Files.readString(work.resolve("virtual.txt")));
        HybridFunctionData data = (HybridFunctionData) recorder.collect(dir, result,
                suffix -> work.resolve("virtual" + suffix));
        FunctionStats work = data.functions().byMethod().values().stream()
                .filter(f -> f.method().method().equals("work")).findFirst().orElseThrow();
        long all = data.functions().totals().totalNanos();
        String label = data.samples().totalSamples() + " samples; work " + work.totalNanos() + " ns of " + all;
        assertEquals(8, work.calls(), label);
        // main waits in join the while: the work is well over a third of the sampled time, and not nothing
        assertTrue(work.totalNanos() >= 0.35 * all && work.totalNanos() > 0, label);
    }

    private static FunctionStats stats(HybridFunctionData data, String method) {
        for (FunctionStats s : data.functions().merged()) {
            MethodId m = s.method();
            if (m.className().equals(SplitTarget.class.getName()) && m.method().equals(method)) return s;
        }
        throw new AssertionError("no " + method + " in " + data.functions().merged());
    }
}
