package workbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.model.Frames.java;
import static workbench.model.Frames.nativeCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.SampleData.StackCount;
import workbench.model.SampleData.Tally;

class SampleDataTest {

    static final Frame LEAF = java("demo.A", "leaf", "()V", 10);
    static final Frame REC_20 = java("demo.A", "rec", "(I)V", 20);
    static final Frame REC_21 = java("demo.A", "rec", "(I)V", 21);
    static final Frame MAIN = java("demo.Main", "main", "([Ljava/lang/String;)V", 5);
    static final Frame SPIN = nativeCode("libjvm.so", "Spin");

    static SamplerInfo sampler(long lost, String recording) {
        return new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events", ThreadScope.WORKLOAD,
                10_000_000L, lost, recording);
    }

    /**
     * 10 samples of main: 6 in leaf under a twice-recursive rec (line 20), 3 in rec line 20 called from rec line 21,
     * 1 in main; and 2 samples of a JVM thread spinning.
     */
    static SampleData profile() {
        return new SampleData(sampler(2, "x.jfr"), List.of(LEAF, REC_20, REC_21, MAIN, SPIN),
                List.of(new StackCount("main", List.of(0, 1, 1, 3), 6),
                        new StackCount("main", List.of(1, 2, 3), 3),
                        new StackCount("main", List.of(3), 1),
                        new StackCount("VM Thread", List.of(4), 2)));
    }

    /** The stacks with their frames resolved: thread, then the frames leaf first, to the count. */
    static Map<List<Object>, Long> resolved(SampleData d) {
        Map<List<Object>, Long> out = new LinkedHashMap<>();
        for (StackCount s : d.stacks()) {
            List<Object> key = new ArrayList<>();
            key.add(s.thread());
            for (int id : s.frames()) key.add(d.frames().get(id));
            out.merge(key, s.count(), Long::sum);
        }
        return out;
    }

    @Test
    void k_identical_profiles_merge_to_k_times_the_samples_of_each_stack() {
        int k = 4;
        SampleData one = profile();
        SampleData sum = (SampleData) ProfileData.merge(Collections.nCopies(k, one));
        Map<List<Object>, Long> expected = new LinkedHashMap<>();
        resolved(one).forEach((stack, n) -> expected.put(stack, k * n));
        assertEquals(expected, resolved(sum));
        assertEquals(one.stacks().size(), sum.stacks().size(), "equal stacks add up rather than repeat");
        assertEquals(one.frames().size(), sum.frames().size(), "frames are interned once");
        assertEquals(k * 12, sum.totalSamples());
        assertEquals(k * 2, sum.sampler().lost());
        assertEquals("", sum.sampler().recording(), "a sum is no single recording");
        one.tally(true).forEach((f, t) -> assertEquals(new Tally(k * t.self(), k * t.cumulative()),
                sum.tally(true).get(f), f.toString()));
    }

    @Test
    void frames_are_interned_anew_when_two_profiles_number_them_differently() {
        SampleData a = new SampleData(sampler(0, ""), List.of(LEAF, MAIN),
                List.of(new StackCount("main", List.of(0, 1), 5)));
        SampleData b = new SampleData(sampler(0, ""), List.of(SPIN, MAIN, LEAF),
                List.of(new StackCount("main", List.of(2, 1), 7), new StackCount("main", List.of(0), 1)));
        SampleData sum = a.plus(b);
        assertEquals(List.of(LEAF, MAIN, SPIN), sum.frames());
        Map<List<Object>, Long> stacks = resolved(sum);
        assertEquals(Map.of(List.of("main", LEAF, MAIN), 12L, List.of("main", SPIN), 1L), stacks);
        assertEquals(2, sum.stacks().size());
    }

    @Test
    void the_same_stack_on_two_threads_stays_two_stacks() {
        SampleData a = new SampleData(sampler(0, ""), List.of(MAIN), List.of(new StackCount("main", List.of(0), 5)));
        SampleData b = new SampleData(sampler(0, ""), List.of(MAIN), List.of(new StackCount("worker", List.of(0), 2)));
        assertEquals(Map.of(List.of("main", MAIN), 5L, List.of("worker", MAIN), 2L), resolved(a.plus(b)));
    }

    @Test
    void samples_of_another_interval_or_event_do_not_add_up() {
        SampleData other = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, 1_000_000L, 0, ""), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> profile().plus(other));
        SampleData wall = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.WALL, "perf_events",
                ThreadScope.WORKLOAD, 10_000_000L, 0, ""), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> profile().plus(wall));
    }

    @Test
    void tally_by_line_counts_self_on_top_and_cumulative_once_per_sample_despite_recursion() {
        Map<Frame, Tally> t = profile().tally(true);
        assertEquals(List.of(LEAF, REC_20, MAIN, REC_21, SPIN), List.copyOf(t.keySet()));
        assertEquals(new Tally(6, 6), t.get(LEAF));
        // REC_20 is twice on the 6 samples' stacks and once on the 3 others': 9, not 15
        assertEquals(new Tally(3, 9), t.get(REC_20));
        assertEquals(new Tally(0, 3), t.get(REC_21));
        assertEquals(new Tally(1, 10), t.get(MAIN));
        assertEquals(new Tally(2, 2), t.get(SPIN));
    }

    @Test
    void tally_by_function_merges_lines_and_still_counts_a_sample_once() {
        Map<Frame, Tally> t = profile().tally(false);
        Frame rec = REC_20.functionOnly();
        assertEquals(0, rec.line());
        assertEquals(rec, REC_21.functionOnly());
        // lines 20 and 21 of rec are both on the 3 samples' stacks: 6 + 3, not 6 + 3 + 3
        assertEquals(new Tally(3, 9), t.get(rec));
        assertEquals(new Tally(6, 6), t.get(LEAF.functionOnly()));
        assertEquals(4, t.size());
    }

    @Test
    void totals_are_samples_and_samples_times_the_interval() {
        assertEquals(12, profile().totalSamples());
        assertEquals(120_000_000L, profile().totalNanos());
    }

    @Test
    void diff_rows_match_frames_and_mark_the_ones_only_one_side_has() {
        SampleData a = new SampleData(sampler(0, ""), List.of(LEAF, MAIN),
                List.of(new StackCount("main", List.of(0, 1), 5), new StackCount("main", List.of(1), 1)));
        SampleData b = new SampleData(sampler(0, ""), List.of(MAIN, SPIN),
                List.of(new StackCount("main", List.of(0), 4), new StackCount("VM Thread", List.of(1), 2)));
        List<Diff.Row<Frame, Tally>> rows = a.diff(b, true);
        assertEquals(List.of(LEAF, MAIN, SPIN), rows.stream().map(Diff.Row::key).toList());
        assertEquals(new Tally(5, 5), rows.get(0).a());
        assertNull(rows.get(0).b());
        assertTrue(rows.get(0).removed());
        assertEquals(new Tally(1, 6), rows.get(1).a());
        assertEquals(new Tally(4, 4), rows.get(1).b());
        assertEquals(false, rows.get(1).added() || rows.get(1).removed());
        assertNull(rows.get(2).a());
        assertEquals(new Tally(2, 2), rows.get(2).b());
        assertTrue(rows.get(2).added());
    }

    @Test
    void diff_by_function_matches_samples_at_other_lines_of_one_method() {
        SampleData a = new SampleData(sampler(0, ""), List.of(REC_20), List.of(new StackCount("main", List.of(0), 5)));
        SampleData b = new SampleData(sampler(0, ""), List.of(REC_21), List.of(new StackCount("main", List.of(0), 3)));
        assertEquals(2, a.diff(b, true).size());
        List<Diff.Row<Frame, Tally>> byFunction = a.diff(b, false);
        assertEquals(1, byFunction.size());
        assertEquals(new Tally(5, 5), byFunction.get(0).a());
        assertEquals(new Tally(3, 3), byFunction.get(0).b());
    }
}
