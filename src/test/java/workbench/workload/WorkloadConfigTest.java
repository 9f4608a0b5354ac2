package workbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The child JVM gets its configuration as arguments: they must parse back to exactly what was meant. */
class WorkloadConfigTest {

    @Test
    void argumentsRoundTrip() {
        WorkloadConfig c = new WorkloadConfig(100_000, 1000, 4, 1e-17, Variant.TWO_LINE, -42L, null);
        assertEquals(List.of("100000", "1000", "4", "1.0E-17", "two-line", "-42"), c.toArgs());
        assertEquals(c, WorkloadConfig.fromArgs(c.toArgs().toArray(new String[0])));
        for (Variant v : Variant.values()) {
            WorkloadConfig d = new WorkloadConfig(7, 2, 1, 0.1, v, Long.MAX_VALUE, Path.of("data.csv"));
            WorkloadConfig back = WorkloadConfig.fromArgs(d.toArgs().toArray(new String[0]));
            assertEquals(Path.of("data.csv").toAbsolutePath(), back.dataFile());
            assertEquals(v, back.variant());
            assertEquals(Long.MAX_VALUE, back.seed());
        }
    }

    @Test
    void variantNamesAreTheCommandLineNames() {
        List<String> names = new ArrayList<>();
        for (Variant v : Variant.values()) {
            names.add(v.cliName());
            assertEquals(v, Variant.fromCliName(v.cliName()));
        }
        assertEquals(List.of("boxed", "two-line", "fused", "primitive", "parallel"), names);
    }

    @Test
    void workloadRunReportsEveryRunWithTheDocumentsFields() {
        WorkloadConfig c = new WorkloadConfig(300, 20, 3, 0.05, Variant.PRIMITIVE, 5, null);
        List<Interval> seen = new ArrayList<>();
        List<Integer> runs = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        long before = System.nanoTime();
        Workload.run(c, (run, iv, nanos) -> {
            runs.add(run);
            seen.add(iv);
            times.add(nanos);
        });
        long outside = System.nanoTime() - before;
        // each run's own time is positive and together they fit inside the call that made them
        assertTrue(times.stream().allMatch(t -> t > 0), times.toString());
        assertTrue(times.stream().mapToLong(Long::longValue).sum() <= outside, times + " of " + outside);
        assertEquals(List.of(0, 1, 2), runs);
        double mean = PrimitiveBootstrap.mean(Data.generate(300, 5));
        for (Interval iv : seen) {
            assertEquals(300, iv.num());
            assertEquals(mean, iv.value());
        }
    }
}
