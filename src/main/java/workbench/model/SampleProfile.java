package workbench.model;

import java.util.List;

/**
 * Sampled call stacks, interned: each stack is a list of indices into {@link #frames()}.
 *
 * @param engine        {@code async} or {@code jfr}
 * @param event         the sampled event: {@code cpu}, {@code wall}, {@code itimer}, {@code cpu-time}
 * @param sampler       what actually took the samples, as the recording says: e.g. {@code perf_events},
 *                      {@code ctimer} or {@code itimer} for async-profiler, {@code jdk.ExecutionSample} or
 *                      {@code jdk.CPUTimeSample} for JFR; {@code null} when unknown
 * @param threads       {@code workload} (the program's own threads) or {@code all} (JIT, GC and other JVM
 *                      threads too)
 * @param intervalNanos the sampling interval; seconds are samples times this
 * @param lost          samples the engine reports as lost or dropped
 * @param recording     file name of the raw {@code .jfr} kept beside the saved run, or {@code null}
 * @param frames        distinct frames; {@link FrameKey#line()} is the line being executed
 * @param stacks        distinct (thread, stack) pairs with their sample counts
 */
public record SampleProfile(String engine, String event, String sampler, String threads, long intervalNanos,
                            long lost, String recording, List<FrameKey> frames, List<StackCount> stacks) {

    public SampleProfile {
        frames = List.copyOf(frames);
        stacks = List.copyOf(stacks);
    }

    /**
     * A profile that does not name its sampler, of the workload's threads (the fields the format first had).
     *
     * @param engine        {@code async} or {@code jfr}
     * @param event         the sampled event
     * @param intervalNanos the sampling interval
     * @param lost          samples lost or dropped
     * @param recording     the raw recording's file name, or {@code null}
     * @param frames        distinct frames
     * @param stacks        distinct (thread, stack) pairs with their sample counts
     */
    public SampleProfile(String engine, String event, long intervalNanos, long lost, String recording,
                         List<FrameKey> frames, List<StackCount> stacks) {
        this(engine, event, null, "workload", intervalNanos, lost, recording, frames, stacks);
    }

    /**
     * @param newRecording the raw recording's file name beside the saved run
     * @return a copy that names it
     */
    public SampleProfile withRecording(String newRecording) {
        return new SampleProfile(engine, event, sampler, threads, intervalNanos, lost, newRecording, frames, stacks);
    }

    /** @return the number of samples over all stacks */
    public long totalSamples() {
        long n = 0;
        for (StackCount s : stacks) n += s.count();
        return n;
    }

    /**
     * One distinct stack and how many samples hit it.
     *
     * @param thread the sampled thread's name
     * @param frames indices into the profile's frames, leaf (top of stack) first
     * @param count  samples
     */
    public record StackCount(String thread, List<Integer> frames, long count) {
        public StackCount {
            frames = List.copyOf(frames);
        }
    }
}
