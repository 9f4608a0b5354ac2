package workbench.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void the_calibrating_thread_records_nothing_in_the_real_traces() {
        Thread me = Thread.currentThread();
        long before = Tracer.traces().stream().filter(t -> t.thread == me).count();
        Calibration.measure(0);
        assertEquals(before, Tracer.traces().stream().filter(t -> t.thread == me).count());
    }

    /**
     * An instrumented method finds its trace through {@link ThreadTable#slots} once per call. Measured through a
     * thread local looked up at both probes, as calibration once did, a method's probe cost about 75 ns against 55 for
     * the call-site probe on the same machine, and every caller of an instrumented method lost the difference from its
     * own time. The two paths differ by the slot lookup and the frame (a call site pushes none unless its call calls
     * back, and adds to its site's counts: about 38 ns, its two clock readings and little more, against 55 for a
     * method here), so their costs stay within a ratio (1.45 here) that the thread local's (75 against 38) exceeds.
     */
    @Test
    void a_methods_probe_costs_about_what_a_call_sites_does() {
        Calibration c = Calibration.measure(0);
        double call = c.inside() + c.outsideCall();
        double method = c.inside() + c.outsideMethod();
        assertTrue(c.inside() > 0 && call > 0, c.inside() + " ns inside, " + call + " ns a call site");
        assertTrue(method < 1.75 * call, method + " ns a method against " + call + " ns a call site");
        assertTrue(c.rounds() >= 24 && c.rounds() <= 80, c.rounds() + " rounds");
    }

    /** The printed cost of a clock reading: measured here the same way, by hand, the least of many short rounds. */
    @Test
    void a_clock_reading_costs_what_a_loop_of_them_says() {
        double byHand = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < 200; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 5_000; i++) sink += System.nanoTime();
            byHand = Math.min(byHand, (System.nanoTime() - start) / 5_000.0);
        }
        double measured = Calibration.measure(0).clockRead();
        assertTrue(measured > 0.5 * byHand && measured < 2 * byHand,
                measured + " ns a reading, by hand " + byHand + " ns" + (sink == 42 ? "" : ""));
    }
}
