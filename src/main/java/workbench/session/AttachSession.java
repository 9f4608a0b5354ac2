package workbench.session;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import workbench.model.ClockInfo;
import workbench.model.JvmInfo;
import workbench.model.Mode;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.RunInfo;
import workbench.model.RunSet;
import workbench.model.Target;
import workbench.store.ProfileStore;

/**
 * {@code profile --pid PID}: records a JVM that is already running, for a while, and leaves it running, so that a
 * service can be profiled without a restart. Sampling loads async-profiler into it through the attach API (what
 * {@code asprof} does), or starts a JFR recording with {@code jcmd}; the deterministic and line modes load our
 * slim agent ({@code agentmain}), which retransforms the loaded classes and at the end gives them their own code
 * back.
 *
 * <p>What the run is refused for, in one line each: a process that is not there, one that is not a JVM we can see
 * and may attach to (another user's, one started with {@code -XX:+DisableAttachMechanism} or
 * {@code -XX:-UsePerfData}: the JDK's list of attachable JVMs leaves them out), one the attach fails on.
 */
public final class AttachSession {

    /** The agent's property in the target once attached ({@code workbench.agent.Agent}'s). */
    private static final String ATTACHED = "workbench.agent.attached";

    private final ProfileStore store;
    private final long pid;
    private final Duration duration;

    /**
     * @param store    where the run is saved
     * @param pid      the JVM's process id
     * @param duration how long to record
     */
    public AttachSession(ProfileStore store, long pid, Duration duration) {
        this.store = store;
        this.pid = pid;
        this.duration = duration;
    }

    /**
     * @param recorders the mode (its settings; the child-JVM half is not used) for the attached JVM's program, read
     *                  from its command line and class path as {@code profile --} reads one (its own packages are
     *                  what is instrumented by default), or for {@code null} when they cannot be read
     * @param name     a name for the saved run, {@code ""} for none
     * @param notice   where one-line notices go
     * @return the saved run
     * @throws AttachException when the JVM cannot be attached to (bad input: nothing recorded, nothing saved)
     * @throws IOException     when the recording cannot be read
     */
    public RunSet run(Function<ProgramCommand, ModeRecorder> recorders, String name, Consumer<String> notice)
            throws IOException {
        String refusal = recorders.apply(null).attachRefusal();
        if (refusal != null) throw new AttachException(refusal);
        store.checkWritable();
        if (!name.isEmpty()) store.checkNewName(name);
        VirtualMachine vm = attach();
        Path workDir = Files.createTempDirectory("workbench-attach-");
        String id = null;
        try {
            Properties props = vm.getSystemProperties();
            ModeRecorder recorder = recorders.apply(program(props));
            id = store.newId(recorder.mode().cliName());
            String runId = id;
            ClockInfo clock = ClockProbe.measure();
            String startedAt = Instant.now().toString();
            long start = System.nanoTime();
            Runnable stop = recorder.attach(new Attached(vm), workDir);
            boolean ended = waitFor();
            if (!ended) stop.run(); // a JVM that ended wrote what it had at its exit (hook, dumponexit)
            long wall = System.nanoTime() - start;
            List<String> command = command(props);
            ChildJvm.Result result = new ChildJvm.Result(0, wall, false, command, -1); // not our child: its CPU is not ours to read
            List<Path> kept = new ArrayList<>();
            ProfileData data = recorder.collect(workDir, result, ext -> {
                Path p = store.sibling(runId, ext);
                kept.add(p);
                return p;
            });
            List<String> notices = new ArrayList<>(recorder.notices());
            notices.add("attached to pid " + pid + " for " + seconds(wall) + (ended ? " (the JVM ended)" : "")
                    + ": the profile covers that window only");
            RunInfo info = new RunInfo(id, name, recorder.mode(), target(command), recorder.settings(), notices,
                    startedAt, command, jvm(props), clock, wall, List.of(), 0, false);
            RunSet set = new RunSet(id, name, List.of(new Profile(info, data)));
            try {
                store.save(set);
            } catch (RuntimeException e) {
                kept.forEach(f -> f.toFile().delete());
                throw e;
            }
            return set;
        } finally {
            if (id != null) store.release(id); // saved: released already; not saved: the id is free again
            try {
                vm.detach();
            } catch (IOException ignored) {
                // the JVM may have ended
            }
            ProfileSession.deleteRecursively(workDir);
        }
    }

