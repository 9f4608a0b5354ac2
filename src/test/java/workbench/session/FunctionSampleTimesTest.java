package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.FunctionStats.CallerStats;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.model.SampleData.StackCount;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.SourceRef;
import workbench.model.ThreadScope;

class FunctionSampleTimesTest {

    private static final long MS = 1_000_000;
    private static final MethodId MAIN = new MethodId("demo.Demo", "main", "([Ljava/lang/String;)V");
    private static final MethodId WORK = new MethodId("demo.Demo", "work", "(I)V");
    private static final MethodId ADD = new MethodId("java.util.List", "add", ""); // named as the call names it
    private static final Frame MAIN_ROW = new Frame(MAIN, new SourceRef("demo/Demo.java", 3), Frame.Kind.JAVA);
    private static final Frame WORK_ROW = new Frame(WORK, new SourceRef("demo/Demo.java", 9), Frame.Kind.JAVA);
    private static final Frame ADD_ROW = new Frame(ADD, SourceRef.UNKNOWN, Frame.Kind.BUILTIN);

    private static Frame sampled(String cls, String method, String descriptor, int line) {
        MethodId id = new MethodId(cls, method, descriptor);
        return new Frame(id, SourceRef.of(id, null, line), Frame.Kind.JAVA);
    }

    /** main calls work 5 times (work recursing 4 more times) and work calls List.add 100 times. */
    private static FunctionData counts() {
        return new FunctionData(0, false, List.of(new FunctionData.ThreadFunctions("main", List.of(
                new FunctionStats(MAIN_ROW, 1, 1, 0, 0, List.of()),
                new FunctionStats(WORK_ROW, 9, 5, 0, 0, List.of(new CallerStats(MAIN_ROW, 5, 5, 0, 0),
                        new CallerStats(WORK_ROW, 4, 0, 0, 0))),
                new FunctionStats(ADD_ROW, 100, 100, 0, 0, List.of(new CallerStats(WORK_ROW, 100, 100, 0, 0)))))));
    }

