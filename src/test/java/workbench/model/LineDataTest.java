package workbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.LineData.FunctionLines;
import workbench.model.LineData.LineStats;

class LineDataTest {

    static final MethodId WORK = new MethodId("demo.Demo", "work", "(I)I");
    static final MethodId OTHER = new MethodId("demo.Demo", "other", "()V");

    static FunctionLines lines(MethodId m, int first, LineStats... stats) {
        return new FunctionLines(m, SourceRef.of(m, "Demo.java", first), List.of(stats));
    }

    static LineData profile() {
        return new LineData(LineTiming.EXACT, 21.5, List.of(
                lines(WORK, 6, new LineStats(6, 4, 6_500), new LineStats(7, 4_000_040, 9_169_822_800L),
                        new LineStats(8, 0, 0), new LineStats(9, 4, 2_500)),
                lines(OTHER, 13, new LineStats(13, 1, 100))));
    }

    @Test
    void k_identical_profiles_merge_to_k_times_the_hits_and_nanos_of_each_line() {
        int k = 5;
        LineData one = profile();
        LineData sum = (LineData) ProfileData.merge(Collections.nCopies(k, one));
        Map<LineId, LineStats> byLine = sum.byLine();
        assertEquals(one.byLine().keySet(), byLine.keySet());
        one.byLine().forEach((id, s) -> assertEquals(new LineStats(s.line(), k * s.hits(), k * s.nanos()),
                byLine.get(id), id.toString()));
        assertEquals(k * one.totalHits(), sum.totalHits());
        assertEquals(k * one.totalNanos(), sum.totalNanos());
        assertEquals(List.of(WORK, OTHER), sum.functions().stream().map(FunctionLines::method).toList());
        assertEquals(21.5, sum.overheadNanosPerHit(), 1e-9);
    }

    @Test
    void totals_sum_every_line_of_every_function() {
        assertEquals(4 + 4_000_040 + 4 + 1, profile().totalHits());
        assertEquals(6_500 + 9_169_822_800L + 2_500 + 100, profile().totalNanos());
    }

    @Test
    void one_functions_lines_from_two_runs_are_united_in_line_order_from_the_smaller_first_line() {
        LineData a = new LineData(LineTiming.HITS, 0, List.of(lines(WORK, 7, new LineStats(7, 2, 0),
                new LineStats(9, 1, 0))));
        LineData b = new LineData(LineTiming.HITS, 0, List.of(lines(WORK, 6, new LineStats(6, 3, 0),
                new LineStats(9, 4, 0))));
        FunctionLines sum = a.plus(b).functions().get(0);
        assertEquals(6, sum.firstLine());
        assertEquals("demo/Demo.java", sum.source().path());
        assertEquals(List.of(new LineStats(6, 3, 0), new LineStats(7, 2, 0), new LineStats(9, 5, 0)), sum.lines());
    }

    @Test
    void the_overhead_of_a_sum_is_averaged_over_hits() {
        LineData a = new LineData(LineTiming.EXACT, 10.0, List.of(lines(WORK, 6, new LineStats(6, 100, 0))));
        LineData b = new LineData(LineTiming.EXACT, 30.0, List.of(lines(WORK, 6, new LineStats(6, 300, 0))));
        assertEquals(25.0, a.plus(b).overheadNanosPerHit(), 1e-9);
    }

    @Test
    void lines_of_different_timings_do_not_add_up() {
        LineData hits = new LineData(LineTiming.HITS, 0, profile().functions());
        assertThrows(IllegalArgumentException.class, () -> profile().plus(hits));
    }

    @Test
    void diff_rows_match_lines_of_a_method_and_mark_the_ones_only_one_side_has() {
        LineData a = new LineData(LineTiming.HITS, 0, List.of(lines(WORK, 6, new LineStats(6, 4, 0),
                new LineStats(7, 40, 0))));
        LineData b = new LineData(LineTiming.HITS, 0, List.of(lines(WORK, 7, new LineStats(7, 80, 0)),
                lines(OTHER, 13, new LineStats(13, 1, 0))));
        List<Diff.Row<LineId, LineStats>> rows = a.diff(b);
        assertEquals(List.of(new LineId(WORK, 6), new LineId(WORK, 7), new LineId(OTHER, 13)),
                rows.stream().map(Diff.Row::key).toList());
        assertEquals(4, rows.get(0).a().hits());
        assertNull(rows.get(0).b());
        assertTrue(rows.get(0).removed());
        assertEquals(40, rows.get(1).a().hits());
        assertEquals(80, rows.get(1).b().hits());
        assertEquals(false, rows.get(1).added() || rows.get(1).removed());
        assertNull(rows.get(2).a());
        assertEquals(1, rows.get(2).b().hits());
        assertTrue(rows.get(2).added());
    }

    @Test
    void by_line_keys_lines_by_method_so_two_overloads_stay_apart() {
        MethodId workLong = new MethodId("demo.Demo", "work", "(J)J");
        LineData p = new LineData(LineTiming.HITS, 0, List.of(lines(WORK, 6, new LineStats(6, 1, 0)),
                lines(workLong, 6, new LineStats(6, 2, 0))));
        Map<LineId, LineStats> byLine = p.byLine();
        assertEquals(1, byLine.get(new LineId(WORK, 6)).hits());
        assertEquals(2, byLine.get(new LineId(workLong, 6)).hits());
    }
}
