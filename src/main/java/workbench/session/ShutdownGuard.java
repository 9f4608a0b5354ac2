package workbench.session;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a profile when the user presses Ctrl-C (or the workbench gets SIGTERM): a shutdown hook that tells the
 * session, then holds the JVM's exit until the session has read and saved what was recorded (at most
 * {@link #GRACE}). The JVM keeps running its other threads while hooks run; only the halt waits.
 */
public final class ShutdownGuard implements AutoCloseable {

    /** The longest the exit waits for the save: a stuck save must not keep a Ctrl-C from working. */
    static final Duration GRACE = Duration.ofSeconds(60);

    /** Whether any guard's hook has run: the JVM is stopping, and a run read now was cut short by it. */
    private static volatile boolean stopping;

    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    /** @return a guard that only holds the exit: what a command wraps around a run and the printing of its table */
    public static ShutdownGuard hold() {
        return new ShutdownGuard(() -> { });
    }

    /** @param onInterrupt run first in the hook (stop what records), then the hook waits for {@link #close} */
    ShutdownGuard(Runnable onInterrupt) {
        hook = new Thread(() -> {
            stopping = true;
            interrupted.countDown();
            onInterrupt.run();
            try {
                done.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "workbench-keep-profile");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** @return whether a guard saw the JVM begin to shut down (Ctrl-C, SIGTERM): a run read now was cut short */
    static boolean stopping() {
        return stopping;
    }

    /** @return whether the JVM has begun to shut down (Ctrl-C): start nothing new */
    boolean interrupted() {
        return interrupted.getCount() == 0;
    }

    /**
     * @param limit the longest to wait
     * @return {@code true} when the JVM began to shut down before the limit
     * @throws InterruptedException when this thread is interrupted
     */
    boolean awaitInterrupt(Duration limit) throws InterruptedException {
        return interrupted.await(limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The profile is saved (or lost for good): the JVM may exit. */
    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and returns now
        }
    }
}
