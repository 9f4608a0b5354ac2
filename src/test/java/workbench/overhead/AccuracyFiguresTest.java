package workbench.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.AccuracyRun;
import workbench.model.AccuracyStudy;
import workbench.model.JvmInfo;
import workbench.model.Target;
import workbench.store.ProfileStore;
import workbench.store.StoreException;

/** The accuracy study's figures on runs with a known answer, its table, and its save. */
public class AccuracyFiguresTest {

    @TempDir
    Path dir;

    private static final List<String> CONFIGS = List.of("deterministic", "sampling async 1ms", "sampling jfr 1ms");

    /**
     * Five runs a side: the base time per function varies run to run by a few ms; with the delay (100 ms of CPU)
     * the deterministic mode adds all of it to {@code A.f}, async 90 % (10 % to the caller {@code A.main}), JFR
     * half (half to {@code B.g}, not related).
     */
    public static AccuracyStudy study() {
        double[][] split = {{1.0, 0, 0}, {0.9, 0.1, 0}, {0.5, 0, 0.5}};
        List<AccuracyRun> runs = new ArrayList<>();
        for (int c = 0; c < CONFIGS.size(); c++) {
            for (int k = 1; k <= 5; k++) {
                double noise = (k - 3) * 1e6;
                for (boolean with : new boolean[] {false, true}) {
                    double d = with ? 100e6 : 0;
                    runs.add(new AccuracyRun(CONFIGS.get(c), k, with, 1_000_000_000L, with ? 1000 : 0,
                            with ? 100_000_000L : 0, with ? 120_000_000L : 0, Map.of("A.f", 50e6 + noise
                            + d * split[c][0], "A.main", 20e6 + d * split[c][1], "B.g", 30e6 - noise
                            + d * split[c][2]), 1_300_000_000L));
                }
            }
        }
        List<workbench.model.OverheadStudy.Slot> order = StudyOrder.shuffled(CONFIGS, 10, 7);
        return new AccuracyStudy("20261206-120000-accuracy", "", new Target("A", List.of(), Map.of()),
                new JvmInfo("17", "vm", "Linux", "host", 2), "2026-12-06T12:00:00Z", "A.f", "A.f", "100us",
                100_000, 5, 7, CONFIGS, order, runs, Map.of("A.main", "caller"), List.of());
    }

    @Test
    void each_configuration_gets_the_share_it_put_on_the_method_and_where_the_rest_went() {
        AccuracyFigures f = AccuracyFigures.of(study());
        assertEquals(3, f.rows().size());
        AccuracyFigures.Row det = f.rows().get(0);
        assertEquals(1.0, det.onMethod().value(), 1e-9);
        assertTrue(det.onMethod().contains(1.0));
        assertEquals(100 / 120.0, det.onMethodWall().value(), 1e-9);
        assertEquals(1.0, det.seen().value(), 1e-9);
        AccuracyFigures.Row async = f.rows().get(1);
        assertEquals(0.9, async.onMethod().value(), 1e-9);
        assertEquals("A.main", async.elsewhere().get(0).function());
        assertEquals("caller", async.elsewhere().get(0).relation());
        assertEquals(0.1, async.elsewhere().get(0).share().value(), 1e-9);
        AccuracyFigures.Row jfr = f.rows().get(2);
        assertEquals(0.5, jfr.onMethod().value(), 1e-9);
        assertEquals("B.g", jfr.elsewhere().get(0).function());
        assertEquals("other", jfr.elsewhere().get(0).relation());
        // the noise (±2 ms on 100 ms) is in the interval, and 100 % is outside JFR's
        assertTrue(jfr.onMethod().lower() < 0.5 && jfr.onMethod().upper() > 0.5 && jfr.onMethod().upper() < 1);
    }

