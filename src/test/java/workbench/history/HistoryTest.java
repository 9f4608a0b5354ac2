package workbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import workbench.model.RunSet;

/** The history of a function: its shares read by identity, the change point found where the step is, none when flat. */
class HistoryTest {

    @Test
    void a_step_is_flagged_at_the_first_set_after_it() {
        for (int step : new int[] {2, 4, 6}) {
            History h = History.of(Stores.series(step), Selector.function("Data.randint"));
            Optional<ChangePoint> cp = ChangePoint.find(h.shares());
            assertTrue(cp.isPresent(), "step at " + step);
            assertEquals(step, cp.get().index());
            assertEquals("regressed", cp.get().word());
        }
    }

    @Test
    void a_drop_is_improved() {
        List<RunSet> up = Stores.series(3);
        List<RunSet> down = new java.util.ArrayList<>(up);
        java.util.Collections.reverse(down);
        assertEquals("improved", ChangePoint.find(History.of(down, Selector.function("randint")).shares())
                .orElseThrow().word());
    }

    @Test
    void a_flat_series_flags_nothing() {
        History h = History.of(Stores.series(-1), Selector.function("workbench.workload.Data.randint"));
        assertTrue(ChangePoint.find(h.shares()).isEmpty());
        StringWriter w = new StringWriter();
        HistoryTable.print(h, "boxed n=100000 10x4", new PrintWriter(w));
        assertTrue(w.toString().contains("no change point"), w.toString());
        assertTrue(!w.toString().contains("<- "), w.toString());
    }

    @Test
    void shares_and_seconds_are_read_per_run() {
        History h = History.of(Stores.series(4), Selector.function("Data.randint"));
        assertEquals(8, h.entries().size());
        assertEquals(0.20, h.entries().get(5).share()[0], 0.003);
        assertEquals(0.10, h.entries().get(0).seconds()[0], 0.003);
        assertEquals(1.0, h.entries().get(0).total()[0], 1e-9);
        StringWriter w = new StringWriter();
        HistoryTable.print(h, "boxed n=100000 10x4", new PrintWriter(w));
        String out = w.toString();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("20261105-060000-deterministic") && l.endsWith("<- regressed")),
                out);
        assertTrue(out.contains("change point: regressed from 20261105-060000-deterministic on: share 10.0% -> 20."),
                out);
    }

    @Test
    void unknown_and_ambiguous_rows_are_refused() {
        List<RunSet> sets = Stores.series(-1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> History.of(sets, Selector.function("nosuch")));
        assertTrue(e.getMessage().startsWith("no function 'nosuch' in the 8 run set(s)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> History.of(sets, Selector.line("Data.java:23")));
        assertThrows(IllegalArgumentException.class, () -> Selector.line("Data.java"));
    }
}
