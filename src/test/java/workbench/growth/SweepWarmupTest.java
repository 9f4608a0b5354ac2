package workbench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.SweepPoint;
import workbench.model.SweepStudy;
import workbench.store.ProfileStore;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/** A sweep's warm-up: the same work at every point, said in the table and the JSON, kept by the store. */
class SweepWarmupTest {

    @TempDir
    Path dir;

    private static SweepStudy plan(int warmup) {
        SweepStudy s = SweepRunner.plan("20261206-000000-sweep", "", new WorkloadConfig(100, 5000, 4, 0.05,
                Variant.PRIMITIVE, 1, null), List.of(100), List.of(5000, 20000, 80000, 320000), List.of("primitive"),
                List.of("deterministic", "plain"), 3, 1, List.of());
        return SweepRunner.withWarmup(s, warmup, null);
    }

    @Test
    void every_point_warms_up_on_the_work_of_the_largest_points_runs() {
        SweepStudy s = plan(2);
        assertEquals(List.of(128, 32, 8, 2), s.points().stream().filter(p -> p.mode().equals("deterministic"))
                .map(p -> SweepRunner.warmupRuns(s, p)).toList());
        SweepPoint tiny = new SweepPoint("primitive", "deterministic", 1, 1);
        SweepStudy wide = SweepRunner.withWarmup(SweepRunner.plan("20261206-000001-sweep", "", new WorkloadConfig(1,
                1, 4, 0.05, Variant.PRIMITIVE, 1, null), List.of(1, 1_000_000), List.of(1), List.of("primitive"),
                List.of("deterministic"), 1, 1, List.of()), 1, null);
        assertEquals(SweepRunner.MAX_WARMUP_RUNS, SweepRunner.warmupRuns(wide, tiny), "a million-fold range is capped");
    }

    @Test
    void the_table_and_the_json_say_the_warmup_and_the_store_keeps_it() throws Exception {
        SweepStudy s = plan(1);
        StringWriter table = new StringWriter();
        SweepTable.print(s, new PrintWriter(table, true));
        assertTrue(table.toString().contains("warm-up: each deterministic child first ran the work of 1 run(s) at the"
                + " largest point (1 to 64 runs a child), left out of its counts and own time (--warmup)"), table
                .toString());
        ProfileStore store = new ProfileStore(dir);
        String json = store.json().writeValueAsString(SweepGrowth.of(s));
        assertEquals(1, new ObjectMapper().readTree(json).get("warmup").asInt(), json);
        SweepStudy back = store.sweep(store.save(s)).orElseThrow();
        assertEquals(1, back.warmup());
        assertNull(back.warmupAt());
        assertNull(SweepTable.warmupLine(plan(0)), "no warm-up, no line");
    }
}
