package workbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileDataTest {

    private static SampledLineData sampledLines() {
        return new SampledLineData(new LineData(LineTiming.SAMPLED, 0, LineDataTest.profile().functions()),
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
        SampledLineData sum = (SampledLineData) ProfileData.merge(List.of(sampledLines(), sampledLines()));
        assertEquals(2 * LineDataTest.profile().totalHits(), sum.lines().totalHits());
        assertEquals(2 * SampleDataTest.profile().totalSamples(), sum.samples().totalSamples());
        assertEquals(Mode.LINE, sum.mode());
    }

    @Test
    void sampled_line_data_must_have_sampled_timing() {
        assertThrows(IllegalArgumentException.class,
                () -> new SampledLineData(LineDataTest.profile(), SampleDataTest.profile()));
    }

    @Test
    void each_kind_is_recorded_by_its_mode() {
        assertEquals(Mode.DETERMINISTIC, FunctionDataTest.profile().mode());
        assertEquals(Mode.SAMPLING, SampleDataTest.profile().mode());
        assertEquals(Mode.LINE, LineDataTest.profile().mode());
        assertEquals(Mode.LINE, sampledLines().mode());
    }
}
