package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.Frame;
import workbench.model.LineData;
import workbench.model.LineData.LineStats;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.model.SampleData.StackCount;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.SourceRef;
import workbench.model.ThreadScope;

class LineSampleTimesTest {

    private static final long MS = 1_000_000;

    private static Frame java(String cls, String method, int line) {
        MethodId id = new MethodId(cls, method, "");
        return new Frame(id, SourceRef.of(id, null, line), Frame.Kind.JAVA);
    }

    @Test
    void each_sample_goes_to_the_line_of_the_tables_outermost_frame_with_hits_kept() {
        MethodId work = new MethodId("demo.Demo", "work", "()V");
        LineData hits = new LineData(LineTiming.HITS, 0, List.of(new LineData.FunctionLines(work,
                new SourceRef("demo/Demo.java", 5), List.of(new LineStats(5, 1, 0), new LineStats(7, 11, 0),
                        new LineStats(8, 10, 0), new LineStats(9, 1, 0)))));
        List<Frame> frames = List.of(
                java("demo.Demo", "work", 7),                                                // 0
                new Frame(new MethodId("java.util.Random", "nextInt", ""), SourceRef.UNKNOWN,
                        Frame.Kind.BUILTIN),                                                 // 1
                java("demo.Demo", "lambda$work$0", 8),                                       // 2
                java("java.util.stream.Stream", "forEach", 0),                               // 3
                java("demo.Demo", "work", 6),                         // 4: a continuation line, no hits
                java("demo.Other", "work", 7),                        // 5: same lines, other class and file
                java("demo.Demo", "helper", 30),                      // 6: same file, outside the table
                java("demo.DemoTest", "work", 8),                     // 7: another top-level class
                java("other.Demo", "work", 8));                       // 8: same simple name, other package
        SampleData samples = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, MS, 0, ""), frames,
                List.of(new StackCount("main", List.of(1, 0), 3),           // Random.nextInt called from line 7
                        new StackCount("main", List.of(2, 3, 0), 2),        // lambda nested in line 7's call
                        new StackCount("worker", List.of(2, 3), 4),         // the lambda on a worker thread
                        new StackCount("main", List.of(4), 1),
                        new StackCount("main", List.of(5), 7),
                        new StackCount("main", List.of(6), 7),
                        new StackCount("main", List.of(7), 7),
                        new StackCount("main", List.of(8), 7)));
        LineData timed = LineSampleTimes.combine(hits, samples);
        assertEquals(LineTiming.SAMPLED, timed.timing());
        assertEquals(List.of(new LineStats(5, 1, 0), new LineStats(6, 0, MS), new LineStats(7, 11, 5 * MS),
                new LineStats(8, 10, 4 * MS), new LineStats(9, 1, 0)), timed.functions().get(0).lines());
    }
}
