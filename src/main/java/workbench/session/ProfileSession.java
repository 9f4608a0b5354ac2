package workbench.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import workbench.model.ClockInfo;
import workbench.model.JvmInfo;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.RunInfo;
import workbench.model.RunRecipe;
import workbench.model.RunSet;
import workbench.model.Target;
import workbench.store.ProfileStore;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * One profiled run: the target in a child JVM under a mode's recorder, the raw output read into the model, and the
 * profile saved. The store is checked before the child starts, so that a run is never made only to be lost.
 */
public final class ProfileSession {

    /** The workload's entry point in the child JVM. */
    public static final String WORKLOAD_MAIN = "workbench.workload.Main";
    private static final String RUN_LOG_FILE = "runs.log";

    private final ProfileStore store;
    private final Duration timeout;
    private final List<String> jvmArgs;
    private final List<Path> classPath;
    private final Path stdout;
    private final Path stderr;
    private final ProgramCommand program;
    private final RunRecipe recipe;
    /** The JDK the children run on; {@code null}: this JVM's. */
    private final Path javaHome;

    /**
     * @param store   where the run is saved
     * @param timeout stop the child after this long ({@code null}: no limit)
     * @param jvmArgs extra options for the child JVM (e.g. {@code -XX:TieredStopAtLevel=1})
     */
    public ProfileSession(ProfileStore store, Duration timeout, List<String> jvmArgs) {
        this(store, timeout, jvmArgs, List.of(), null, null, null, null, null);
    }

    private ProfileSession(ProfileStore store, Duration timeout, List<String> jvmArgs, List<Path> classPath,
                           Path stdout, Path stderr, ProgramCommand program, RunRecipe recipe, Path javaHome) {
        this.program = program;
        this.recipe = recipe;
        this.javaHome = javaHome;
        this.store = store;
        this.timeout = timeout;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.classPath = List.copyOf(classPath);
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * @param entries class path entries the target needs besides the workbench jar
     * @return a session whose children also have these on their class path
     */
    public ProfileSession withClassPath(List<Path> entries) {
        return new ProfileSession(store, timeout, jvmArgs, entries, stdout, stderr, program, recipe, javaHome);
    }

    /**
     * @param more child JVM options besides this session's (e.g. the accuracy study's injected delay)
     * @return a session whose children also get them
     */
    public ProfileSession withJvmArgs(List<String> more) {
        List<String> all = new ArrayList<>(jvmArgs);
        all.addAll(more);
        return new ProfileSession(store, timeout, all, classPath, stdout, stderr, program, recipe, javaHome);
    }

    /**
     * @param file where the profiled program's standard output is appended (default: ours)
     * @return a session whose children write their standard output there
     */
    public ProfileSession withStdout(Path file) {
        return new ProfileSession(store, timeout, jvmArgs, classPath, file, stderr, program, recipe, javaHome);
    }

    /**
     * @param file where the profiled program's standard error (and the agent's lines) is appended (default: ours)
     * @return a session whose children write their standard error there
     */
    public ProfileSession withStderr(Path file) {
        return new ProfileSession(store, timeout, jvmArgs, classPath, stdout, file, program, recipe, javaHome);
    }

    /**
     * @param command any Java program's command line, run instead of a main class of the workbench jar (the target
     *                passed to {@link #run} then only names it)
     * @return a session whose children run that program, with nothing of the workbench on its class path
     */
    public ProfileSession withProgram(ProgramCommand command) {
        return new ProfileSession(store, timeout, jvmArgs, classPath, stdout, stderr, command, recipe, javaHome);
    }

    /**
     * @param what what {@code profile} was told to run, kept in every run this session saves
     * @return a session whose runs can be made again ({@code compare --rerun})
     */
    public ProfileSession withRecipe(RunRecipe what) {
        return new ProfileSession(store, timeout, jvmArgs, classPath, stdout, stderr, program, what, javaHome);
    }

    /**
     * For the benchmarks, which compare JDKs side by side; the saved run's {@link #jvm()} still names this JVM.
     *
     * @param home a JDK's home
     * @return a session whose children run on that JDK
     */
    public ProfileSession withJava(Path home) {
        return new ProfileSession(store, timeout, jvmArgs, classPath, stdout, stderr, program, recipe, home);
    }

    /**
     * @param store   where the run is saved
     * @param timeout stop the child after this long ({@code null}: no limit)
     */
    public ProfileSession(ProfileStore store, Duration timeout) {
        this(store, timeout, List.of());
    }

    /**
     * @param millis how often the agent checkpoints what it has counted, 0 for never
     * @return the child JVM options that set it, whichever recorder builds the agent's options
     */
    public static List<String> checkpointJvmArgs(long millis) {
        return List.of("-D" + workbench.agent.AgentOptions.CHECKPOINT_PROPERTY + "=" + millis);
    }

    /**
     * @param config the workload's configuration
     * @return the workload as a target: its main class, arguments and parameters
     */
    public static Target workloadTarget(WorkloadConfig config) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("n", Integer.toString(config.n()));
        m.put("iterations", Integer.toString(config.iterations()));
        m.put("runs", Integer.toString(config.runs()));
        m.put("alpha", Double.toString(config.alpha()));
        m.put("variant", config.variant().cliName());
        m.put("seed", Long.toString(config.seed()));
        if (config.dataFile() != null) m.put("data", config.dataFile().toString());
        return new Target(WORKLOAD_MAIN, config.toArgs(), m);
    }

