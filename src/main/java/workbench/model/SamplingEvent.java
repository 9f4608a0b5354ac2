package workbench.model;

/** What time a sample stands for. */
public enum SamplingEvent {
    /** CPU time of each thread: async-profiler's {@code cpu} (perf_events), JFR's {@code jdk.ExecutionSample}. */
    CPU("cpu"),
    /** Wall-clock time of every thread, running or not (async-profiler only). */
    WALL("wall"),
    /** The process's CPU time via {@code setitimer(ITIMER_PROF)}: coarse, one signal at a time (async only). */
    ITIMER("itimer"),
    /** JFR's CPU-time sampler of JDK 25 ({@code jdk.CPUTimeSample}, JEP 509; Linux only). */
    CPU_TIME("cpu-time"),
    /**
     * Bytes allocated on the heap: async-profiler's allocation sampler (a sample per new TLAB or outside-TLAB
     * allocation, weighed by its size), JFR's {@code jdk.ObjectAllocationSample}. Counts are bytes, not samples.
     */
    ALLOC("alloc");

    private final String cliName;

    SamplingEvent(String cliName) {
        this.cliName = cliName;
    }

    /** @return whether counts are bytes allocated rather than samples of time */
    public boolean allocation() {
        return this == ALLOC;
    }

    /**
     * @return the clock a sample of time stands for: wall samples every thread, running or not; the others only
     *     threads on a core
     * @throws IllegalStateException for {@link #ALLOC}, whose samples are bytes
     */
    public Clock clock() {
        return switch (this) {
            case WALL -> Clock.WALL;
            case CPU, ITIMER, CPU_TIME -> Clock.CPU;
            case ALLOC -> throw new IllegalStateException("an allocation sample is bytes, not time on a clock");
        };
    }

    /** @return the name used on the command line and in saved runs */
    public String cliName() {
        return cliName;
    }

    /**
     * @param name {@code cpu}, {@code wall}, {@code itimer}, {@code cpu-time} or {@code alloc}
     * @return the event
     * @throws IllegalArgumentException for any other name
     */
    public static SamplingEvent fromCliName(String name) {
        for (SamplingEvent e : values()) {
            if (e.cliName.equals(name)) return e;
        }
        throw new IllegalArgumentException("unknown event '" + name
                + "' (expected cpu, wall, itimer, cpu-time or alloc)");
    }
}
