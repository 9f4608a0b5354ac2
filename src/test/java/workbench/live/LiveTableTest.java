package workbench.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveTableTest {

    private static final long SECOND = 1_000_000_000L;

    private static LiveCounts at(long seconds, long lost, Map<String, Long> own, Map<String, Long> total) {
        long events = own.values().stream().mapToLong(Long::longValue).sum();
        return new LiveCounts(seconds * SECOND, events, lost, own, total);
    }

    @Test
    void the_last_interval_is_the_difference_of_two_readings_and_since_the_start_is_the_latest() {
        LiveTable table = new LiveTable();
        table.update(at(10, 0, Map.of("a", 60L, "b", 40L), Map.of("main", 100L, "a", 60L, "b", 40L)));
        // in the second second: a 10 more, b 90 more
        LiveFrame f = table.update(at(12, 3, Map.of("a", 70L, "b", 130L), Map.of("main", 200L, "a", 70L, "b", 130L)));
        assertEquals(2, f.refresh());
        assertEquals(2 * SECOND, f.elapsedNanos());
        assertEquals(2 * SECOND, f.intervalNanos());
        assertEquals(200, f.events());
        assertEquals(50.0, f.eventsPerSecond(), 1e-9); // 100 events in 2 s
        assertEquals(3, f.lost());
        assertEquals(3, f.lostLast());
        LiveRow b = f.rows(LiveSort.LAST, "").get(0);
        assertEquals("b", b.function());
        assertEquals(0.9, b.lastShare(), 1e-9);
        assertEquals(130 / 200.0, b.ownShare(), 1e-9);
        assertEquals(130 / 200.0, b.totalShare(), 1e-9);
        assertEquals(45.0, b.perSecond(), 1e-9);
        assertEquals(Trend.RISING, b.trend());
        LiveRow a = f.rows(LiveSort.LAST, "").get(1);
        assertEquals(Trend.FALLING, a.trend());
        LiveRow main = f.rows(LiveSort.TOTAL, "").get(0);
        assertEquals("main", main.function());
        assertEquals(1.0, main.totalShare(), 1e-9);
        assertEquals(0.0, main.ownShare(), 1e-9);
    }

    @Test
    void the_first_reading_marks_every_function_new_and_has_no_rate() {
        LiveFrame f = new LiveTable().update(at(5, 0, Map.of("a", 10L), Map.of("a", 10L)));
        assertEquals(1, f.refresh());
        assertEquals(0, f.intervalNanos());
        assertEquals(0.0, f.eventsPerSecond());
        assertEquals(Trend.NEW, f.rows().get(0).trend());
    }

    @Test
    void a_share_that_moves_less_than_the_threshold_is_steady_and_one_that_moves_more_gets_an_arrow() {
        assertEquals(Trend.STEADY, LiveTable.trend(0.500, 0.509));
        assertEquals(Trend.RISING, LiveTable.trend(0.500, 0.510));
        assertEquals(Trend.FALLING, LiveTable.trend(0.500, 0.490));
        assertEquals(Trend.NEW, LiveTable.trend(null, 0.2));
    }

    @Test
    void an_interval_without_events_keeps_the_trend_against_the_last_interval_that_had_some() {
        LiveTable table = new LiveTable();
        table.update(at(1, 0, Map.of("a", 50L, "b", 50L), Map.of("a", 50L, "b", 50L)));
        table.update(at(2, 0, Map.of("a", 50L, "b", 50L), Map.of("a", 50L, "b", 50L))); // nothing ran
        LiveFrame f = table.update(at(3, 0, Map.of("a", 50L, "b", 150L), Map.of("a", 50L, "b", 150L)));
        assertEquals(Trend.RISING, f.rows(LiveSort.LAST, "b").get(0).trend());
        assertEquals(Trend.FALLING, f.rows(LiveSort.LAST, "a").get(0).trend());
    }

    @Test
    void sorting_by_each_key_and_filtering_by_a_substring_regardless_of_case() {
        LiveTable table = new LiveTable();
        table.update(at(1, 0, Map.of("x.Alpha.run", 80L, "x.Beta.run", 20L),
                Map.of("x.Main.main", 100L, "x.Alpha.run", 80L, "x.Beta.run", 20L)));
        LiveFrame f = table.update(at(2, 0, Map.of("x.Alpha.run", 80L, "x.Beta.run", 120L),
                Map.of("x.Main.main", 200L, "x.Alpha.run", 80L, "x.Beta.run", 120L)));
        assertEquals(List.of("x.Beta.run", "x.Alpha.run", "x.Main.main"), names(f.rows(LiveSort.OWN, "")));
        assertEquals(List.of("x.Main.main", "x.Beta.run", "x.Alpha.run"), names(f.rows(LiveSort.TOTAL, "")));
        assertEquals(List.of("x.Beta.run", "x.Alpha.run", "x.Main.main"), names(f.rows(LiveSort.LAST, "")));
        assertEquals(List.of("x.Alpha.run"), names(f.rows(LiveSort.OWN, "ALPHA")));
        assertEquals(List.of(), names(f.rows(LiveSort.OWN, "gamma")));
        assertEquals(LiveSort.TOTAL, LiveSort.ofKey('t'));
        assertEquals(null, LiveSort.ofKey('x'));
    }

    private static List<String> names(List<LiveRow> rows) {
        return rows.stream().map(LiveRow::function).toList();
    }
}
