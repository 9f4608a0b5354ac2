package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.FunctionStats;
import workbench.session.ChildJvm;
import workbench.validation.targets.Timing;
import workbench.workload.Data;

/** Times and the workload: generous ratios only, and the workload's exact RNG call count. */
class TraceTimingIT {

    @TempDir
    Path work;

    @Test
    void a_method_doing_twice_the_work_gets_twice_the_tottime() throws IOException {
        TracedRun run = TracedRun.run(work, Timing.class);
        FunctionStats fast = run.function("Timing.fast");
        FunctionStats slow = run.function("Timing.slow");
        assertEquals(35, fast.calls());
        assertEquals(35, slow.calls());
        // the work is in spin(), called from both: compare the edges' cumulative times, and the callers' totals
        double ratio = (double) slow.cumulativeNanos() / fast.cumulativeNanos();
        assertTrue(ratio > 1.6 && ratio < 2.4, "slow/fast cumulative ratio " + ratio);
        FunctionStats spin = run.function("Timing.spin");
        long fromSlow = 0;
        long fromFast = 0;
        for (FunctionStats.CallerStats c : spin.callers()) {
            if (c.caller().function().equals("Timing.slow")) fromSlow = c.totalNanos();
            if (c.caller().function().equals("Timing.fast")) fromFast = c.totalNanos();
        }
        double edgeRatio = (double) fromSlow / fromFast;
        assertTrue(edgeRatio > 1.6 && edgeRatio < 2.4, "spin tottime from slow/from fast " + edgeRatio);
    }

    @Test
    void calibrated_tottime_adds_up_to_the_profiled_wall_time() throws IOException {
        TracedRun run = TracedRun.run(work, Timing.class);
        Matcher m = Pattern.compile("wall (\\d+)").matcher(run.stdout);
        assertTrue(m.find(), run.stdout);
        long wall = Long.parseLong(m.group(1));
        long sum = run.profile.threads().stream().filter(t -> t.thread().equals("main"))
                .flatMap(t -> t.functions().stream()).mapToLong(FunctionStats::totalNanos).sum();
        long raw = run.raw.threads().stream().filter(t -> t.thread().equals("main"))
                .flatMap(t -> t.functions().stream()).mapToLong(FunctionStats::totalNanos).sum();
        assertTrue(Math.abs(sum - wall) < 0.10 * wall, "sum of tottime " + sum + " ns, wall " + wall + " ns");
        assertTrue(raw > sum, "raw " + raw + " must exceed calibrated " + sum);
        assertTrue(run.profile.overheadNanosPerCall() > 0);
    }

    @Test
    void boxed_workload_calls_randint_once_per_value_and_per_resampled_element() throws IOException {
        TracedRun run = TracedRun.run(ChildJvm.sameJava(), work, workbench.workload.Main.class, List.of(), List.of(),
                "1000", "10", "4", "0.05", "boxed", "1");
        assertEquals(1000 + 4 * 10 * 1000, run.function("Data.randint").calls());
        assertEquals(1000 + 4 * 10 * 1000, run.function("{java.util.Random.nextInt}").calls());
        assertEquals(4, run.function("BoxedBootstrap.confidenceInterval").calls());
        assertEquals(4 * 10 * 1000, run.edgeCalls("BoxedBootstrap.confidenceInterval", "Data.randint"));
        assertEquals(1000, run.edgeCalls("Data.generate", "Data.randint"));
        assertTrue(Data.class.getName().startsWith("workbench.workload"));
    }
}
