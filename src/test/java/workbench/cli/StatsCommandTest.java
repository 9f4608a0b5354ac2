package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.Profile;
import workbench.model.RunInfo;
import workbench.model.RunSet;
import workbench.store.ProfileStore;
import workbench.store.SampleRuns;

/** {@code stats} prints a run's CPU time beside its wall time where the run recorded it, and nothing where not. */
class StatsCommandTest {

    @TempDir
    Path dir;

    private static Profile withCpu(String id, long cpuNanos) {
        RunInfo r = SampleRuns.profile(id, SampleRuns.functions()).run();
        return new Profile(new RunInfo(r.id(), r.name(), r.mode(), r.target(), r.settings(), r.notices(),
                r.startedAt(), r.command(), r.jvm(), r.clock(), r.wallNanos(), cpuNanos, r.runNanos(), r.exitCode(),
                r.timedOut(), null, null), SampleRuns.functions());
    }

    private Cli.Result stats(String id) {
        Cli.Result r = Cli.run("stats", "--profiles", dir.toString(), id);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void a_run_prints_its_process_times_under_its_table_and_a_set_its_median_cpu_time() {
        ProfileStore store = new ProfileStore(dir);
        store.save(withCpu("20261206-230000-deterministic", 870_000_000L));
        List<String> lines = stats("20261206-230000-deterministic").out().lines().toList();
        assertEquals("process: 1.235 s wall, 0.870 s CPU (user + system, from the kernel)", lines.get(lines.size() - 1));

        store.save(new RunSet("20261206-230100-deterministic", "", List.of(
                withCpu("20261206-230100-deterministic-1", 800_000_000L),
                withCpu("20261206-230100-deterministic-2", 900_000_000L))));
        String set = stats("20261206-230100-deterministic").out();
        assertTrue(set.contains("; own time 0.7 [0.7, 0.7] s; CPU time 0.85 [0.8, 0.9] s"), set);

        // a run saved before runs recorded their CPU time: its table as it printed then, nothing about the CPU
        store.save(SampleRuns.profile("20261206-230200-deterministic", SampleRuns.functions()));
        String old = stats("20261206-230200-deterministic").out();
        assertTrue(old.lines().noneMatch(l -> l.startsWith("process: ")), old);
    }
}