    /** Checks the process before attaching: the attach mechanism signals a process, and a non-JVM dies of it. */
    private VirtualMachine attach() {
        if (pid == ProcessHandle.current().pid()) throw new AttachException("--pid " + pid + " is the workbench itself");
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
            throw new AttachException("--pid " + pid + ": no such process");
        }
        String key = Long.toString(pid);
        boolean visible = VirtualMachine.list().stream().map(VirtualMachineDescriptor::id).anyMatch(key::equals);
        if (!visible) {
            throw new AttachException("--pid " + pid + " is not a JVM we can attach to (not a Java process, another"
                    + " user's, or started with -XX:+DisableAttachMechanism or -XX:-UsePerfData)");
        }
        try {
            return VirtualMachine.attach(key);
        } catch (AttachNotSupportedException | IOException | SecurityException e) {
            throw new AttachException("cannot attach to JVM " + pid + ": " + firstLine(e)
                    + " (started with -XX:+DisableAttachMechanism, or another user's?)");
        }
    }

    /** The attached JVM as the recorders use it ({@link ModeRecorder#attach}). */
    private final class Attached implements AttachedJvm {
        private final VirtualMachine vm;

        Attached(VirtualMachine vm) {
            this.vm = vm;
        }

        @Override
        public long pid() {
            return pid;
        }

        @Override
        public Runnable startAgent(String options, Mode mode) throws IOException {
            if (vm.getSystemProperties().getProperty(ATTACHED) != null) {
                throw new AttachException("JVM " + pid + " was profiled by attach before; the agent's counters"
                        + " live once per JVM: restart it to profile --mode " + mode.cliName() + " again, or use"
                        + " --mode sampling");
            }
            Path agent = SelfJar.agent();
            load(vm, agent, options);
            if (!"started".equals(vm.getSystemProperties().getProperty(ATTACHED))) {
                throw new AttachException("the agent did not start in JVM " + pid + " (see that JVM's stderr)");
            }
            return () -> stopAgent(vm, agent);
        }

        @Override
        public void loadAgentPath(Path library, String options) {
            loadPath(vm, library, options);
        }

        @Override
        public void jcmd(String... words) {
            AttachSession.this.jcmd(words);
        }
    }

    /**
     * Stops the attached agent, which writes its data and restores the classes. A JVM serves one attach request at
     * a time and another tool's (a concurrent {@code jcmd}) can cut ours short: tried again before giving up, since a
     * failed stop leaves the probes in.
     */
    private void stopAgent(VirtualMachine vm, Path agent) {
        for (int attempt = 1; ; attempt++) {
            try {
                load(vm, agent, "stop");
                return;
            } catch (AttachException e) {
                if (attempt == 3) {
                    throw new AttachException(e.getMessage() + "; the probes may still be in JVM " + pid
                            + ": restart it");
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void load(VirtualMachine vm, Path agentJar, String options) {
        try {
            vm.loadAgent(agentJar.toString(), options);
        } catch (AgentLoadException | AgentInitializationException | IOException e) {
            throw new AttachException("cannot load the agent into JVM " + pid + ": " + firstLine(e));
        }
    }

    private void loadPath(VirtualMachine vm, Path library, String options) {
        try {
            vm.loadAgentPath(library.toString(), options);
        } catch (AgentLoadException | AgentInitializationException | IOException e) {
            throw new AttachException("async-profiler failed in JVM " + pid + " (" + options.split(",")[0] + "): "
                    + firstLine(e));
        }
    }

    private void jcmd(String... words) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        cmd.addAll(Arrays.asList(words));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || said.contains("Could not")) {
                throw new AttachException("jcmd " + words[0] + " failed on JVM " + pid + ": "
                        + said.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output"));
            }
        } catch (IOException e) {
            throw new AttachException("cannot run jcmd: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttachException("interrupted while running jcmd");
        }
    }

    /**
     * Waits the duration; Ctrl-C ends the wait early and the profile is still taken and saved.
     *
     * @return whether the JVM ended meanwhile
     */
    private boolean waitFor() {
        ProcessHandle process = ProcessHandle.of(pid).orElse(null);
        if (process == null) return true;
        try (ShutdownGuard guard = new ShutdownGuard(() -> { })) {
            long deadline = System.nanoTime() + duration.toNanos();
            while (process.isAlive() && System.nanoTime() < deadline) {
                if (guard.awaitInterrupt(Duration.ofMillis(Math.min(100, Math.max(1,
                        (deadline - System.nanoTime()) / 1_000_000L))))) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !process.isAlive();
    }

    /** @return the attached JVM's program as its launcher saw it, or {@code null} when it cannot be read */
    private static ProgramCommand program(Properties props) {
        String[] words = props.getProperty("sun.java.command", "").trim().split(" ");
        if (words[0].isEmpty()) return null;
        try {
            Path cwd = Path.of(props.getProperty("user.dir", ".")); // its relative paths are relative to its directory
            if (words[0].endsWith(".jar")) return ProgramCommand.parse(List.of("-jar", cwd.resolve(words[0]).toString()));
            List<String> cp = new ArrayList<>();
            for (String e : props.getProperty("java.class.path", ".").split(java.io.File.pathSeparator)) {
                cp.add(cwd.resolve(e.isEmpty() ? "." : e).toString());
            }
            return ProgramCommand.parse(List.of("-cp", String.join(java.io.File.pathSeparator, cp), words[0]));
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return null; // a main module, a relative jar path from another directory: fall back to all but the JDK
        }
    }

    private List<String> command(Properties props) {
        List<String> cmd = new ArrayList<>(List.of("pid " + pid));
        String javaCommand = props.getProperty("sun.java.command", "");
        if (!javaCommand.isBlank()) cmd.addAll(Arrays.asList(javaCommand.trim().split(" ")));
        return cmd;
    }

    private Target target(List<String> command) {
        if (command.size() < 2) return new Target("pid " + pid, List.of(), Map.of());
        return new Target(command.get(1), command.subList(2, command.size()), Map.of());
    }

    private static JvmInfo jvm(Properties props) {
        JvmInfo ours = ProfileSession.jvm();
        return new JvmInfo(props.getProperty("java.version", "?"), props.getProperty("java.vm.name", "?"),
                ours.os(), ours.host(), ours.cores());
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** The JVM cannot be profiled by attach, said in one line; the user's input (the pid, the mode) is at fault. */
    public static final class AttachException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AttachException(String message) {
            super(message);
        }
    }
}
