package workbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileDataTest {

    private static HybridLineData sampledLines() {
        return new HybridLineData(new LineData(LineTiming.SAMPLED, 0, LineDataTest.profile().functions()),
                SampleDataTest.profile());
    }

    @Test
    void merge_refuses_data_of_mixed_kinds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfileData.merge(List.of(FunctionDataTest.profile(), SampleDataTest.profile())));
        assertEquals("cannot add SampleData to FunctionData", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ProfileData.merge(List.of(SampleDataTest.profile(), LineDataTest.profile())));
        assertThrows(IllegalArgumentException.class,
                () -> ProfileData.merge(List.of(LineDataTest.profile(), FunctionDataTest.profile())));
    }

    @Test
    void merge_refuses_plain_and_sampled_line_data_though_both_are_line_mode() {
        LineData sampledTimingAlone = sampledLines().lines();
        assertThrows(IllegalArgumentException.class,
                () -> ProfileData.merge(List.of(sampledLines(), sampledTimingAlone)));
        assertThrows(IllegalArgumentException.class,
                () -> ProfileData.merge(List.of(sampledTimingAlone, sampledLines())));
    }

    @Test
    void merge_refuses_nothing_and_returns_a_single_profile_as_it_is() {
        assertThrows(IllegalArgumentException.class, () -> ProfileData.merge(List.of()));
        FunctionData one = FunctionDataTest.profile();
        assertSame(one, ProfileData.merge(List.of(one)));
    }

    @Test
    void sampled_line_data_adds_its_lines_and_its_samples() {
        HybridLineData sum = (HybridLineData) ProfileData.merge(List.of(sampledLines(), sampledLines()));
        assertEquals(2 * LineDataTest.profile().totalHits(), sum.lines().totalHits());
        assertEquals(2 * SampleDataTest.profile().totalSamples(), sum.samples().totalSamples());
        assertEquals(Mode.LINE, sum.mode());
    }

    @Test
    void sampled_line_data_must_have_sampled_timing() {
        assertThrows(IllegalArgumentException.class,
                () -> new HybridLineData(LineDataTest.profile(), SampleDataTest.profile()));
    }

    @Test
    void each_kind_offers_the_shapes_it_has_and_counts_its_own_events() {
        FunctionData functions = FunctionDataTest.profile();
        SampleData samples = SampleDataTest.profile();
        LineData lines = LineDataTest.profile();
        HybridFunctionData counted = new HybridFunctionData(functions, samples);
        HybridLineData hits = sampledLines();
        // functions, samples, lines, events: what a consumer reads of each kind
        assertShapes(functions, functions, null, null, functions.totals().calls());
        assertShapes(counted, functions, samples, null, functions.totals().calls());
        assertShapes(samples, null, samples, null, samples.totalSamples());
        assertShapes(lines, null, null, lines, lines.totalHits());
        assertShapes(hits, null, hits.samples(), hits.lines(), hits.lines().totalHits());
    }

    private static void assertShapes(ProfileData data, FunctionData functions, SampleData samples, LineData lines,
                                     long events) {
        assertSame(functions, data.functionData().orElse(null), data.getClass().getSimpleName());
        assertSame(samples, data.sampleData().orElse(null), data.getClass().getSimpleName());
        assertSame(lines, data.lineData().orElse(null), data.getClass().getSimpleName());
        assertEquals(events, data.eventCount(), data.getClass().getSimpleName());
    }

    @Test
    void a_visitor_is_handed_each_kind_by_its_own_method() {
        ProfileData.Visitor<String> names = new ProfileData.Visitor<>() {
            @Override
            public String visitFunctions(FunctionData data) {
                return "functions";
            }

            @Override
            public String visitHybridFunctions(HybridFunctionData data) {
                return "sampled functions";
            }

            @Override
            public String visitSamples(SampleData data) {
                return "samples";
            }

            @Override
            public String visitLines(LineData data) {
                return "lines";
            }

            @Override
            public String visitHybridLines(HybridLineData data) {
                return "sampled lines";
            }
        };
        assertEquals(List.of("functions", "sampled functions", "samples", "lines", "sampled lines"),
                List.of(FunctionDataTest.profile(), new HybridFunctionData(FunctionDataTest.profile(),
                        SampleDataTest.profile()), SampleDataTest.profile(), LineDataTest.profile(), sampledLines())
                        .stream().map(d -> d.accept(names)).toList());
    }

    @Test
    void each_kind_is_recorded_by_its_mode() {
        assertEquals(Mode.DETERMINISTIC, FunctionDataTest.profile().mode());
        assertEquals(Mode.SAMPLING, SampleDataTest.profile().mode());
        assertEquals(Mode.LINE, LineDataTest.profile().mode());
        assertEquals(Mode.LINE, sampledLines().mode());
    }
}
