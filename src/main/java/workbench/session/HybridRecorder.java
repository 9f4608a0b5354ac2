package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import workbench.model.FunctionData;
import workbench.model.JitMode;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.Mode;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.sampling.SamplingSettings;

/**
 * The hybrid mode ({@code --timing sampled}): our agent counts exactly and reads no clock, a sampler records the same
 * run, and the two are joined into one profile: the counts with times from the samples, the samples kept beside
 * them (and the recording beside the saved run). The deterministic mode joins calls through
 * {@link FunctionSampleTimes}, the line mode hits through {@link LineSampleTimes}.
 *
 * @param <D> the agent's counts
 */
public final class HybridRecorder<D extends ProfileData> implements ModeRecorder {

    private final AgentRecorder<D> counts;
    private final SamplingRecorder sampler;
    private final BiFunction<D, SampleData, ProfileData> join;

    private HybridRecorder(AgentRecorder<D> counts, SamplingRecorder sampler,
                           BiFunction<D, SampleData, ProfileData> join) {
        this.counts = counts;
        this.sampler = sampler;
        this.join = join;
    }

    /**
     * The deterministic hybrid: exact calls per caller and callee, tottime and cumtime from samples.
     *
     * @param includes class or method patterns to instrument (empty: the workload's classes)
     * @param excludes patterns never to instrument
     * @param sampling how the times are sampled
     * @param notice   where a one-line notice goes when the sampler has to fall back to JFR
     * @return the recorder
     * @throws IllegalArgumentException for a sampler that does not sample time
     */
    public static HybridRecorder<FunctionData> deterministic(List<String> includes, List<String> excludes,
                                                             SamplingSettings sampling, Consumer<String> notice) {
        return new HybridRecorder<>(DeterministicRecorder.counting(includes, excludes),
                new SamplingRecorder(timeSampling(sampling), notice),
                (calls, samples) -> new HybridFunctionData(FunctionSampleTimes.combine(calls, samples), samples));
    }

    /**
     * The line hybrid: exact hits per line, times from samples.
     *
     * @param functions function patterns (empty: the workload's {@code confidenceInterval})
     * @param sampling  how the line times are sampled
     * @param jit       {@link JitMode#C1} runs the program with C1 only, where sampled lines are right
     * @param notice    where a one-line notice goes when the sampler has to fall back to JFR
     * @return the recorder
     * @throws IllegalArgumentException for a sampler that does not sample time
     */
    public static HybridRecorder<LineData> line(List<String> functions, SamplingSettings sampling, JitMode jit,
                                                Consumer<String> notice) {
        return new HybridRecorder<>(new LineRecorder(functions, LineTiming.HITS),
                new SamplingRecorder(timeSampling(sampling), jit, notice),
                (hits, samples) -> new HybridLineData(LineSampleTimes.combine(hits, samples), samples));
    }

    /** As {@link #line(List, SamplingSettings, JitMode, Consumer)} with the JVM's compilers as they are. */
    public static HybridRecorder<LineData> line(List<String> functions, SamplingSettings sampling,
                                                Consumer<String> notice) {
        return line(functions, sampling, JitMode.C2, notice);
    }

    /** Samples weigh time here: an allocation sample weighs bytes, which is no time to give a function or line. */
    private static SamplingSettings timeSampling(SamplingSettings s) {
        if (s.event().allocation()) {
            throw new IllegalArgumentException("--timing sampled takes its times from a time event (cpu, wall, itimer,"
                    + " cpu-time), not --event alloc: that is for --mode sampling");
        }
        return s;
    }

    /** @return the sampler's settings in force: after {@link #configure}, those of the engine that really runs */
    public SamplingSettings sampling() {
        return sampler.sampling();
    }

    @Override
    public Mode mode() {
        return counts.mode();
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>(counts.settings());
        s.put("timing", LineTiming.SAMPLED.cliName());
        s.putAll(sampler.settings());
        return s;
    }

    @Override
    public List<String> notices() {
        List<String> all = new ArrayList<>(sampler.notices());
        all.addAll(counts.notices());
        return all;
    }

    @Override
    public void configure(ChildJvm child, Path workDir) throws IOException {
        counts.configure(child, workDir);
        // debug information at non-safepoint PCs puts a sample in the inlined method, and on the line, that really ran
        child.jvmArg("-XX:+UnlockDiagnosticVMOptions");
        child.jvmArg("-XX:+DebugNonSafepoints");
        sampler.configureEngine(child, workDir);
    }

    @Override
    public ProfileData collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        D counted = counts.collect(workDir, result, saveFiles);
        return join.apply(counted, sampler.collect(workDir, result, saveFiles));
    }

    @Override
    public String attachRefusal() {
        return "--timing sampled is not available with --pid (it needs the JVM started with -XX:+DebugNonSafepoints);"
                + " use --timing exact";
    }

    @Override
    public Runnable attach(AttachedJvm vm, Path workDir) {
        throw new AttachSession.AttachException(attachRefusal());
    }
}
