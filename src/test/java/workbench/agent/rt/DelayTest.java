package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** The truth the accuracy study judges profilers against: the delays' own record, checked against the CPU's. */
class DelayTest {

    @Test
    void the_recorded_delay_is_the_threads_cpu_time_and_the_delay_asked() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        long perCall = 0;
        // the loop's speed on a CPU shared with other work (another vCPU's load, the host's) drifts between a
        // calibration and a later measure, by 12 % seen under a parallel build: each round calibrates afresh and is
        // measured at once, and the best of several rounds is the delay's own agreement with the CPU clock
        for (int round = 0; round < 9; round++) {
            Delay.calibrate();
            long calls = Delay.calls();
            long nanos = Delay.nanos();
            long cpu = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 10_000; i++) Delay.spin(2_000);
            cpu = mx.getCurrentThreadCpuTime() - cpu;
            assertEquals(calls + 10_000, Delay.calls());
            long spent = Delay.nanos() - nanos;
            best = Math.min(best, Math.abs(spent / (double) cpu - 1));
            perCall = spent / 10_000;
        }
        assertTrue(best < 0.05, "recorded delays and thread CPU time differ by " + best);
        assertTrue(perCall >= 1_900 && perCall < 2_600, "a 2 us delay took " + perCall + " ns");
    }
}