    /**
     * @param variant a variant of the workload
     * @return the method its runs call once per run ({@code Class.method}): where a warm-up ends
     */
    public static String workloadRun(Variant variant) {
        return variant.create(0).getClass().getName() + ".confidenceInterval";
    }

    /**
     * @param config     the workload's configuration
     * @param warmupRuns runs to leave out first
     * @return the configuration with those runs added before its own
     */
    public static WorkloadConfig withWarmup(WorkloadConfig config, int warmupRuns) {
        return new WorkloadConfig(config.n(), config.iterations(), config.runs() + warmupRuns, config.alpha(),
                config.variant(), config.seed(), config.dataFile());
    }

    /**
     * Runs a target from the workbench jar once under a recorder and saves the result.
     *
     * @param recorder the mode
     * @param target   the main class, its arguments and parameters
     * @param name     a name for the saved run, {@code ""} for none
     * @return the saved profile
     * @throws IOException when the child cannot run or left no readable output
     * @throws workbench.store.StoreException when the store cannot take the run (checked before the child starts)
     */
    public Profile run(ModeRecorder recorder, Target target, String name) throws IOException {
        return run(() -> recorder, target, name, 1, k -> { }).runs().get(0);
    }

    /**
     * Runs a target K times, each in a fresh child JVM under a fresh recorder, and saves the runs as one set under
     * one id: what {@code profile --repeat K} does, so that a comparison can see how much each figure varies.
     *
     * @param recorders makes the mode's recorder, a fresh one per run (a recorder keeps what it configured)
     * @param target    the main class, its arguments and parameters
     * @param name      a name for the saved set, {@code ""} for none
     * @param repeat    how many runs, at least 1
     * @param done      told the number of each run as it finishes (a progress bar)
     * @return the saved set
     * @throws RunNotSavedException when a child ran but what it left could not be read or saved: with its exit code
     * @throws IOException when a child cannot run
     * @throws workbench.store.StoreException when the store cannot take the runs (checked before any child starts)
     */
    public RunSet run(Supplier<? extends ModeRecorder> recorders, Target target, String name, int repeat,
                      IntConsumer done) throws IOException {
        if (repeat < 1) throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
        store.checkWritable();
        if (!name.isEmpty()) store.checkNewName(name);
        store.prepareAsync(); // overlaps Jackson's start-up with the children's runs
        List<Profile> runs = new ArrayList<>(repeat);
        List<Path> kept = new ArrayList<>();
        String id = null;
        int exitCode = 0; // the first failing run's: what the workbench exits with, saved or not
        // Ctrl-C stops the child (ChildJvm's hook), whose agent writes what it has: that run is still read and
        // saved, with the runs before it, and no further run starts.
        try (ShutdownGuard guard = new ShutdownGuard(() -> { })) {
            for (int k = 1; k <= repeat && !guard.interrupted(); k++) {
                ModeRecorder recorder = recorders.get();
                if (id == null) id = store.newId(recorder.mode().cliName());
                String runId = id;
                String suffix = repeat == 1 ? "" : "-" + k;
                Recorded r = launch(target, recorder, (workDir, result, run) -> {
                    try {
                        return recorded(recorder, target, recipe, runId, name,
                                ext -> kept(kept, store.sibling(runId, suffix + ext)), workDir, result, run);
                    } catch (IOException | RuntimeException e) {
                        throw new RunNotSavedException(run.exitCode(), e);
                    }
                });
                runs.add(r.profile());
                if (exitCode == 0) exitCode = r.child().exitCode();
                done.accept(k);
            }
            RunSet set = new RunSet(id, name, runs);
            try {
                store.save(set);
            } catch (RuntimeException e) {
                throw new RunNotSavedException(exitCode, e);
            }
            return set;
        } catch (IOException | RuntimeException e) {
            // nothing half-saved: a recording kept beside a run that is not saved goes too, and so does its id
            kept.forEach(f -> f.toFile().delete());
            if (id != null) store.release(id);
            throw e;
        }
    }

    /**
     * Runs a target once under a recorder and reads what it left, without saving: the unit every command that runs
     * children is made of.
     *
     * @param recorder  the mode
     * @param target    the main class, its arguments and parameters
     * @param id        the id the run is known by
     * @param name      its name, {@code ""} for none
     * @param saveFiles where files that belong to the run (a raw recording) go
     * @return the profile
     * @throws IOException when the child cannot run or left no readable output
     */
    public Profile record(ModeRecorder recorder, Target target, String id, String name,
                          ModeRecorder.SaveFiles saveFiles) throws IOException {
        return recordChild(recorder, target, id, name, saveFiles).profile();
    }

