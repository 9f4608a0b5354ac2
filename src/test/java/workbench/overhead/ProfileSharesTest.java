package workbench.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.FunctionData;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.model.SourceRef;
import workbench.store.SampleRuns;

/** The shares the overhead study compares, read from every kind of run through the model's projections. */
class ProfileSharesTest {

    @Test
    void a_deterministic_run_timed_by_samples_has_the_shares_of_its_sampled_tottime() {
        FunctionData f = SampleRuns.functions();
        Map<String, Double> timed = ProfileShares.functions(f);
        Map<String, Double> sampled = ProfileShares.functions(new HybridFunctionData(f, SampleRuns.samples()));
        assertEquals(Map.of("Data.randint", 1.0), timed);
        assertEquals(timed, sampled, "the functions' times, not the samples' frames");
    }

    @Test
    void a_line_run_timed_by_samples_has_the_shares_of_its_lines() {
        MethodId ci = new MethodId("workbench.workload.BoxedBootstrap", ProfileShares.LINE_FUNCTION, "()V");
        LineData lines = new LineData(LineTiming.SAMPLED, 0, List.of(new LineData.FunctionLines(ci,
                new SourceRef("workbench/workload/BoxedBootstrap.java", 19),
                List.of(new LineData.LineStats(20, 10, 300), new LineData.LineStats(21, 5, 100)))));
        assertEquals(Map.of(20, 0.75, 21, 0.25), ProfileShares.lines(new HybridLineData(lines, SampleRuns.samples())));
        assertTrue(ProfileShares.lines(SampleRuns.functions()).isEmpty(), "no lines, no shares");
    }

    @Test
    void a_run_without_functions_or_samples_has_no_function_shares() {
        assertTrue(ProfileShares.functions(SampleRuns.lines(LineTiming.EXACT)).isEmpty());
    }
}
