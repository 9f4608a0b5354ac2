package workbench.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import workbench.agent.AgentOptions;
import workbench.model.Mode;
import workbench.model.ProfileData;
import workbench.model.SamplingEngine;
import workbench.sampling.AsyncProfilerAgent;
import workbench.session.AgentRecorder;
import workbench.session.AttachedJvm;
import workbench.session.ChildJvm;
import workbench.session.ModeRecorder;
import workbench.session.SamplingRecorder;

/**
 * A mode's recorder with the live view beside it: the run is set up, recorded and read exactly as by the recorder it
 * wraps; once the JVM runs (started here, or attached to) the view reads it, and it is closed before the recording is
 * read, so that the terminal is back when the table is printed.
 *
 * <p>How the running JVM is read, by mode: async-profiler's {@code dump} for sampling (the engine keeps the stacks it
 * sampled; one command through the attach API, for a JVM started here or attached to alike), the agent's checkpoint
 * files for the deterministic and line modes (exact counts, written once a second anyway).
 */
public final class LiveRecorder implements ModeRecorder {

    private static final String DUMP = "live.collapsed";

    private final ModeRecorder recorder;
    private final LiveView view;
    private final Consumer<String> notice;
    private ChildAttach childAttach;

    /**
     * @param recorder the mode's recorder, as without the view
     * @param view     the view, started: it is told the source once the JVM runs, and closed before the run is read
     * @param notice   where a line goes when the view cannot be shown after all (async-profiler cannot run here)
     */
    public LiveRecorder(ModeRecorder recorder, LiveView view, Consumer<String> notice) {
        this.recorder = recorder;
        this.view = view;
        this.notice = notice;
    }

    /**
     * @param recorder the mode's recorder, before the run
     * @return why the live view cannot show this mode, one line, or {@code null} when it can
     */
    public static String refusal(ModeRecorder recorder) {
        if (recorder instanceof SamplingRecorder s) {
            return s.sampling().engine() == SamplingEngine.ASYNC ? null : "--live reads async-profiler's samples as"
                    + " they are taken; --engine jfr writes its recording only at the end: use --engine async";
        }
        if (recorder instanceof AgentRecorder<?>) return null;
        return "--live shows sampling, deterministic and line runs; not --timing sampled (hybrid)";
    }

    @Override
    public void configure(ChildJvm child, Path workDir) throws IOException {
        recorder.configure(child, workDir);
        child.onStart(process -> {
            LiveSource source = source(workDir, command -> childAttach.accept(command));
            if (source == null) {
                view.close();
                return;
            }
            childAttach = new ChildAttach(process.pid(), AsyncProfilerAgent.libraryIn(workDir));
            view.watch(source);
        });
    }

    @Override
    public Runnable attach(AttachedJvm vm, Path workDir) throws IOException {
        Runnable stop = recorder.attach(vm, workDir);
        Path library = AsyncProfilerAgent.libraryIn(workDir);
        LiveSource source = source(workDir, command -> vm.loadAgentPath(library, command));
        if (source == null) {
            view.close();
        } else {
            view.watch(source);
        }
        return () -> {
            closeView();
            stop.run();
        };
    }

    /**
     * @param workDir      the run's work directory
     * @param asyncCommand runs an async-profiler command in the JVM
     * @return the source for the recorder as configured, or {@code null} (with a notice) when async-profiler could
     *     not run here and JFR records instead
     */
    private LiveSource source(Path workDir, Consumer<String> asyncCommand) {
        // refusal() has let through only these two kinds of recorder
        if (recorder instanceof SamplingRecorder s) {
            if (s.sampling().engine() != SamplingEngine.ASYNC) {
                notice.accept("no live view: JFR records instead of async-profiler, and writes only at the end");
                return null;
            }
            return new AsyncProfilerDumps(asyncCommand, workDir.resolve(DUMP), SamplingRecorder.recordingIn(workDir));
        }
        AgentRecorder<?> agent = (AgentRecorder<?>) recorder;
        return new CheckpointCounts(AgentOptions.checkpointFile(workDir.resolve(agent.rawFile()).toString()),
                agent.mode() == Mode.LINE ? LiveUnit.HITS : LiveUnit.CALLS);
    }

    private synchronized void closeView() {
        view.close();
        if (childAttach != null) childAttach.close();
    }

    @Override
    public ProfileData collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        closeView();
        return recorder.collect(workDir, result, saveFiles);
    }

    @Override
    public Mode mode() {
        return recorder.mode();
    }

    @Override
    public String attachRefusal() {
        return recorder.attachRefusal();
    }

    @Override
    public Map<String, String> settings() {
        return recorder.settings();
    }

    @Override
    public List<String> notices() {
        return recorder.notices();
    }
}
