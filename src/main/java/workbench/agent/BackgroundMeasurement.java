package workbench.agent;

import java.util.function.Supplier;

/**
 * A measurement of the probes' own cost, taken on a daemon thread of the agent's while the program starts, and read
 * only when a raw file is written. Taken in {@code premain} it held the program's {@code main} back by its whole
 * length (about 80 ms of the deterministic mode's calibration, on every run), though nothing reads it before the
 * first checkpoint. Its figures are the least of many short rounds, and a round that the program (or the compiler
 * working for it) interrupted only costs more, so sharing the machine with the program leaves them as they are.
 *
 * <p>If the thread could not finish (it is a daemon, so it never keeps the JVM alive; an {@link OutOfMemoryError} may
 * end it), the first reader measures on its own thread instead, as {@code premain} used to.
 *
 * @param <T> the figures measured
 */
final class BackgroundMeasurement<T> {

    private final Supplier<T> measure;
    private final Thread thread;
    private volatile T result;

    private BackgroundMeasurement(Supplier<T> measure, String name) {
        this.measure = measure;
        this.thread = new Thread(() -> {
            try {
                result = measure.get();
            } catch (RuntimeException | Error e) {
                // said nowhere: the program's stderr is not ours, and the reader measures again
            }
        }, name);
        thread.setDaemon(true);
    }

    /**
     * @param name    the thread's name, {@code workbench-agent-} and what it measures
     * @param measure the measurement: it must touch no counter of the program's threads
     * @return the measurement, started
     */
    static <T> BackgroundMeasurement<T> start(String name, Supplier<T> measure) {
        BackgroundMeasurement<T> m = new BackgroundMeasurement<>(measure, name);
        m.thread.start();
        return m;
    }

    /**
     * Waits for the measurement: at the first raw file's write it has long been done, unless the program ended
     * within its first tenth of a second.
     *
     * @return the figures
     */
    T get() {
        T r = result;
        if (r != null) return r;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the dump must still be written with its calibration; the flag is given back
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        synchronized (this) {
            if (result == null) result = measure.get(); // the thread died without a result
            return result;
        }
    }
}
