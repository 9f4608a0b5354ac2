package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import demo.safety.SafetyProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import workbench.instrument.SkipLog;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.SampleData;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.Target;
import workbench.sampling.SamplingSettings;
import workbench.session.DeterministicRecorder;
import workbench.session.HybridRecorder;
import workbench.session.LineRecorder;
import workbench.session.SamplingRecorder;

/**
 * The agent never breaks the program it profiles: {@link SafetyProgram} (thread pools, virtual threads, a caught
 * stack overflow, exceptions across frames, finally, synchronized, enums, records, sealed types, interface
 * methods, nested classes, lambdas, a throwing static initialiser, code before super(), a native method, a hidden
 * class, and class files javac cannot write) runs plain and under every mode: the same output and exit code each
 * time, a profile with the exact counts the mode keeps, and one warning line per thing the agent left out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentSafetyIT {

    /** What line mode counts: the functions whose counts are known, and the class files it must skip parts of. */
    private static final List<String> FUNCTIONS = List.of("demo.safety.Work.*", "demo.safety.Deep.*",
            "demo.safety.Throws.*", "demo.safety.Natives.*", "demo.gen.*.*");
    private static final boolean VIRTUAL = Runtime.version().feature() >= 21;
    private static final boolean JDK25 = Runtime.version().feature() >= 25;

    private ProgramRuns.Run plain;
    private ProgramRuns.Run deterministic;
    private ProgramRuns.Run lineExact;
    private ProgramRuns.Run lineSampled;
    private ProgramRuns.Run sampling;

    @BeforeAll
    void runEveryMode(@TempDir Path work) throws IOException {
        Path generated = SafetyClasses.write(Files.createDirectories(work.resolve("generated")));
        if (!VIRTUAL) System.out.println("JDK " + Runtime.version().feature() + ": no virtual threads to test");
        if (!JDK25) System.out.println("JDK " + Runtime.version().feature() + ": no JDK 25 class file to test");
        // 300 ms of CPU work at the end, for the samplers
        Target target = new Target(SafetyProgram.class.getName(), List.of("300"), Map.of());
        ProgramRuns runs = new ProgramRuns(work, SafetyClasses.classPath(generated));
        plain = runs.plain(target);
        deterministic = runs.profiled("deterministic", new DeterministicRecorder(List.of("demo.*"), List.of(),
                false), target);
        lineExact = runs.profiled("line exact", new LineRecorder(FUNCTIONS, LineTiming.EXACT), target);
        List<String> notices = new ArrayList<>();
        lineSampled = runs.profiled("line sampled", HybridRecorder.line(FUNCTIONS, settings(), notices::add), target);
        sampling = runs.profiled("sampling", new SamplingRecorder(settings(), notices::add), target);
        notices.forEach(System.out::println);
    }

    /** @return the samplers' settings: async-profiler on CPU time at 1 ms (the recorder falls back to JFR) */
    static SamplingSettings settings() {
        return new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.CPU, 1_000_000L, false);
    }

    @Test
    void the_plain_run_prints_every_case_and_exits_with_its_own_code() {
        assertEquals(SafetyProgram.EXIT, plain.exitCode(), plain.stderr());
        assertEquals("", plain.stderr());
        String out = plain.stdout();
        for (String line : List.of("pool: 20540", "synchronized: 4000 8000",
                "stack overflow: caught, deeper than 1000: true", "after the overflow: 6",
                "exceptions: caught 10, finally 7, cleanups 25",
                "static init: ExceptionInInitializerError (ArithmeticException)", "static init: NoClassDefFoundError",
                "super(compute(x)): 51", "native: unlinked", "hidden class: 6 15, hidden true",
                "huge: " + SafetyClasses.hugeResult(7) + " 2 3", "java 5 class: 1 6 10 11 12",
                "code before super(): 8 6 2 4", "new in a branching line: 1 4", "busy: done",
                "encapsulation: java.lang's private String.value is InaccessibleObjectException")) {
            assertTrue(out.contains(line + "\n"), "'" + line + "' missing from\n" + out);
        }
        assertTrue(out.contains(VIRTUAL ? "virtual threads: 328350" : "virtual threads: none before JDK 21"), out);
        assertTrue(out.contains(JDK25 ? "JDK 25 class file: 11 13" : "demo.gen.Modern: absent"), out);
    }

    @Test
    void every_mode_leaves_the_output_and_the_exit_code_as_they_were() {
        for (ProgramRuns.Run run : List.of(deterministic, lineExact, lineSampled, sampling)) run.behavesAs(plain);
    }

    /**
     * The runtime is defined in the boot loader, not appended to the boot class path: no {@code -Xshare:off} in the
     * child's command, and neither HotSpot's sharing warning nor any line of ours on the program's output.
     */
    @Test
    void every_agent_run_keeps_class_data_sharing_on_and_says_nothing_on_the_programs_output() {
        for (ProgramRuns.Run run : List.of(deterministic, lineExact, lineSampled)) {
            List<String> command = run.profile().run().command();
            assertTrue(command.stream().anyMatch(a -> a.startsWith("-javaagent:") && a.contains("mode=")),
                    run.label() + ": " + command);
            assertFalse(command.stream().anyMatch(a -> a.startsWith("-Xshare")), run.label() + ": " + command);
            for (String stream : List.of(run.stdout(), run.stderr())) {
                assertFalse(stream.contains("Sharing is only supported"), run.label() + ":\n" + stream);
            }
            assertEquals(List.of(), run.stdout().lines().filter(l -> l.startsWith("workbench")).toList(),
                    run.label());
        }
    }

    @Test
    void deterministic_mode_warns_once_for_each_method_it_leaves_out_and_the_saved_run_keeps_the_lines() {
        assertEquals(List.of(
                "workbench agent: not profiled: demo.safety.Natives.hash(I)I: it is native (no bytecode to put"
                        + " probes in)",
                "workbench agent: not profiled: the hidden classes defined in demo.safety.Hidden.run()V: the JVM"
                        + " never hands hidden classes to agents",
                "workbench agent: not profiled: demo.gen.Huge.huge(I)I: with probes its code would pass the JVM's"
                        + " 64 KB limit per method",
                "workbench agent: not profiled: demo.gen.Old49.withJsr(I)I: it uses jsr/ret subroutines (a class"
                        + " file for Java 1.4 or earlier)"), deterministic.agentLines());
        assertEquals(saidWithoutPrefix(deterministic), deterministic.profile().run().notices());
    }

    /** @return the agent's lines as the saved run's notices keep them */
    private static List<String> saidWithoutPrefix(ProgramRuns.Run run) {
        return run.agentLines().stream().map(l -> l.substring(SkipLog.PREFIX.length())).toList();
    }

    @Test
    void line_mode_warns_once_for_each_selected_method_it_leaves_out() {
        List<String> expected = List.of(
                "workbench agent: not profiled: demo.safety.Natives.hash(I)I: it is native (no bytecode to put"
                        + " probes in)",
                "workbench agent: not profiled: demo.gen.Huge.huge(I)I: with probes its code would pass the JVM's"
                        + " 64 KB limit per method",
                "workbench agent: not profiled: demo.gen.Old49.withJsr(I)I: it uses jsr/ret subroutines (a class"
                        + " file for Java 1.4 or earlier)");
        assertEquals(expected, lineExact.agentLines());
        assertEquals(expected, lineSampled.agentLines());
        assertEquals(List.of(), sampling.agentLines());
        assertEquals(saidWithoutPrefix(lineExact), lineExact.profile().run().notices());
        assertTrue(lineSampled.profile().run().notices().containsAll(saidWithoutPrefix(lineSampled)));
    }

    @Test
    void deterministic_mode_counts_every_call_of_every_kind_of_method() {
        Map<String, Long> calls = new LinkedHashMap<>();
        calls.put("SafetyProgram.main", 1L);
        calls.put("Work.square", 40L);
        calls.put("Concurrency.Counter.inc", 4000L);
        calls.put("Concurrency.Counter.value", 1L);
        calls.put("Concurrency.Counter.twice", 1L);
        calls.put("Deep.after", 3L);
        calls.put("Throws.a", 10L);
        calls.put("Throws.b", 10L);
        calls.put("Throws.c", 10L);
        calls.put("Throws.tryReturn", 5L);
        calls.put("Throws.finallyThrows", 5L);
        calls.put("Kinds.Op.1.apply", 3L);
        calls.put("Kinds.Op.2.apply", 3L);
        calls.put("Kinds.Point.<init>", 7L);
        calls.put("Kinds.Point.norm1", 7L);
        calls.put("Kinds.Shape.describe", 3L);
        calls.put("Kinds.Shape.unit", 1L);
        calls.put("Kinds.Square.area", 2L);
        calls.put("Kinds.Rect.area", 1L);
        calls.put("Kinds.Inner.value", 1L);
        calls.put("Kinds.1.get", 1L);
        calls.put("Kinds.1Local.twice", 4L);
        calls.put("Kinds.lambda$run$0", 5L);
        calls.put("Work.cube", 5L);
        calls.put("Work.boxed", 2L);
        calls.put("Initializers.BadInit.<clinit>", 1L);
        calls.put("Initializers.BadInit.fail", 1L);
        calls.put("Initializers.Child.compute", 6L);
        calls.put("Initializers.Child.<init>", 6L);
        calls.put("Natives.run", 1L);
        calls.put("Hidden.run", 1L);
        calls.put("Huge.small", 2L);
        calls.put("Old49.simple", 3L);
        calls.put("PreSuper.<init>", 4L);
        calls.put("PreSuper.value", 4L);
        if (VIRTUAL) calls.put("Work.virtualSquare", 100L);
        if (JDK25) calls.put("Modern.<init>", 2L);
        List<FunctionStats> merged = ((FunctionData) deterministic.profile().data()).merged();
        for (Map.Entry<String, Long> e : calls.entrySet()) {
            assertEquals(e.getValue(), TracedRun.find(merged, "(" + e.getKey() + ")").calls(), e.getKey());
        }
    }

    @Test
    void after_a_caught_stack_overflow_the_calls_go_on_being_counted_on_the_right_caller() {
        List<FunctionStats> merged = ((FunctionData) deterministic.profile().data()).merged();
        FunctionStats down = TracedRun.find(merged, "(Deep.down)");
        assertTrue(down.calls() > 1000, "calls of Deep.down: " + down.calls());
        assertTrue(down.recursive());
        FunctionStats after = TracedRun.find(merged, "(Deep.after)");
        assertEquals(1, after.callers().size(), after.callers().toString());
        assertEquals(3, after.callers().get(0).calls());
        assertTrue(TracedRun.label(after.callers().get(0).caller()).contains("Deep.run"),
                after.callers().toString());
        // the ordinary way out of main is System.exit: main is still open, and its frame closes at the dump
        assertTrue(TracedRun.find(merged, "(SafetyProgram.main)").cumulativeNanos()
                >= TracedRun.find(merged, "(Deep.run)").cumulativeNanos());
    }

    @Test
    void deterministic_mode_leaves_out_exactly_what_it_warned_about() {
        List<String> labels = ((FunctionData) deterministic.profile().data()).merged().stream()
                .map(s -> TracedRun.label(s.function())).toList();
        for (String absent : List.of("(Natives.hash)", "(Huge.huge)", "(Old49.withJsr)", "HiddenBody")) {
            assertTrue(labels.stream().noneMatch(l -> l.contains(absent)), absent + " in " + labels);
        }
    }

    @Test
    void line_mode_counts_exact_hits_in_every_timing() {
        for (ProgramRuns.Run run : List.of(lineExact, lineSampled)) {
            LineData lines = run.lines();
            assertEquals(Map.of(10, 40L), ProgramRuns.hits(lines, "demo.safety.Work", "square"), run.label());
            assertEquals(Map.of(14, 5L), ProgramRuns.hits(lines, "demo.safety.Work", "cube"), run.label());
            // a probe before a NEW that frames refer to: the class still loads, and both lines count
            assertEquals(Map.of(23, 2L, 24, 2L), ProgramRuns.hits(lines, "demo.safety.Work", "boxed"), run.label());
            assertEquals(Map.of(29, 3L), ProgramRuns.hits(lines, "demo.safety.Deep", "after"), run.label());
            assertEquals(Map.of(46, 10L), ProgramRuns.hits(lines, "demo.safety.Throws", "c"), run.label());
            assertEquals(Map.of(5, 2L), ProgramRuns.hits(lines, "demo.gen.Huge", "small"), run.label());
            assertEquals(Map.of(3, 3L, 4, 2L, 5, 1L), ProgramRuns.hits(lines, "demo.gen.Old49", "simple"),
                    run.label());
            Map<Integer, Long> down = ProgramRuns.hits(lines, "demo.safety.Deep", "down");
            assertTrue(down.get(24) > 1000, run.label() + ": " + down);
            List<String> functions = lines.functions().stream()
                    .map(f -> f.method().className() + "." + f.method().method()).toList();
            assertFalse(functions.contains("demo.gen.Huge.huge"), functions.toString());
            assertFalse(functions.contains("demo.gen.Old49.withJsr"), functions.toString());
        }
    }

    @Test
    void the_samplers_see_the_programs_busy_method() {
        for (ProgramRuns.Run run : List.of(sampling, lineSampled)) {
            SampleData samples = run.samples();
            assertTrue(samples.totalSamples() > 0, run.label());
            boolean busy = false;
            for (Frame f : samples.frames()) {
                busy |= f.method().className().equals("demo.safety.Busy") && f.method().method().equals("run");
            }
            assertTrue(busy, run.label() + ": no sample in demo.safety.Busy.run");
        }
    }
}
