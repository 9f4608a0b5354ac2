package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.OverheadStudy;
import workbench.store.ProfileStore;
import workbench.store.RunResolver;

/** A small real study: its table's structure, the save, and stats printing the same bytes. */
class OverheadIT {

    @TempDir
    Path dir;

    private static final List<String> ROWS = List.of("plain", "deterministic", "deterministic hybrid",
            "sampling async 10ms", "line exact", "reference (async 10ms c1)");

    @Test
    void a_small_study_prints_every_configuration_saves_and_stats_prints_the_same_bytes() {
        // n=50000 runs the workload about 0.1 s, so the reference's 10 ms samples land on confidenceInterval's lines
        // in every run; at 2000 it took 2 samples a run, and a slow machine once left both in start-up (no line
        // section then: its shares are the reference's)
        Cli.Result r = Cli.run("overhead", "--profiles", dir.toString(), "--repeat", "2", "--modes",
                "deterministic,hybrid,async-10ms,line-exact", "50000");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("overhead of each profiler: boxed n=50000 10x4, 2 run(s) per configuration,"
                + " order seed 1"), r.out());
        for (String row : ROWS) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(row + " ") && l.matches(".* 2 +[0-9.]+ +[0-9.]+x "
                    + "\\[[0-9.]+, [0-9.]+\\].*")), row + " in\n" + r.out());
        }
        assertTrue(r.out().contains("\ndistortion: each function's share"), r.out());
        // the hybrid's cost is per counted call, and its sampled times rank the functions beside the others
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("deterministic hybrid ") && l.matches(".* [0-9]+ +(in"
                + " noise|-?[0-9.]+ [nu]s/call)$")), r.out());
        String header = lines.stream().filter(l -> l.startsWith("function ")).findFirst().orElseThrow();
        assertTrue(header.contains(" hybrid"), header);
        String tau = lines.stream().filter(l -> l.startsWith("tau vs reference")).findFirst().orElseThrow();
        List<String> cells = List.of(tau.substring(34).trim().split(" +"));
        List<String> names = List.of(header.substring(34).trim().split(" +"));
        assertTrue(cells.get(names.indexOf("hybrid")).matches("-?[01]\\.[0-9]{2}"), tau);
        assertTrue(r.out().contains("\ndistortion: each line's share of confidenceInterval"), r.out());
        assertTrue(r.out().contains("\nsummary:\n- Cheapest profiler here: "), r.out());
        assertTrue(r.err().contains("workbench: 12/12 "), r.err());

        ProfileStore store = new ProfileStore(dir);
        OverheadStudy study = new RunResolver(store).study("last").orElseThrow();
        assertEquals(12, study.runs().size());
        Set<OverheadStudy.Slot> slots = new HashSet<>(study.order());
        assertEquals(12, slots.size());
        for (String row : ROWS) for (int k = 1; k <= 2; k++) assertTrue(slots.contains(new OverheadStudy.Slot(row, k)));
        // the children ran in the recorded order
        for (int i = 0; i < 12; i++) assertEquals(study.order().get(i).config(), study.runs().get(i).config());

        Cli.Result stats = Cli.run("stats", "--profiles", dir.toString(), study.id());
        assertEquals(0, stats.code(), stats.err());
        assertEquals(r.out(), stats.out());
        Cli.Result runs = Cli.run("runs", "--profiles", dir.toString());
        assertTrue(runs.out().lines().anyMatch(l -> l.startsWith(study.id()) && l.contains(" overhead ")), runs.out());
    }

    @Test
    void max_runs_keeps_a_partial_study_that_stats_prints() {
        Cli.Result r = Cli.run("overhead", "--profiles", dir.toString(), "--repeat", "2", "--modes", "line-hits",
                "--max-runs", "3", "--name", "part", "2000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("PARTIAL: 3 of 6 children ran"), r.out());
        assertTrue(r.err().contains(", partial"), r.err());
        assertEquals(r.out(), Cli.run("stats", "--profiles", dir.toString(), "part").out());
    }

    @Test
    void an_unknown_mode_is_one_line_and_exit_2_before_any_child() {
        Cli.Result r = Cli.run("overhead", "--profiles", dir.toString(), "--modes", "nonsense", "2000");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("workbench: unknown mode 'nonsense' for --modes"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
