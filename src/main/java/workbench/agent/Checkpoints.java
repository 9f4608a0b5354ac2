package workbench.agent;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what the mode has counted so far to the checkpoint file on a schedule, from a daemon thread, so that a JVM
 * that ends without running its shutdown hooks ({@code Runtime.halt}, SIGKILL, a crash) leaves its counts up to the
 * last checkpoint. Each write is atomic: a kill in the middle of one leaves the previous checkpoint whole.
 *
 * <p>The final write at shutdown ({@link #last}) stops the schedule, writes the output itself and removes the
 * checkpoint: a run that ended normally leaves one file, and its presence says the counts are complete.
 */
final class Checkpoints {

    private final AgentMode mode;
    private final Path output;
    private final Path checkpoint;
    private final long periodMillis;
    private final DumpReserve reserve;
    private boolean stopped;
    private boolean failureSaid;

    /**
     * @param mode         what is written
     * @param output       the raw file written at shutdown
     * @param periodMillis the period; 0 writes no checkpoints (only the last write)
     */
    Checkpoints(AgentMode mode, Path output, long periodMillis) {
        this.mode = mode;
        this.output = output;
        this.checkpoint = AgentOptions.checkpointFile(output.toString());
        this.periodMillis = periodMillis;
        this.reserve = new DumpReserve();
    }

    /** Starts the schedule (nothing when the period is 0), and has the reserve let go on an uncaught out of memory. */
    void start() {
        reserve.releaseOnOutOfMemory();
        if (periodMillis == 0) return;
        Thread t = new Thread(this::loop, "workbench-agent-checkpoint");
        t.setDaemon(true);
        t.start();
    }

    private void loop() {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        while (true) {
            synchronized (this) {
                try {
                    wait(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
                if (stopped) return;
                long before = threads == null ? 0 : threads.getCurrentThreadAllocatedBytes();
                try {
                    mode.write(checkpoint);
                } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    // the next checkpoint tries again; the previous one is still whole
                    if (!failureSaid) System.err.println("workbench agent: cannot write checkpoint " + checkpoint
                            + " (" + e + "); trying again every " + periodMillis + " ms");
                    failureSaid = true;
                    continue;
                }
                if (threads != null) reserve.fit(threads.getCurrentThreadAllocatedBytes() - before);
            }
        }
    }

    /** @return the JVM's per-thread allocation counter, or {@code null} on a JVM without one */
    private static com.sun.management.ThreadMXBean allocationCounter() {
        try {
            return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported() ? t : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * The last write, from the shutdown hook: the heap set aside is given back first (the program may have died of
     * {@code OutOfMemoryError}), the schedule stops (a checkpoint under way finishes first), the output is written and
     * the checkpoint removed. When the output cannot be written, the last checkpoint stays.
     */
    void last() {
        reserve.release();
        synchronized (this) {
            stopped = true;
            notifyAll();
            try {
                mode.write(output);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                System.err.println("workbench agent: cannot write " + output + " (" + e + ")"
                        + (Files.exists(checkpoint) ? "; the last checkpoint stays in " + checkpoint : ""));
                return;
            }
            try {
                Files.deleteIfExists(checkpoint);
            } catch (IOException e) {
                // a stale checkpoint beside a complete output is never read
            }
        }
    }
}
