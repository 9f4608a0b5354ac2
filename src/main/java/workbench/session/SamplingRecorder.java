package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import workbench.io.AtomicFiles;
import workbench.agent.AgentOptions;
import workbench.model.Durations;
import workbench.model.JitMode;
import workbench.model.Mode;
import workbench.model.SampleData;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.sampling.EngineUnavailableException;
import workbench.sampling.AsyncProfilerAgent;
import workbench.sampling.JfrRecording;
import workbench.sampling.RecordingReader;
import workbench.sampling.SamplingSettings;

/**
 * The sampling mode: the child runs under async-profiler or JFR, which write a JFR recording at exit; the recording
 * is read into sampled stacks and kept beside the saved run, so that JMC or {@code jfr} can open it later.
 */
public final class SamplingRecorder implements ModeRecorder {

    private static final String RECORDING = "recording.jfr";

    private final Consumer<String> notice;
    private final List<String> notices = new ArrayList<>();
    private final JitMode jit;
    private SamplingSettings settings;

    /**
     * @param settings what to sample and how
     * @param notice   where a one-line notice goes when async-profiler cannot run here and JFR stands in
     */
    public SamplingRecorder(SamplingSettings settings, Consumer<String> notice) {
        this(settings, JitMode.C2, notice);
    }

    /**
     * @param settings what to sample and how
     * @param jit      {@link JitMode#C1} runs the program with C1 only, where sampled lines are right
     * @param notice   where a one-line notice goes when async-profiler cannot run here and JFR stands in
     */
    public SamplingRecorder(SamplingSettings settings, JitMode jit, Consumer<String> notice) {
        this.settings = settings;
        this.jit = jit;
        this.notice = notice;
    }

    /**
     * @param workDir a run's work directory
     * @return the recording there; async-profiler creates it as it starts, so it also says the profiler is running
     */
    public static Path recordingIn(Path workDir) {
        return workDir.resolve(RECORDING);
    }

    @Override
    public Mode mode() {
        return Mode.SAMPLING;
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("engine", settings.engine().cliName());
        m.put("event", settings.event().cliName());
        // an allocation sample is taken per TLAB, not per interval
        if (!settings.event().allocation()) m.put("interval", Durations.exact(settings.intervalNanos()));
        m.put("threads", settings.threadsName());
        m.put("jit", jit.cliName());
        return m;
    }

    @Override
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** @return the settings in force: after {@link #configure}, those of the engine that really runs */
    public SamplingSettings sampling() {
        return settings;
    }

    @Override
    public void configure(ChildJvm child, Path workDir) throws IOException {
        reserveHeap(child);
        configureEngine(child, workDir);
    }

    /**
     * The engine's options alone, for a child whose own agent already sets heap aside (the hybrid mode's counting
     * agent keeps its checkpoints' reserve): a second agent would hold a second reserve.
     */
    void configureEngine(ChildJvm child, Path workDir) throws IOException {
        Path out = workDir.resolve(RECORDING);
        if (!jit.jvmOption().isEmpty()) child.jvmArg(jit.jvmOption());
        if (settings.engine() == SamplingEngine.ASYNC) {
            try {
                Path lib = AsyncProfilerAgent.extractLibrary(workDir);
                child.jvmArg(AsyncProfilerAgent.jvmOption(lib, settings, out));
                return;
            } catch (EngineUnavailableException e) {
                fallBackToJfr(e.getMessage());
            }
        }
        Path jfc = workDir.resolve("sampling.jfc");
        JfrRecording.writeSettings(settings, jfc);
        JfrRecording.jvmOptions(jfc, out).forEach(child::jvmArg);
    }

    /**
     * Loads async-profiler into the running JVM (what {@code asprof} does), or starts a JFR recording there with
     * {@code jcmd}.
     */
    @Override
    public Runnable attach(AttachedJvm vm, Path workDir) throws IOException {
        Path out = workDir.resolve(RECORDING);
        if (settings.engine() == SamplingEngine.ASYNC) {
            try {
                Path lib = AsyncProfilerAgent.extractLibrary(workDir);
                vm.loadAgentPath(lib, AsyncProfilerAgent.startArguments(settings, out));
                return () -> vm.loadAgentPath(lib, "stop,file=" + out.toAbsolutePath());
            } catch (EngineUnavailableException e) {
                fallBackToJfr(e.getMessage());
            }
        }
        Path jfc = workDir.resolve("sampling.jfc");
        JfrRecording.writeSettings(settings, jfc);
        String recordingName = "workbench-" + ProcessHandle.current().pid();
        vm.jcmd("JFR.start", "name=" + recordingName, "settings=" + jfc.toAbsolutePath(),
                "filename=" + out.toAbsolutePath(), "dumponexit=true");
        return () -> vm.jcmd("JFR.stop", "name=" + recordingName, "filename=" + out.toAbsolutePath());
    }

    /**
     * Heap set aside and let go on an uncaught {@code OutOfMemoryError}, so that the recording can still be finished
     * (the reserve-only agent). Run from the classes rather than the jar (a unit test) there is no agent to add: the
     * run only loses that protection.
     */
    private static void reserveHeap(ChildJvm child) throws IOException {
        Path jar;
        try {
            jar = SelfJar.agent();
        } catch (IllegalStateException notFromTheJar) {
            return;
        }
        child.jvmArg("-javaagent:" + jar.toAbsolutePath() + "=mode=" + AgentOptions.RESERVE);
    }

    /** async-profiler cannot run here: JFR records instead, and the run says so. */
    void fallBackToJfr(String why) {
        settings = jfrInstead(settings);
        String line = why + "; sampling with JFR instead (event " + settings.event().cliName()
                + ", interval " + Durations.format(settings.intervalNanos()) + ")";
        notices.add(line);
        notice.accept(line);
    }

    /**
     * JFR's nearest: CPU samples (it has no wall-clock or itimer sampler), in whole milliseconds; for allocations its
     * own allocation sampler.
     */
    static SamplingSettings jfrInstead(SamplingSettings s) {
        long ms = Math.max(1, (s.intervalNanos() + 999_999L) / 1_000_000L);
        SamplingEvent event = s.event().allocation() ? SamplingEvent.ALLOC : SamplingEvent.CPU;
        return new SamplingSettings(SamplingEngine.JFR, event, ms * 1_000_000L, s.allThreads());
    }

    @Override
    public SampleData collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        Path recording = workDir.resolve(RECORDING);
        if (!Files.isRegularFile(recording)) {
            throw new IOException("the profiled JVM left no recording (exit code " + result.exitCode()
                    + (result.timedOut() ? ", stopped at the timeout" : "") + ")");
        }
        SampleData samples = RecordingReader.read(recording, settings.allThreads(), settings.intervalNanos());
        Path kept = saveFiles.path(".jfr");
        AtomicFiles.copy(recording, kept);
        return new SampleData(samples.sampler().withRecording(kept.getFileName().toString()).withJit(jit),
                samples.frames(), samples.stacks());
    }
}
