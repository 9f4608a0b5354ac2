package workbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A measurement taken in the caller's thread would wait for itself forever: the timeout makes that a failure. */
@Timeout(60)
class BackgroundMeasurementTest {

    @Test
    void the_program_starts_while_the_measurement_runs_and_the_first_write_waits_for_it() throws Exception {
        CountDownLatch programStarted = new CountDownLatch(1);
        AtomicReference<Thread> measuredOn = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        BackgroundMeasurement<String> m = BackgroundMeasurement.start("workbench-agent-test", () -> {
            measuredOn.set(Thread.currentThread());
            runs.incrementAndGet();
            try {
                programStarted.await(); // finishes only after start() has returned: start never waits for it
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return "42 ns";
        });
        programStarted.countDown();
        assertEquals("42 ns", m.get());
        assertEquals("42 ns", m.get());
        assertEquals(1, runs.get(), "measured once, however often it is read");
        assertNotEquals(Thread.currentThread(), measuredOn.get());
        assertEquals("workbench-agent-test", measuredOn.get().getName());
        assertTrue(measuredOn.get().isDaemon(), "it must never keep the program's JVM alive");
    }

    @Test
    void a_measurement_whose_thread_died_is_taken_again_by_the_reader() {
        AtomicInteger runs = new AtomicInteger();
        BackgroundMeasurement<String> m = BackgroundMeasurement.start("workbench-agent-test", () -> {
            if (runs.incrementAndGet() == 1) throw new OutOfMemoryError("test: the thread's measurement dies");
            return "taken by " + Thread.currentThread().getName();
        });
        assertEquals("taken by " + Thread.currentThread().getName(), m.get());
        assertEquals(2, runs.get());
    }

    @Test
    void an_interrupted_reader_still_gets_the_figures_and_keeps_its_interrupt() {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundMeasurement<String> m = BackgroundMeasurement.start("workbench-agent-test", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return "done";
        });
        Thread.currentThread().interrupt(); // e.g. a dump on a thread that was interrupted
        Thread releaser = new Thread(release::countDown);
        releaser.start();
        try {
            assertEquals("done", m.get());
            assertTrue(Thread.interrupted(), "the interrupt is given back (and cleared here)");
        } finally {
            Thread.interrupted();
        }
    }
}
