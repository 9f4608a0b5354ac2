package workbench.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class LiveScreenTest {

    private static LiveFrame frame() {
        LiveTable table = new LiveTable();
        table.update(new LiveCounts(0, 100, 0, Map.of("p.Hot.spin", 90L, "p.Cold.wait", 10L),
                Map.of("p.Main.main", 100L, "p.Hot.spin", 90L, "p.Cold.wait", 10L)));
        return table.update(new LiveCounts(2_000_000_000L, 300, 1, Map.of("p.Hot.spin", 270L, "p.Cold.wait", 30L),
                Map.of("p.Main.main", 300L, "p.Hot.spin", 270L, "p.Cold.wait", 30L)));
    }

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    @Test
    void the_header_says_rates_and_lost_samples_and_the_rows_follow_in_order() {
        List<String> lines = text(new LiveScreen("--mode sampling")
                .lines(LiveUnit.SAMPLES, frame(), LiveSort.OWN, "", false, 100, 20));
        assertEquals("workbench live  --mode sampling  0:02  refresh 2", lines.get(0));
        assertEquals("samples/s 100   samples 300   lost 1 (last interval 1)", lines.get(1));
        assertTrue(lines.get(3).startsWith("  LAST%    OWN%  TOTAL%  samples/s  FUNCTION"), lines.get(3));
        assertEquals("   90.0    90.0    90.0         90  p.Hot.spin", lines.get(4));
        assertEquals("   10.0    10.0    10.0         10  p.Cold.wait", lines.get(5));
        assertEquals("    0.0     0.0   100.0          0  p.Main.main", lines.get(6));
        assertEquals(7, lines.size());
    }

    @Test
    void rows_stop_at_the_height_and_lines_at_the_width() {
        List<String> lines = text(new LiveScreen("t").lines(LiveUnit.SAMPLES, frame(), LiveSort.OWN, "", false, 30, 6));
        assertEquals(5, lines.size()); // the last line stays free
        lines.forEach(l -> assertTrue(l.length() <= 30, l));
        assertTrue(lines.get(4).contains("90.0"), lines.get(4));
    }

    @Test
    void a_filter_being_typed_shows_and_selects_rows() {
        List<String> lines = text(new LiveScreen("t").lines(LiveUnit.CALLS, frame(), LiveSort.TOTAL, "cold", true,
                120, 20));
        assertTrue(lines.get(2).contains("filter (Enter ends): cold"), lines.get(2));
        assertTrue(lines.get(3).contains("calls/s"), lines.get(3));
        assertEquals(5, lines.size());
        assertTrue(lines.get(4).endsWith("p.Cold.wait"), lines.get(4));
    }

    @Test
    void before_the_first_reading_it_says_it_waits() {
        List<String> lines = text(new LiveScreen("t").lines(LiveUnit.HITS, null, LiveSort.OWN, "", false, 80, 24));
        assertEquals("waiting for the first hits...", lines.get(1));
        assertEquals(4, lines.size());
        lines = text(new LiveScreen("t").lines(null, null, LiveSort.OWN, "", false, 80, 24));
        assertEquals("waiting for the program to start...", lines.get(1));
    }
}
