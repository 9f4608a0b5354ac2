package workbench.export;

import java.util.List;
import workbench.model.CallTree;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.SourceRef;
import workbench.model.ThreadScope;

/**
 * Hand-made profiles whose names every format must keep: a constructor ({@code <init>}), a lambda
 * ({@code lambda$main$0}), a class and a method with non-ASCII names, a class and a method with spaces, two overloads
 * of one method, and a built-in.
 */
final class ExportData {

    static final Frame MAIN = java("demo.App", "main", "([Ljava/lang/String;)V", 10);
    static final Frame LAMBDA = java("demo.App", "lambda$main$0", "()V", 12);
    static final Frame INIT = java("demo.Wörk", "<init>", "()V", 5);
    static final Frame UNICODE = java("demo.Größe", "berechne_π", "()D", 7);
    static final Frame SPACES = java("demo.With Space", "do it", "()V", 3);
    static final Frame OVERLOAD_INT = java("demo.App", "twice", "(I)I", 20);
    static final Frame OVERLOAD_LONG = java("demo.App", "twice", "(J)J", 20);
    static final Frame NEXT_INT = new Frame(new MethodId("java.util.Random", "nextInt", ""), SourceRef.UNKNOWN,
            Frame.Kind.BUILTIN);
    static final Frame LIBJVM = new Frame(new MethodId("libjvm.so", "Symbol;with semicolon", ""), SourceRef.UNKNOWN,
            Frame.Kind.NATIVE);

    /** More calls than an int holds: marshal's long integers. */
    static final long MANY = 5_000_000_000L;

    private ExportData() {
    }

    static Frame java(String className, String method, String descriptor, int line) {
        MethodId id = new MethodId(className, method, descriptor);
        return new Frame(id, SourceRef.of(id, null, line), Frame.Kind.JAVA);
    }

    private static FunctionStats.CallerStats edge(Frame caller, long calls, long tt, long ct) {
        return new FunctionStats.CallerStats(caller, calls, calls, tt, ct);
    }

    /**
     * main → lambda (1) → Wörk.&lt;init&gt; (3) → Größe.berechne_π (3, recursive: 4 calls, 3 primitive) →
     * nextInt (MANY); main → "With Space"."do it" (2) → twice(I) (7), twice(J) (11).
     */
    static FunctionData functions() {
        return new FunctionData(50, true, List.of(new FunctionData.ThreadFunctions("main", List.of(
                new FunctionStats(MAIN, 1, 1, 1_000_000, 100_000_000, List.of()),
                new FunctionStats(LAMBDA, 1, 1, 2_000_000, 80_000_000, List.of(edge(MAIN, 1, 2_000_000, 80_000_000))),
                new FunctionStats(INIT, 3, 3, 3_000_000, 78_000_000, List.of(edge(LAMBDA, 3, 3_000_000, 78_000_000))),
                new FunctionStats(UNICODE, 4, 3, 25_000_000, 75_000_000, List.of(
                        edge(INIT, 3, 20_000_000, 75_000_000),
                        new FunctionStats.CallerStats(UNICODE, 1, 0, 5_000_000, 10_000_000))),
                new FunctionStats(NEXT_INT, MANY, MANY, 50_000_000, 50_000_000, List.of(
                        edge(UNICODE, MANY, 50_000_000, 50_000_000))),
                new FunctionStats(SPACES, 2, 2, 4_000_000, 19_000_000, List.of(edge(MAIN, 2, 4_000_000, 19_000_000))),
                new FunctionStats(OVERLOAD_INT, 7, 7, 7_000_000, 7_000_000, List.of(edge(SPACES, 7, 7_000_000, 7_000_000))),
                new FunctionStats(OVERLOAD_LONG, 11, 11, 8_000_000, 8_000_000, List.of(
                        edge(SPACES, 11, 8_000_000, 8_000_000)))))));
    }

    /** Frames in the model's order: leaf first. */
    /**
     * Call paths of a deterministic run, two threads. main: main (1) → lambda (3) → Wörk.&lt;init&gt; (5) →
     * Größe.berechne_π (7) → nextInt (70); main → "With Space"."do it" (1) → twice(I) (2), twice(J) (4). worker 1:
     * lambda (2) → &lt;init&gt; (2) → berechne_π (3). Own time: 10 ns per call, nextInt's 100.
     */
    static FunctionData paths() {
        CallTree.Builder main = new CallTree.Builder();
        int m = main.add(CallTree.Node.ROOT, MAIN, 1, 10);
        int pi = main.add(main.add(main.add(m, LAMBDA, 3, 30), INIT, 5, 50), UNICODE, 7, 70);
        main.add(pi, NEXT_INT, 70, 7000);
        int spaces = main.add(m, SPACES, 1, 10);
        main.add(spaces, OVERLOAD_INT, 2, 20);
        main.add(spaces, OVERLOAD_LONG, 4, 40);
        CallTree.Builder worker = new CallTree.Builder();
        worker.add(worker.add(worker.add(CallTree.Node.ROOT, LAMBDA, 2, 20), INIT, 2, 20), UNICODE, 3, 30);
        return new FunctionData(50, true, List.of(new FunctionData.ThreadFunctions("main", List.of(), main.build()),
                new FunctionData.ThreadFunctions("worker 1", List.of(), worker.build())));
    }

    static SampleData samples() {
        List<Frame> frames = List.of(MAIN, LAMBDA, INIT, UNICODE,
                SPACES, OVERLOAD_INT, OVERLOAD_LONG, LIBJVM, java("demo.Größe", "berechne_π", "()D", 9));
        SamplerInfo sampler = new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, 1_000_000, 0, "");
        return new SampleData(sampler, frames, List.of(
                new SampleData.StackCount("main", List.of(3, 2, 1, 0), 40), // berechne_π:7 ← <init> ← lambda ← main
                new SampleData.StackCount("main", List.of(8, 2, 1, 0), 10), // the same function at line 9
                new SampleData.StackCount("main", List.of(7, 3, 2, 1, 0), 5), // native above Java
                new SampleData.StackCount("worker 1", List.of(5, 4, 0), 7), // twice(I) ← do it ← main
                new SampleData.StackCount("worker 1", List.of(6, 4, 0), 11), // twice(J)
                new SampleData.StackCount("worker 1", List.of(3, 2, 1, 0), 2))); // the main stack on another thread
    }

    static LineData lines() {
        return new LineData(LineTiming.EXACT, 20, List.of(
                new LineData.FunctionLines(UNICODE.method(), UNICODE.source(), List.of(
                        new LineData.LineStats(7, 1, 100), new LineData.LineStats(8, 1000, 70_000),
                        new LineData.LineStats(9, 3, 2_000))),
                new LineData.FunctionLines(SPACES.method(), SPACES.source(), List.of(
                        new LineData.LineStats(3, 2, 500), new LineData.LineStats(4, 40, 9_000)))));
    }
}