    @Test
    void the_summary_names_the_best_and_the_worst_configuration_from_the_figures() {
        AccuracyStudy s = study();
        List<String> summary = AccuracyTable.summary(s, AccuracyFigures.of(s));
        assertEquals("of a delay of 100us in A.f, deterministic put 100 % on the right function; sampling jfr 1ms"
                + " put 50 % (the most of the rest, 50 %, to B.g, not a caller or callee)", summary.get(0));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("sampling jfr 1ms is off by more than its noise")),
                summary.toString());
    }

    /**
     * A delay of 100 ms at line 10 of {@code A.f}, five runs a side: line exact puts all of it on line 10, async
     * 70 % (20 % on line 11, its neighbour, 10 % on {@code B.g}).
     */
    public static AccuracyStudy lineStudy() {
        List<String> configs = List.of("line exact", "sampling async 1ms");
        double[][] split = {{1.0, 0, 0}, {0.7, 0.2, 0.1}};
        List<AccuracyRun> runs = new ArrayList<>();
        for (int c = 0; c < configs.size(); c++) {
            for (int k = 1; k <= 5; k++) {
                double noise = (k - 3) * 1e6;
                for (boolean with : new boolean[] {false, true}) {
                    double d = with ? 100e6 : 0;
                    runs.add(new AccuracyRun(configs.get(c), k, with, 1_000_000_000L, with ? 1000 : 0,
                            with ? 100_000_000L : 0, with ? 100_000_000L : 0, Map.of("A.f:10", 50e6 + noise
                            + d * split[c][0], "A.f:11", 50e6 - noise + d * split[c][1], "A.f:12", 5e6,
                            "B.g", 30e6 + d * split[c][2]), 1_300_000_000L));
                }
            }
        }
        return new AccuracyStudy("20261206-120000-accuracy", "", new Target("A", List.of(), Map.of()),
                new JvmInfo("17", "vm", "Linux", "host", 2), "2026-12-06T12:00:00Z", "A.f", "A.f:10", "100us",
                100_000, 5, 7, configs, StudyOrder.shuffled(configs, 10, 7), runs, Map.of(), List.of());
    }

    @Test
    void a_line_study_judges_the_injected_line_and_sums_what_went_to_its_neighbours() {
        AccuracyStudy s = lineStudy();
        assertEquals("A.f:10", s.judged());
        AccuracyFigures f = AccuracyFigures.of(s);
        AccuracyFigures.Row exact = f.rows().get(0);
        assertEquals(1.0, exact.onMethod().value(), 1e-9);
        assertEquals(0.0, exact.neighbours().value(), 1e-9);
        AccuracyFigures.Row async = f.rows().get(1);
        assertEquals(0.7, async.onMethod().value(), 1e-9);
        assertEquals(0.2, async.neighbours().value(), 1e-9);
        assertTrue(async.neighbours().lower() <= 0.2 && async.neighbours().upper() >= 0.2);
        assertEquals("A.f:11", async.elsewhere().get(0).function());
        assertEquals("neighbour", async.elsewhere().get(0).relation());
        assertEquals("B.g", async.elsewhere().get(1).function());
        assertEquals("other", async.elsewhere().get(1).relation());
        assertEquals("of a delay of 100us in A.f:10, line exact put 100 % on the right line; sampling async 1ms put"
                + " 70 % (the most of the rest, 20 %, to A.f:11, a line next to it)",
                AccuracyTable.summary(s, f).get(0));
        String table = printed(s);
        assertTrue(table.contains(" next lines "), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("sampling async 1ms") && l.contains(" 20 % ")), table);
        // a method study's table has no such column
        assertTrue(!printed(study()).contains("next lines"));
        assertTrue(AccuracyFigures.of(study()).rows().stream().noneMatch(r -> r.neighbours().isKnown()));
    }

    @Test
    void a_saved_study_loads_back_equal_prints_the_same_and_is_no_run_set() {
        ProfileStore store = new ProfileStore(dir);
        AccuracyStudy s = study();
        Path file = store.save(s);
        AccuracyStudy back = store.accuracy(file).orElseThrow();
        assertEquals(s, back);
        assertEquals(printed(s), printed(back));
        assertTrue(store.study(file).isEmpty());
        assertThrows(StoreException.class, () -> store.load(file));
    }

    private static String printed(AccuracyStudy s) {
        StringWriter w = new StringWriter();
        AccuracyTable.print(s, new PrintWriter(w));
        return w.toString();
    }
}
