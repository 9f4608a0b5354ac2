package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.FunctionData;
import workbench.model.Frame;
import workbench.model.FunctionStats;
import workbench.model.MethodId;
import workbench.report.Labels;
import workbench.validation.targets.Edges;
import workbench.validation.targets.Exceptions;
import workbench.validation.targets.Exits;
import workbench.validation.targets.Loops;
import workbench.validation.targets.Recursion;
import workbench.validation.targets.SameNames;
import workbench.validation.targets.Shapes;
import workbench.validation.targets.Threads;

/** Exact call counts of real compiled targets run under the agent in a child JVM. */
class MethodTraceIT {

    @TempDir
    Path work;

    @Test
    void fib_20_makes_21891_calls_of_which_one_is_primitive() throws IOException {
        TracedRun run = TracedRun.run(work, Recursion.class);
        FunctionStats fib = run.function("Recursion.fib");
        assertEquals(21891, fib.calls());
        assertEquals(1, fib.primitiveCalls());
        assertTrue(fib.recursive());
        assertEquals(21890, run.edgeCalls("Recursion.fib", "Recursion.fib"));
        assertEquals(1, run.edgeCalls("Recursion.main", "Recursion.fib"));
        // cumulative time counts the outermost call once: it cannot exceed main's
        assertTrue(fib.cumulativeNanos() <= run.function("Recursion.main").cumulativeNanos());
    }

    @Test
    void two_classes_of_one_simple_name_in_different_packages_keep_separate_rows() throws IOException {
        TracedRun run = TracedRun.run(work, SameNames.class);
        assertEquals("9", run.stdout.trim()); // (1 + 2) + (0 + 2 + 4): the program is unchanged
        FunctionStats a = byMethod(run, "workbench.validation.targets.a.Util");
        FunctionStats b = byMethod(run, "workbench.validation.targets.b.Util");
        assertEquals(2, a.calls());
        assertEquals(3, b.calls());
        assertEquals("Util.java:11(Util.run)", TracedRun.label(a.function()));
        assertEquals("workbench/validation/targets/a/Util.java:11(workbench.validation.targets.a.Util.run)",
                new Labels(false).label(a.function()));
        assertEquals("workbench/validation/targets/b/Util.java:11(workbench.validation.targets.b.Util.run)",
                new Labels(false).label(b.function()));
    }

    private static FunctionStats byMethod(TracedRun run, String className) {
        return run.profile.byMethod().get(new MethodId(className, "run", "(I)I"));
    }

    @Test
    void mutual_recursion_counts_each_function_primitive_once() throws IOException {
        TracedRun run = TracedRun.run(work, Recursion.class);
        FunctionStats even = run.function("Recursion.even");
        FunctionStats odd = run.function("Recursion.odd");
        assertEquals(6, even.calls());
        assertEquals(1, even.primitiveCalls());
        assertEquals(5, odd.calls());
        assertEquals(1, odd.primitiveCalls());
    }

    @Test
    void a_loop_of_1234_passes_calls_each_method_1234_times() throws IOException {
        TracedRun run = TracedRun.run(work, Loops.class);
        assertEquals(1234, run.function("Loops.square").calls());
        FunctionStats abs = run.function("{java.lang.Math.abs}");
        assertEquals(1234, abs.calls());
        assertEquals(Frame.Kind.BUILTIN, abs.function().kind());
        assertEquals(1, run.function("Loops.main").calls());
    }

    @Test
    void methods_left_by_a_throw_are_closed_and_later_calls_get_the_right_caller() throws IOException {
        TracedRun run = TracedRun.run(work, Exceptions.class);
        assertEquals(100, run.function("Exceptions.thrower").calls());
        assertEquals(100, run.function("Exceptions.middle").calls());
        assertEquals(100, run.edgeCalls("Exceptions.middle", "Exceptions.thrower"));
        // after() runs in outer's handler 100 times and in parse's handler 25 times, never "inside" the thrower
        assertEquals(100, run.edgeCalls("Exceptions.outer", "Exceptions.after"));
        assertEquals(25, run.edgeCalls("Exceptions.parse", "Exceptions.after"));
        assertEquals(0, run.edgeCalls("Exceptions.thrower", "Exceptions.after"));
        assertEquals(0, run.edgeCalls("Integer.parseInt", "Exceptions.after"));
        assertEquals(50, run.function("{java.lang.Integer.parseInt}").calls());
        assertEquals(50, run.edgeCalls("Exceptions.main", "Exceptions.parse"));
        for (FunctionStats s : run.profile.merged()) assertEquals(s.calls(), s.primitiveCalls(), TracedRun.label(s.function()));
    }

