package workbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.ClockInfo;
import workbench.model.JvmInfo;
import workbench.model.Mode;
import workbench.model.RunInfo;
import workbench.model.Target;
import workbench.model.WarmupSetting;

class ComparabilityTest {

    @Test
    void runs_made_alike_compare_without_a_word() {
        RunInfo a = run(Map.of("calibrated", "true", "clock", "wall"), "17.0.15");
        assertEquals(new Comparability(List.of(), List.of()), Comparability.of(a, a));
    }

    /** With and without the cold first runs a function's time is not the same quantity: refused, named. */
    @Test
    void a_warm_up_left_out_on_one_side_only_is_refused() {
        RunInfo cold = run(Map.of("calibrated", "true"), "17.0.15");
        RunInfo warm = run(Map.of("calibrated", "true", WarmupSetting.RUNS, "2",
                WarmupSetting.AT, "workbench.workload.Workload.run"), "17.0.15");
        assertEquals(List.of("warm-up runs left out (none) -> 2", "warm-up ends at (none) -> workbench.workload.Workload.run"),
                Comparability.of(cold, warm).refusals());
        RunInfo warmer = run(Map.of("calibrated", "true", WarmupSetting.RUNS, "3",
                WarmupSetting.AT, "workbench.workload.Workload.run"), "17.0.15");
        assertEquals(List.of("warm-up runs left out 2 -> 3"), Comparability.of(warm, warmer).refusals());
    }

    @Test
    void another_clock_is_refused_and_another_jdk_only_named() {
        Comparability c = Comparability.of(run(Map.of("clock", "wall"), "17.0.15"), run(Map.of("clock", "cpu"), "25.0.3"));
        assertEquals(List.of("clock wall -> cpu"), c.refusals());
        assertEquals(List.of("JDK 17.0.15 -> 25.0.3"), c.warnings());
    }

    private static RunInfo run(Map<String, String> settings, String jdk) {
        return new RunInfo("id", "", Mode.DETERMINISTIC, new Target("demo.Main", List.of(), Map.of()), settings,
                List.of(), "2026-12-06T00:00:00Z", List.of("java"), new JvmInfo(jdk, "vm", "Linux", "h", 2),
                new ClockInfo("tsc", 20), 1_000_000, List.of(1_000L), 0, false);
    }
}
