package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import workbench.store.ProfileStore;
import workbench.store.RunResolver;

/** A tiny real sweep: its table, the chart file, the save, and stats printing the same bytes. */
class SweepIT {

    @TempDir
    Path dir;

    @Test
    void a_tiny_sweep_prints_the_grid_draws_it_saves_it_and_stats_prints_the_same_bytes() throws Exception {
        Path chart = dir.resolve("chart.svg");
        Cli.Result r = Cli.run("sweep", "--profiles", dir.resolve("p").toString(), "--sizes", "1000,4000",
                "--iterations", "10", "--repeat", "2", "--modes", "plain", "-o", chart.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("sweep: sweep n=1000..4000 it=10 boxed plain, 4 run(s) in each child,"
                + " 2 child(ren) per point, order seed 1"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches(" *1000 +10  [0-9.e-]+ \\[[0-9.e-]+, [0-9.e-]+\\]")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches(" *4000 +10  [0-9.e-]+ \\[[0-9.e-]+, [0-9.e-]+\\]")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("boxed plain  k = -?[0-9.]+ \\[-?[0-9.]+, -?[0-9.]+\\]")),
                r.out());
        assertTrue(r.err().contains("workbench: 4/4 boxed plain n="), r.err());
        assertTrue(r.err().contains("; chart " + chart), r.err());

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertEquals("svg", f.newDocumentBuilder().parse(chart.toFile()).getDocumentElement().getTagName());

        ProfileStore store = new ProfileStore(dir.resolve("p"));
        SweepStudy sweep = new RunResolver(store).sweep("last").orElseThrow();
        assertEquals(4, sweep.runs().size());
        for (int i = 0; i < 4; i++) assertEquals(sweep.order().get(i).config(), sweep.runs().get(i).point().key());
        for (SweepRun run : sweep.runs()) {
            assertTrue(run.ownNanos() > 0 && run.ownNanos() < run.wallNanos(), run.toString());
            assertTrue(run.peakHeapBytes() > 1 << 20, run.toString()); // the child reported its heap
        }
        Cli.Result stats = Cli.run("stats", "--profiles", dir.resolve("p").toString(), sweep.id());
        assertEquals(0, stats.code(), stats.err());
        assertEquals(r.out(), stats.out());
        Cli.Result runs = Cli.run("runs", "--profiles", dir.resolve("p").toString());
        assertTrue(runs.out().lines().anyMatch(l -> l.startsWith(sweep.id()) && l.contains(" sweep ")), runs.out());
        Cli.Result compare = Cli.run("compare", "--profiles", dir.resolve("p").toString(), sweep.id(), sweep.id());
        assertEquals(2, compare.code(), compare.err()); // a sweep is not a run set: one line, not a stack trace
        assertEquals(1, compare.err().lines().count(), compare.err());
        assertTrue(Files.size(chart) > 1000);
    }
}