    @Test
    void samples_are_charged_to_the_instrumented_and_builtin_functions_as_the_trace_charges_time() {
        List<Frame> frames = List.of(
                sampled("java.util.ArrayList", "grow", "(I)[Ljava/lang/Object;", 230),   // 0: inside the built-in
                sampled("java.util.ArrayList", "add", "(Ljava/lang/Object;)Z", 466),     // 1: List.add's target
                sampled("demo.Demo", "work", "(I)V", 11),                                // 2
                sampled("demo.Demo", "main", "([Ljava/lang/String;)V", 4),               // 3
                sampled("demo.Helper", "format", "()V", 7),                              // 4: not instrumented
                sampled("java.lang.Thread", "run", "()V", 829));                         // 5: below main
        SampleData samples = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, MS, 0, ""), frames, List.of(
                new StackCount("main", List.of(0, 1, 2, 3, 5), 3),  // a JDK method inside List.add: List.add's
                new StackCount("main", List.of(2, 2, 3), 2),        // work recursing: its cumtime once per sample
                new StackCount("main", List.of(4, 3), 1),           // code not instrumented: the caller's own time
                new StackCount("DestroyJavaVM", List.of(3), 4),     // main's thread once main returned
                new StackCount("main", List.of(4, 2, 3), 1),        // not a built-in: not called from work's site
                new StackCount("worker", List.of(2), 5)));          // a thread the profile does not have

        FunctionData timed = FunctionSampleTimes.combine(counts(), samples);
        Map<MethodId, FunctionStats> by = timed.byMethod();
        assertEquals(List.of(9L, 5L, 100L, 100L), List.of(by.get(WORK).calls(), by.get(WORK).primitiveCalls(),
                by.get(ADD).calls(), by.get(ADD).primitiveCalls()), "the counts stay exact");
        assertEquals(List.of(5 * MS, 11 * MS), List.of(by.get(MAIN).totalNanos(), by.get(MAIN).cumulativeNanos()));
        assertEquals(List.of(3 * MS, 6 * MS), List.of(by.get(WORK).totalNanos(), by.get(WORK).cumulativeNanos()));
        assertEquals(List.of(3 * MS, 3 * MS), List.of(by.get(ADD).totalNanos(), by.get(ADD).cumulativeNanos()));
        // the edges: work's time from main and from itself, List.add's from work
        Map<MethodId, CallerStats> workCallers = Map.of(by.get(WORK).callers().get(0).caller().method(),
                by.get(WORK).callers().get(0), by.get(WORK).callers().get(1).caller().method(),
                by.get(WORK).callers().get(1));
        assertEquals(new CallerStats(MAIN_ROW, 5, 5, MS, 6 * MS), workCallers.get(MAIN));
        assertEquals(new CallerStats(WORK_ROW, 4, 0, 2 * MS, 2 * MS), workCallers.get(WORK));
        assertEquals(new CallerStats(WORK_ROW, 100, 100, 3 * MS, 3 * MS), by.get(ADD).callers().get(0));
        assertEquals(11 * MS, timed.totals().totalNanos(), "16 samples, 5 of another thread");
    }

    @Test
    void a_sample_in_a_builtin_goes_to_the_call_its_class_implements_among_those_of_the_same_name_and_on_the_clock() {
        MethodId paths = new MethodId("java.nio.file.Paths", "get", "");
        MethodId future = new MethodId("java.util.concurrent.Future", "get", "");
        Frame pathsRow = new Frame(paths, SourceRef.UNKNOWN, Frame.Kind.BUILTIN);
        Frame futureRow = new Frame(future, SourceRef.UNKNOWN, Frame.Kind.BUILTIN);
        FunctionData counts = new FunctionData(0, false, List.of(new FunctionData.ThreadFunctions("main", List.of(
                new FunctionStats(MAIN_ROW, 1, 1, 0, 0, List.of()),
                new FunctionStats(pathsRow, 29, 29, 0, 0, List.of(new CallerStats(MAIN_ROW, 29, 29, 0, 0))),
                new FunctionStats(futureRow, 29, 29, 0, 0, List.of(new CallerStats(MAIN_ROW, 29, 29, 0, 0)))))));
        List<Frame> frames = List.of(
                sampled("jdk.internal.misc.Unsafe", "park", "(ZJ)V", 0),                      // 0
                sampled("java.util.concurrent.FutureTask", "get", "()Ljava/lang/Object;", 191), // 1: Future.get's
                sampled("demo.Demo", "main", "([Ljava/lang/String;)V", 4));                    // 2
        SampleData samples = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.WALL, "",
                ThreadScope.WORKLOAD, MS, 0, ""), frames, List.of(new StackCount("main", List.of(0, 1, 2), 7)));

        FunctionData timed = FunctionSampleTimes.combine(counts, samples);
        Map<MethodId, FunctionStats> by = timed.byMethod();
        assertEquals(7 * MS, by.get(future).totalNanos(), "FutureTask implements Future, not Paths");
        assertEquals(0, by.get(paths).totalNanos());
        assertEquals(workbench.model.Clock.WALL, timed.clock(), "wall samples: wall-clock times");
        assertEquals(workbench.model.Clock.CPU, FunctionSampleTimes.combine(counts(), new SampleData(new SamplerInfo(
                SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events", ThreadScope.WORKLOAD, MS, 0, ""), List.of(),
                List.of())).clock(), "cpu samples: thread CPU times");
    }

    /**
     * Virtual threads: the agent counts each ({@code #26}, {@code #28}: unnamed), the sampler sees their carrier. The
     * carrier's samples go to the virtual threads' functions, shared by calls; before, they were lost.
     */
    @Test
    void samples_of_a_carrier_go_to_the_virtual_threads_it_ran_shared_by_their_calls() {
        FunctionData counts = new FunctionData(0, false, List.of(
                new FunctionData.ThreadFunctions("main", List.of(new FunctionStats(MAIN_ROW, 1, 1, 0, 0, List.of()))),
                new FunctionData.ThreadFunctions("#26", List.of(new FunctionStats(WORK_ROW, 1, 1, 0, 0, List.of()),
                        new FunctionStats(ADD_ROW, 30, 30, 0, 0, List.of(new CallerStats(WORK_ROW, 30, 30, 0, 0))))),
                new FunctionData.ThreadFunctions("#28", List.of(new FunctionStats(WORK_ROW, 3, 3, 0, 0, List.of()),
                        new FunctionStats(ADD_ROW, 10, 10, 0, 0, List.of(new CallerStats(WORK_ROW, 10, 10, 0, 0)))))));
        List<Frame> frames = List.of(
                sampled("java.util.ArrayList", "add", "(Ljava/lang/Object;)Z", 466),     // 0
                sampled("demo.Demo", "work", "(I)V", 11),                                // 1
                sampled("demo.Demo", "main", "([Ljava/lang/String;)V", 4),               // 2
                sampled("java.lang.VirtualThread", "run", "(Ljava/lang/Runnable;)V", 309)); // 3
        SampleData samples = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.WALL, "",
                ThreadScope.WORKLOAD, MS, 0, ""), frames, List.of(
                new StackCount("main", List.of(2), 2),
                new StackCount("ForkJoinPool-1-worker-1", List.of(1, 3), 6),   // work's own
                new StackCount("ForkJoinPool-1-worker-2", List.of(0, 1, 3), 4), // List.add from work
                new StackCount("ForkJoinPool-1-worker-2", List.of(3), 5)));    // a carrier between tasks

        FunctionData timed = FunctionSampleTimes.combine(counts, samples);
        assertEquals(List.of("main", "#26", "#28"), timed.threads().stream().map(FunctionData.ThreadFunctions::thread)
                .toList(), "the profile's threads, in order");
        Map<MethodId, FunctionStats> all = timed.byMethod();
        assertEquals(List.of(6 * MS, 10 * MS), List.of(all.get(WORK).totalNanos(), all.get(WORK).cumulativeNanos()));
        assertEquals(4 * MS, all.get(ADD).totalNanos());
        assertEquals(2 * MS, all.get(MAIN).totalNanos(), "main's own samples stay main's");
        // shared by calls: work 1 and 3 calls, List.add 30 and 10
        Map<MethodId, FunctionStats> v26 = timed.threads().get(1).functions().stream()
                .collect(java.util.stream.Collectors.toMap(FunctionStats::method, f -> f));
        Map<MethodId, FunctionStats> v28 = timed.threads().get(2).functions().stream()
                .collect(java.util.stream.Collectors.toMap(FunctionStats::method, f -> f));
        assertEquals(List.of(1_500_000L, 4_500_000L), List.of(v26.get(WORK).totalNanos(), v28.get(WORK).totalNanos()));
        assertEquals(List.of(3 * MS, MS), List.of(v26.get(ADD).totalNanos(), v28.get(ADD).totalNanos()));
        assertEquals(List.of(3 * MS, MS), List.of(v26.get(ADD).callers().get(0).totalNanos(),
                v28.get(ADD).callers().get(0).totalNanos()), "edges shared the same way");
        assertEquals(List.of(1L, 3L, 30L, 10L), List.of(v26.get(WORK).calls(), v28.get(WORK).calls(),
                v26.get(ADD).calls(), v28.get(ADD).calls()), "the counts stay exact");
    }

    /** Two threads named {@code worker}: the sampler's {@code worker} samples are theirs together, not each one's. */
    @Test
    void threads_of_one_name_share_its_samples_instead_of_each_taking_all_of_them() {
        FunctionData counts = new FunctionData(0, false, List.of(
                new FunctionData.ThreadFunctions("worker", List.of(new FunctionStats(WORK_ROW, 1, 1, 0, 0, List.of()))),
                new FunctionData.ThreadFunctions("worker#12", List.of(new FunctionStats(WORK_ROW, 1, 1, 0, 0,
                        List.of())))));
        List<Frame> frames = List.of(sampled("demo.Demo", "work", "(I)V", 11));
        SampleData samples = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, MS, 0, ""), frames, List.of(new StackCount("worker", List.of(0), 10)));
        FunctionData timed = FunctionSampleTimes.combine(counts, samples);
        assertEquals(10 * MS, timed.byMethod().get(WORK).totalNanos(), "10 samples, counted once");
        assertEquals(List.of(5 * MS, 5 * MS), timed.threads().stream()
                .map(t -> t.functions().get(0).totalNanos()).toList());
    }
}
