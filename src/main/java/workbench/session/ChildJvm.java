package workbench.session;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import workbench.agent.AgentJar;
import workbench.agent.ParentWatch;

/**
 * Starts the profiling target in a child JVM, so that the profiler's own start-up and the workbench's classes are not
 * in the profile, and waits for it.
 *
 * <p>A timeout first asks the child to stop (SIGTERM), which runs its shutdown hooks, so an agent still writes its
 * results; only a child that ignores that is killed. So does our own end: a shutdown hook stops the child, and a
 * child with {@link #watchParent} stops itself when we are killed outright.
 */
public final class ChildJvm {

    /**
     * What a finished child left.
     *
     * @param exitCode  its exit code
     * @param wallNanos its wall time, start to exit
     * @param timedOut  whether it was stopped at the time limit
     * @param command   its command line
     * @param cpuNanos  its user + system CPU time ({@link ChildCpu}), the processes it waited for included; -1 where
     *                  unknown
     */
    public record Result(int exitCode, long wallNanos, boolean timedOut, List<String> command, long cpuNanos) {
    }

    private final Path java;
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> classPath = new ArrayList<>();
    private String mainClass;
    private final List<String> args = new ArrayList<>();
    private List<String> program;
    private Duration timeout;
    private Path stdout;
    private Path stderr;
    private final List<Consumer<ProcessHandle>> started = new ArrayList<>();

    /** @param javaHome the JDK or JRE to run the child with */
    public ChildJvm(Path javaHome) {
        this.java = javaHome.resolve("bin").resolve("java");
    }

    /** @return a child on the same Java as this JVM */
    public static ChildJvm sameJava() {
        return new ChildJvm(Path.of(System.getProperty("java.home")));
    }

    /**
     * @param listener told the child's process as soon as it has started (the live view attaches to it)
     * @return this
     */
    public ChildJvm onStart(Consumer<ProcessHandle> listener) {
        started.add(listener);
        return this;
    }

    /** @return this, with a JVM option such as {@code -javaagent:...} added */
    public ChildJvm jvmArg(String arg) {
        jvmArgs.add(arg);
        return this;
    }

    /**
     * Adds our agent. Class data sharing stays on: the agent defines its runtime in the boot loader instead of
     * appending it to the boot class path, which would limit sharing to the JDK's boot classes.
     *
     * @param agentJar the agent jar (ours)
     * @param options  the agent's option string
     * @return this
     */
    public ChildJvm agent(Path agentJar, String options) {
        jvmArgs.add("-javaagent:" + agentJar.toAbsolutePath() + "=" + options);
        return this;
    }

    /**
     * Has the child stop itself when this JVM is gone, however it ended (a SIGKILL leaves it no hook to stop the
     * child with): the {@link ParentWatch} agent, told this JVM's pid.
     *
     * @return this
     * @throws IOException when the watch's jar cannot be written
     */
    public ChildJvm watchParent() throws IOException {
        jvmArgs.add("-javaagent:" + AgentJar.parentWatch().toAbsolutePath() + "=" + ProcessHandle.current().pid());
        return this;
    }

    /** @return this, with a class-path entry added */
    public ChildJvm classPath(Path entry) {
        classPath.add(entry.toAbsolutePath().toString());
        return this;
    }

    /** @return this, running the given main class with the given arguments */
    public ChildJvm main(String className, List<String> mainArgs) {
        this.mainClass = className;
        this.args.addAll(mainArgs);
        return this;
    }

    /**
     * Runs a program given as a {@code java} command line instead of a main class on our class path: its options,
     * class path, main class or {@code -jar}, and arguments follow ours, so an option of its own wins.
     *
     * @param launch the words after {@code java} ({@link ProgramCommand#launch()})
     * @return this
     */
    public ChildJvm program(List<String> launch) {
        this.program = List.copyOf(launch);
        return this;
    }

    /** @return this, stopped after the given time ({@code null}: no limit) */
    public ChildJvm timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** @return this, with the child's standard output appended to a file instead of going to ours */
    public ChildJvm stdoutTo(Path file) {
        this.stdout = file;
        return this;
    }

    /** @return this, with the child's standard error appended to a file instead of going to ours */
    public ChildJvm stderrTo(Path file) {
        this.stderr = file;
        return this;
    }

    /** @return the command line this child runs with */
    public List<String> command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmArgs);
        if (program != null) {
            cmd.addAll(program);
            return cmd;
        }
        if (!classPath.isEmpty()) {
            cmd.add("-cp");
            cmd.add(String.join(File.pathSeparator, classPath));
        }
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs the child to completion (or to its timeout) with our standard streams.
     *
     * @return its exit code and wall time
     * @throws IOException when it cannot be started
     */
    public Result run() throws IOException {
        if (!Files.isExecutable(java)) throw new IOException("no java executable at " + java);
        List<String> cmd = command();
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        if (stdout != null) pb.redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()));
        if (stderr != null) pb.redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        // read around this one child: the workbench runs its children one at a time, so the kernel's sum of the
        // waited-for children's CPU grows by this child's alone (and by the live view's stty calls, a few ms)
        double cpuBefore = ChildCpu.seconds();
        long start = System.nanoTime();
        Process p = pb.start();
        // Stopped ourselves (Ctrl-C, SIGTERM), we stop the child too: it must not outlive the run it belongs to. The
        // child's own shutdown hooks still run (destroy is SIGTERM), so its agent writes what it has.
        Thread stopChild = new Thread(p::destroy, "workbench-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        for (Consumer<ProcessHandle> l : started) {
            try {
                l.accept(p.toHandle());
            } catch (RuntimeException e) {
                // a watcher of the child (the live view) failing is no reason to leave the child unwatched
            }
        }
        boolean timedOut = false;
        try {
            if (timeout == null) {
                p.waitFor();
            } else if (!p.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                timedOut = true;
                p.destroy(); // SIGTERM: shutdown hooks run, the agent writes what it has
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor();
                }
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the child JVM", e);
        } finally {
            removeHook(stopChild);
        }
        long wall = System.nanoTime() - start;
        return new Result(p.exitValue(), wall, timedOut, cmd, ChildCpu.nanosSince(cpuBefore));
    }

    /** A hook is removed once its child has ended; during shutdown it cannot be, and then it has run already. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is stopping: the hook has done or is doing its job
        }
    }
}
