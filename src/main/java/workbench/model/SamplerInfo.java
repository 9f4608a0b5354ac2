package workbench.model;

/**
 * What took a sampling run's samples, as the recording says (not as asked: a fallback is recorded as what ran).
 *
 * @param engine        async-profiler or JFR
 * @param event         the sampled event
 * @param sampler       what actually took the samples: {@code perf_events}, {@code ctimer}, {@code itimer},
 *                      {@code jdk.ExecutionSample}, {@code jdk.CPUTimeSample}; {@code ""} when the recording does
 *                      not say
 * @param threads       whose samples are kept
 * @param intervalNanos the sampling interval; seconds are samples times this
 * @param lost          samples the engine reports as lost or dropped
 * @param recording     file name of the raw {@code .jfr} kept beside the saved run, {@code ""} when none is
 * @param jit           which compilers ran the sampled code, which says how far its lines can be trusted
 */
public record SamplerInfo(SamplingEngine engine, SamplingEvent event, String sampler, ThreadScope threads,
                          long intervalNanos, long lost, String recording, JitMode jit) {

    public SamplerInfo {
        if (jit == null) jit = JitMode.UNKNOWN; // runs saved before the field existed
    }

    /** A sampler whose compilers are not known (a recording that does not say). */
    public SamplerInfo(SamplingEngine engine, SamplingEvent event, String sampler, ThreadScope threads,
                       long intervalNanos, long lost, String recording) {
        this(engine, event, sampler, threads, intervalNanos, lost, recording, JitMode.UNKNOWN);
    }

    /**
     * @param newJit the compilers the session ran the program with
     * @return a copy that says so
     */
    public SamplerInfo withJit(JitMode newJit) {
        return new SamplerInfo(engine, event, sampler, threads, intervalNanos, lost, recording, newJit);
    }

    /**
     * @param newRecording the raw recording's file name beside the saved run
     * @return a copy that names it
     */
    public SamplerInfo withRecording(String newRecording) {
        return new SamplerInfo(engine, event, sampler, threads, intervalNanos, lost, newRecording, jit);
    }
}
