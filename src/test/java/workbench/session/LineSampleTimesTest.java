package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.FrameKey;
import workbench.model.LineProfile;
import workbench.model.LineProfile.LineStats;
import workbench.model.SampleProfile;
import workbench.model.SampleProfile.StackCount;

class LineSampleTimesTest {

    private static final long MS = 1_000_000;

    @Test
    void each_sample_goes_to_the_line_of_the_tables_outermost_frame_with_hits_kept() {
        LineProfile hits = new LineProfile("hits", 0, List.of(new LineProfile.FunctionLines("demo/Demo.java",
                "Demo.work", 5, List.of(new LineStats(5, 1, 0), new LineStats(7, 11, 0), new LineStats(8, 10, 0),
                        new LineStats(9, 1, 0)))));
        List<FrameKey> frames = List.of(
                new FrameKey("Demo.java", 7, "Demo.work"),                 // 0
                new FrameKey("~", 0, "Random.nextInt"),                     // 1
                new FrameKey("Demo.java", 8, "Demo.lambda$work$0"),         // 2
                new FrameKey("Stream.java", 0, "Stream.forEach"),           // 3
                new FrameKey("Demo.java", 6, "Demo.work"),                  // 4: a continuation line, no hits
                new FrameKey("Other.java", 7, "Other.work"),                // 5: same lines, other file
                new FrameKey("Demo.java", 30, "Demo.helper"),               // 6: same file, outside the table
                new FrameKey("Demo.java", 8, "DemoTest.work"));             // 7: same file name, other class
        SampleProfile samples = new SampleProfile("async", "cpu", "perf_events", "workload", MS, 0, null, frames,
                List.of(new StackCount("main", List.of(1, 0), 3),           // Random.nextInt called from line 7
                        new StackCount("main", List.of(2, 3, 0), 2),        // lambda nested in line 7's call
                        new StackCount("worker", List.of(2, 3), 4),         // the lambda on a worker thread
                        new StackCount("main", List.of(4), 1),
                        new StackCount("main", List.of(5), 7),
                        new StackCount("main", List.of(6), 7),
                        new StackCount("main", List.of(7), 7)));
        LineProfile timed = LineSampleTimes.combine(hits, samples);
        assertEquals("sampled", timed.timing());
        assertEquals(List.of(new LineStats(5, 1, 0), new LineStats(6, 0, MS), new LineStats(7, 11, 5 * MS),
                new LineStats(8, 10, 4 * MS), new LineStats(9, 1, 0)), timed.functions().get(0).lines());
    }
}