    @Test
    void four_threads_calling_the_same_method_merge_and_split() throws IOException {
        TracedRun run = TracedRun.run(work, Threads.class);
        assertEquals(1000, run.function("Threads.task").calls());
        assertEquals(4, run.function("Threads.work").calls());
        int workers = 0;
        for (FunctionData.ThreadFunctions t : run.profile.threads()) {
            if (!t.thread().startsWith("worker-")) continue;
            workers++;
            assertEquals(250, TracedRun.find(t.functions(), "Threads.task").calls(), t.thread());
        }
        assertEquals(4, workers);
    }

    @Test
    void lambdas_constructors_static_initialisers_synchronized_and_default_methods_appear() throws IOException {
        TracedRun run = TracedRun.run(work, Shapes.class);
        assertEquals(100, run.function("Shapes.lambda$main$").calls());
        assertEquals(1, run.function("Shapes.<clinit>").calls());
        assertEquals(1, run.function("Shapes.build").calls());
        // Point(int) runs 300 + 30 times directly and 20 times through this(x)
        List<FunctionStats> inits = run.profile.merged().stream()
                .filter(s -> Labels.STRIPPED.function(s.function()).equals("Shapes.Point.<init>")).toList();
        assertEquals(2, inits.size());
        long total = inits.stream().mapToLong(FunctionStats::calls).sum();
        assertEquals(370, total);
        assertEquals(20, run.function("Shapes.locked").calls());
        assertEquals(20, run.edgeCalls("Shapes.main", "Shapes.locked"));
        assertEquals(30, run.function("Shapes.Named.name").calls());
        assertEquals(1, run.function("{java.util.stream.IntStream.range}").calls());
    }

    @Test
    void caller_to_callee_edges_are_exact() throws IOException {
        TracedRun run = TracedRun.run(work, Edges.class);
        assertEquals(5, run.function("Edges.b").calls());
        assertEquals(3, run.edgeCalls("Edges.a", "Edges.b"));
        assertEquals(2, run.edgeCalls("Edges.d", "Edges.b"));
        assertEquals(5, run.edgeCalls("Edges.a", "Edges.c"));
        assertEquals(0, run.edgeCalls("Edges.d", "Edges.c"));
        assertEquals(2, run.function("Edges.b").callers().size());
    }

    @Test
    void results_are_written_when_the_program_calls_system_exit() throws IOException {
        TracedRun run = TracedRun.run(work, Exits.class, "exit");
        assertEquals(3, run.result.exitCode());
        assertEquals(10, run.function("Exits.work").calls());
        assertEquals(1, run.function("Exits.leave").calls());
        assertEquals(1, run.function("{java.lang.System.exit}").calls());
        assertTrue(run.function("Exits.main").cumulativeNanos() > 0);
    }

    @Test
    void results_are_written_when_an_exception_leaves_main() throws IOException {
        TracedRun run = TracedRun.run(work, Exits.class, "throw");
        assertEquals(1, run.result.exitCode());
        assertEquals(10, run.function("Exits.work").calls());
        assertEquals(1, run.function("Exits.main").calls());
        assertEquals(1, run.edgeCalls("Exits.main", "Exits.leave"));
    }

    @Test
    void results_are_written_when_a_timeout_stops_the_program() throws IOException {
        TracedRun run = TracedRun.run(workbench.session.ChildJvm.sameJava().timeout(java.time.Duration.ofSeconds(5)),
                work, Exits.class, List.of(TracedRun.TARGETS), List.of(), "sleep");
        assertTrue(run.result.timedOut());
        assertTrue(run.function("Exits.work").calls() > 10);
        assertFalse(run.profile.merged().stream().anyMatch(s -> Labels.STRIPPED.function(s.function()).equals("Exits.leave")));
    }

    @Test
    void an_excluded_method_has_no_row_and_its_time_stays_with_its_caller() throws IOException {
        TracedRun run = TracedRun.run(workbench.session.ChildJvm.sameJava(), work, Edges.class,
                List.of(TracedRun.TARGETS), List.of("*Edges#c"), List.of());
        assertFalse(run.profile.merged().stream().anyMatch(s -> Labels.STRIPPED.function(s.function()).equals("Edges.c")));
        assertEquals(5, run.function("Edges.b").calls());
        assertEquals(1, run.function("Edges.a").calls());
    }
}
