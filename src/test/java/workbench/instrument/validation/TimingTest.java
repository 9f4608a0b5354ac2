package workbench.instrument.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.agent.rt.LineCounters;

/** Exact timing charges each line its own time, and the calibration measures a plausible cost. */
class TimingTest extends LineValidationTestBase {

    /**
     * Wall-clock times on a shared machine: a preemption at the end of a spin lands on that line. Three attempts,
     * of which one must be within bounds, keep a correct program from failing on a busy machine.
     */
    @Test
    void a_line_spinning_twice_as_long_gets_twice_the_time() throws Exception {
        int shortLine = expectedHits(TimingTarget.class).keySet().iterator().next();
        List<String> attempts = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            Run run = run(TimingTarget.class, List.of("TimingTarget.lines"), true);
            assertEquals(expectedHits(TimingTarget.class), nonZero(run.hits()));
            long shortNanos = run.nanos().get(shortLine);
            long longNanos = run.nanos().get(shortLine + 1);
            double ratio = longNanos / (double) shortNanos;
            long floor = (long) (0.9 * (TimingTarget.ROUNDS + 1) * TimingTarget.SHORT_NANOS);
            assertTrue(shortNanos >= floor, "every call timed: " + shortNanos + " ns < " + floor + " ns");
            if (ratio > 1.6 && ratio < 2.4) return;
            attempts.add(String.format(java.util.Locale.ROOT, "%.3f", ratio) + " " + nonZero(run.nanos()));
        }
        throw new AssertionError("long/short line time ratio out of 2 +- 0.4 in every attempt: " + attempts);
    }

    @Test
    void calibration_measures_a_positive_cost_per_timed_line_start() {
        double ns = LineCounters.calibrate();
        assertTrue(ns > 0 && ns < 2_000, "calibrated " + ns + " ns per timed line start");
    }
}