    /**
     * A profiled child: its profile and how the child ran (what the run log said beyond the run times).
     *
     * @param profile the profile, as {@link #record} returns it
     * @param child   how the child ran
     */
    public record Recorded(Profile profile, ChildRun child) {
    }

    /**
     * {@link #record}, keeping the child's measurements that the profile has no field for (the peak heap).
     *
     * @param recorder  the mode
     * @param target    the main class, its arguments and parameters
     * @param id        the id the run is known by
     * @param name      its name, {@code ""} for none
     * @param saveFiles where files that belong to the run (a raw recording) go
     * @return the profile and the child's run
     * @throws IOException when the child cannot run or left no readable output
     */
    public Recorded recordChild(ModeRecorder recorder, Target target, String id, String name,
                                ModeRecorder.SaveFiles saveFiles) throws IOException {
        return launch(target, recorder, (workDir, result, run) -> recorded(recorder, target, recipe, id, name,
                saveFiles, workDir, result, run));
    }

    /** Reads what an ended child left into its profile. */
    private static Recorded recorded(ModeRecorder recorder, Target target, RunRecipe recipe, String id, String name,
                                     ModeRecorder.SaveFiles saveFiles, Path workDir, ChildJvm.Result result,
                                     ChildRun run) throws IOException {
        ProfileData data = recorder.collect(workDir, result, saveFiles);
        run = run.withoutFirst(recorder.warmupRunsLeftOut()); // the warm-up's times go with its counts
        RunInfo info = new RunInfo(id, name, recorder.mode(), target, recorder.settings(), recorder.notices(),
                run.startedAt(), run.command(), jvm(), run.clock(), run.wallNanos(),
                run.cpuNanos() < 0 ? null : run.cpuNanos(), run.runNanos(), run.exitCode(), run.timedOut(),
                AgentOutput.partial(workDir, run), recipe);
        return new Recorded(new Profile(info, data), run);
    }

    /**
     * Runs a target once with no profiler, or with JVM options that record nothing worth reading (a recorder that
     * is on with every event off): the same child, class path, run log and clock as {@link #record}, so that its
     * times compare with a profiled run's.
     *
     * @param target the main class, its arguments and parameters
     * @param setup  what to add to the child ({@link ChildSetup#NONE} for a plain run)
     * @return how the child ran
     * @throws IOException when the child cannot run
     */
    public ChildRun plain(Target target, ChildSetup setup) throws IOException {
        return launch(target, setup, (workDir, result, run) -> run);
    }

    /** What to do with a child that has ended, while its work directory still exists. */
    @FunctionalInterface
    private interface Finish<T> {
        T apply(Path workDir, ChildJvm.Result result, ChildRun run) throws IOException;
    }

    /** The one way a child is started: every command's children share class path, run log, clock and timeout. */
    private <T> T launch(Target target, ChildSetup setup, Finish<T> finish) throws IOException {
        Path workDir = Files.createTempDirectory("workbench-");
        try {
            AgentOutput.claim(workDir); // killed before we read it, a later workbench says where it stays
            Path runLog = workDir.resolve(RUN_LOG_FILE);
            ChildJvm child = (javaHome == null ? ChildJvm.sameJava() : new ChildJvm(javaHome)).timeout(timeout).watchParent(); // first: before any agent of ours
            if (program != null) {
                child.program(program.launch());
            } else {
                child.classPath(SelfJar.locate()).main(target.mainClass(), target.args())
                        .jvmArg("-D" + RunLog.PROPERTY + "=" + runLog.toAbsolutePath());
            }
            jvmArgs.forEach(child::jvmArg);
            classPath.forEach(child::classPath);
            if (stdout != null) child.stdoutTo(stdout);
            if (stderr != null) child.stderrTo(stderr);
            setup.configure(child, workDir);
            String startedAt = Instant.now().toString();
            ChildJvm.Result result = child.run();
            // after the child, not before: the machine's clock is the same, and the child starts 10 ms sooner
            ClockInfo clock = ClockProbe.measure();
            RunLog.Entries log = RunLog.readAll(runLog);
            ChildRun run = new ChildRun(startedAt, result.command(), clock, result.wallNanos(), log.runNanos(),
                    result.exitCode(), result.timedOut(), log.peakHeapBytes(), result.cpuNanos());
            return finish.apply(workDir, result, run);
        } finally {
            deleteRecursively(workDir);
        }
    }

    private static Path kept(List<Path> kept, Path file) {
        kept.add(file);
        return file;
    }

    /** @return the child's JVM and machine: the child runs on this JVM's Java, on this machine */
    public static JvmInfo jvm() {
        return new JvmInfo(System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), hostName(),
                Runtime.getRuntime().availableProcessors());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is not worth failing a run for
        }
    }
}
