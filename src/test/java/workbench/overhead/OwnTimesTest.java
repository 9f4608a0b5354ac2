package workbench.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.Frame;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.SourceRef;
import workbench.model.ThreadScope;
import workbench.session.DelayInjection;

/** The times an accuracy study keeps of a profile: per function, or per line of the injected function. */
class OwnTimesTest {

    private static final long INTERVAL = 1_000_000L;
    private static final MethodId F = new MethodId("p.A", "f", "()V");

    private static Frame frame(MethodId m, int line) {
        return new Frame(m, new SourceRef("p/A.java", line), Frame.Kind.JAVA);
    }

    /**
     * Five samples in the delay called from line 10 of {@code A.f}, three on its line 11, two in {@code B.g} called
     * from line 11.
     */
    private static SampleData samples() {
        Frame spin = frame(new MethodId(DelayInjection.delayClass(), "spin", "(J)V"), 40);
        Frame g = new Frame(new MethodId("p.B", "g", "()V"), new SourceRef("p/B.java", 3), Frame.Kind.JAVA);
        return new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "cpu", ThreadScope.WORKLOAD,
                INTERVAL, 0, "run.jfr"), List.of(spin, frame(F, 10), frame(F, 11), g),
                List.of(new SampleData.StackCount("main", List.of(0, 1), 5),
                        new SampleData.StackCount("main", List.of(2), 3),
                        new SampleData.StackCount("main", List.of(3, 2), 2)));
    }

    @Test
    void a_line_study_keeps_the_injected_functions_time_per_line_and_the_delay_on_the_line_that_called_it() {
        assertEquals(Map.of("A.f:10", 5.0 * INTERVAL, "A.f:11", 3.0 * INTERVAL, "B.g", 2.0 * INTERVAL),
                OwnTimes.of(samples(), "A.f"));
    }

    @Test
    void a_method_study_keeps_each_functions_time_whole() {
        assertEquals(Map.of("A.f", 8.0 * INTERVAL, "B.g", 2.0 * INTERVAL), OwnTimes.of(samples()));
    }

    @Test
    void a_line_modes_profile_gives_its_lines_as_they_were_timed() {
        LineData lines = new LineData(LineTiming.EXACT, 0, List.of(new LineData.FunctionLines(F,
                new SourceRef("p/A.java", 9), List.of(new LineData.LineStats(10, 4, 700),
                        new LineData.LineStats(11, 4, 300)))));
        assertEquals(Map.of("A.f:10", 700.0, "A.f:11", 300.0), OwnTimes.of(lines, "A.f"));
    }
}
