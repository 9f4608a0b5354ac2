package workbench.agent;

/**
 * Stops a profiled JVM whose workbench is gone: a Java agent of its own ({@code -javaagent:watch.jar=PID}, every
 * mode, sampling included, where no agent of ours runs otherwise) with one daemon thread that checks, twice a
 * second, whether the workbench process is alive. A workbench killed with SIGKILL cannot stop its child itself, and
 * a child left running would go on writing to the user's terminal, holding files and CPU, with nobody to read its
 * profile.
 *
 * <p>The workbench's pid is given explicitly rather than read from {@link ProcessHandle#parent()}: an orphan is
 * reparented to init (or a subreaper) at once, and its new parent would be watched instead. A held
 * {@link ProcessHandle} also knows its process's start time, so a pid reused by a new process counts as gone.
 *
 * <p>When the workbench is gone the program is stopped as a SIGTERM would stop it: {@link System#exit} runs its
 * shutdown hooks, so a profiling agent still writes what it has; a hook that hangs is cut short by a halt after
 * {@link #GRACE_MILLIS}. This class uses nothing but {@code java.*}: it is the only class of its jar.
 */
public final class ParentWatch extends Thread {

    /** The thread's name, which a sampled profile leaves out as it leaves out the JVM's own threads. */
    public static final String THREAD = "workbench-parent-watch";
    /** The exit code of a program stopped because its workbench is gone: SIGTERM's, as a shell reports it. */
    static final int EXIT_CODE = 143;
    private static final long PERIOD_MILLIS = 500;
    private static final long GRACE_MILLIS = 30_000;

    private final long pid;
    /** Whether this thread is the one that halts a program whose shutdown hooks hang. */
    private final boolean halt;

    // A thread subclass rather than a lambda: the first lambda of a JVM costs milliseconds of start-up, which a
    // program that uses none would pay for a watch it never sees. For the same reason the process API (whose
    // set-up makes lambdas and a thread pool) is first touched on this thread, beside the program's start.
    private ParentWatch(long pid, boolean halt) {
        super(halt ? THREAD + "-halt" : THREAD);
        this.pid = pid;
        this.halt = halt;
        setDaemon(true);
    }

    /**
     * @param options the workbench's pid
     */
    public static void premain(String options) {
        long pid;
        try {
            pid = Long.parseLong(options == null ? "" : options.trim());
        } catch (NumberFormatException e) {
            System.err.println("workbench watch: expected the workbench's pid, got '" + options + "'; not watching");
            return;
        }
        new ParentWatch(pid, false).start();
    }

    @Override
    public void run() {
        if (halt) {
            sleepQuietly(GRACE_MILLIS);
            Runtime.getRuntime().halt(EXIT_CODE);
            return;
        }
        // held, the handle knows its process's start time: a new process under the same pid is not it
        ProcessHandle parent = ProcessHandle.of(pid).orElse(null);
        while (parent != null && parent.isAlive()) {
            if (!sleepQuietly(PERIOD_MILLIS)) return;
        }
        System.err.println("workbench watch: the workbench (pid " + pid + ") is gone; stopping the program");
        new ParentWatch(pid, true).start();
        System.exit(EXIT_CODE);
    }

    /** @return false when interrupted */
    private static boolean sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
