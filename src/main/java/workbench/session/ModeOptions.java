package workbench.session;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import workbench.instrument.WarmupBoundary;
import workbench.model.Clock;
import workbench.model.JitMode;
import workbench.model.LineTiming;
import workbench.model.SamplingEvent;
import workbench.sampling.SamplingSettings;

/**
 * Every mode's recording options in one immutable record, as {@code profile}'s command line or an overhead study's
 * configuration gives them; a {@link ModeDescriptor} makes its recorder from it and refuses what it cannot take.
 *
 * @param includes  class or method patterns to instrument (empty: the workload's classes)
 * @param excludes  patterns never to instrument
 * @param raw       deterministic: keep the probes' own cost in the times (no calibration)
 * @param paths     deterministic: calling-context nodes kept per thread (0: no call paths)
 * @param functions line: the function patterns (empty: the workload's {@code confidenceInterval})
 * @param timing    how the agent's counts are timed ({@link LineTiming#SAMPLED}: the hybrid mode)
 * @param sampling  the sampler's settings given the event the mode samples when {@code --event} names none; asked for
 *                  only by a mode that samples (bad ones throw then)
 * @param jit       the compilers the program runs with under a sampler of lines
 * @param notice    where a sampler says, as it happens, that another engine stands in
 * @param clock     deterministic, timed: the clock the probes read
 * @param warmup    deterministic, timed: where the warm-up ends and the counts begin; {@code null} to count every call
 */
public record ModeOptions(List<String> includes, List<String> excludes, boolean raw, int paths, List<String> functions,
                          LineTiming timing, Function<SamplingEvent, SamplingSettings> sampling, JitMode jit,
                          Consumer<String> notice, Clock clock, WarmupBoundary warmup) {

    /** What a mode without a sampler of lines says to {@code --jit}. */
    static final String JIT_REFUSAL = "--jit is for sampled lines: --mode sampling, or --mode line --timing sampled";

    public ModeOptions {
        if (clock == null) clock = Clock.WALL;
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        functions = List.copyOf(functions);
    }

    /** Options of a run that counts every call. */
    public ModeOptions(List<String> includes, List<String> excludes, boolean raw, int paths, List<String> functions,
                       LineTiming timing, Function<SamplingEvent, SamplingSettings> sampling, JitMode jit,
                       Consumer<String> notice, Clock clock) {
        this(includes, excludes, raw, paths, functions, timing, sampling, jit, notice, clock, null);
    }

    /** Options of a run read with the wall clock. */
    public ModeOptions(List<String> includes, List<String> excludes, boolean raw, int paths, List<String> functions,
                       LineTiming timing, Function<SamplingEvent, SamplingSettings> sampling, JitMode jit,
                       Consumer<String> notice) {
        this(includes, excludes, raw, paths, functions, timing, sampling, jit, notice, Clock.WALL);
    }

    /**
     * @return the defaults: the workload's code, calibrated, no call paths, exact timing, async-profiler's CPU samples
     *         every millisecond, the JVM's compilers as they are, notices dropped (the run keeps them)
     */
    public static ModeOptions defaults() {
        return new ModeOptions(List.of(), List.of(), false, 0, List.of(), LineTiming.EXACT,
                event -> SamplingSettings.of("async", event.cliName(), "1ms", false), JitMode.C2,
                line -> { });
    }

    /**
     * @param t the timing
     * @return these options with that timing
     */
    public ModeOptions withTiming(LineTiming t) {
        return new ModeOptions(includes, excludes, raw, paths, functions, t, sampling, jit, notice, clock, warmup);
    }

    /**
     * @param f function patterns for the line mode
     * @return these options with those functions
     */
    public ModeOptions withFunctions(List<String> f) {
        return new ModeOptions(includes, excludes, raw, paths, f, timing, sampling, jit, notice, clock, warmup);
    }

    /**
     * @param c the clock
     * @return these options with that clock
     */
    public ModeOptions withClock(Clock c) {
        return new ModeOptions(includes, excludes, raw, paths, functions, timing, sampling, jit, notice, c, warmup);
    }

    /**
     * @param w where the warm-up ends, {@code null} for none
     * @return these options with that warm-up
     */
    public ModeOptions withWarmup(WarmupBoundary w) {
        return new ModeOptions(includes, excludes, raw, paths, functions, timing, sampling, jit, notice, clock, w);
    }

    /**
     * @param s   the sampler's settings
     * @param jit the compilers
     * @return these options with that sampler
     */
    public ModeOptions withSampling(SamplingSettings s, JitMode jit) {
        return new ModeOptions(includes, excludes, raw, paths, functions, timing, event -> s, jit, notice, clock,
                warmup);
    }

    /**
     * @param program a program started or attached to, {@code null} when it could not be read
     * @return these options with what the program is made of where none was asked for: its own packages to
     *         instrument, its main class's methods for the line mode
     */
    public ModeOptions forProgram(ProgramCommand program) {
        if (program == null) return this;
        return new ModeOptions(includes.isEmpty() ? program.packages() : includes, excludes, raw, paths,
                functions.isEmpty() ? List.of(program.mainFunctions()) : functions, timing, sampling, jit, notice,
                clock, warmup);
    }

    /** @return the sampling mode's sampler: {@code --event}'s, or CPU time */
    SamplingSettings sampler() {
        return sampling.apply(SamplingEvent.CPU);
    }

    /**
     * The sampler of the hybrid timing ({@code --timing sampled}), whose times stand for the timed trace's: on the
     * clock asked for, as {@code --timing exact} would read it. Wall samples every thread, running or not, as the wall
     * clock counts a thread parked or waiting for a core; cpu samples only threads on a core. {@code --event} names
     * another.
     *
     * @return the sampler's settings
     * @throws IllegalArgumentException when {@code --event} names wall under {@code --clock cpu}
     */
    SamplingSettings samplerOnClock() {
        SamplingSettings s = sampling.apply(clock == Clock.CPU ? SamplingEvent.CPU : SamplingEvent.WALL);
        if (clock == Clock.CPU && s.event() == SamplingEvent.WALL) {
            throw new IllegalArgumentException("--clock cpu samples CPU time: --event cpu, itimer or cpu-time, not"
                    + " wall");
        }
        return s;
    }

    /**
     * @param why the refusal, naming what {@code --clock} is for
     * @throws IllegalArgumentException when {@code --clock} asks for another clock than the wall clock
     */
    void refuseClock(String why) {
        if (clock != Clock.WALL) throw new IllegalArgumentException(why);
    }

    /** @throws IllegalArgumentException when {@code --jit} asks for other compilers: only samplers of lines use them */
    void refuseJit() {
        if (jit != JitMode.C2) throw new IllegalArgumentException(JIT_REFUSAL);
    }
}
