package workbench.cli;

import picocli.CommandLine.Option;
import workbench.model.JitMode;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.ThreadScope;
import workbench.sampling.SamplingSettings;

/** The sampling engine's options, used by {@code profile --mode sampling} and by the hybrid mode. */
public final class SamplingOptions {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "async",
            description = "Sampling: async (async-profiler) or jfr (JDK Flight Recorder) (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--interval", paramLabel = "TIME", defaultValue = "1ms",
            description = "Sampling: time between samples, with unit ns, us, ms or s (default: ${DEFAULT-VALUE},"
                    + " like statprof).")
    String interval;

    /** {@code null} when not given: the mode's own default then ({@link #settings}). */
    @Option(names = "--event", paramLabel = "EVENT",
            description = {"Sampling: cpu, wall or itimer (async), cpu or cpu-time (jfr; cpu-time is"
                + " Java 25's CPU-time sampler on Linux) (default: cpu; with --timing sampled, the --clock's: wall,"
                + " or cpu with --clock cpu).",
                "alloc (either engine): bytes and objects allocated, per function and line (async-profiler: a"
                + " sample per new TLAB, weighed by its size; jfr: jdk.ObjectAllocationSample); --interval does not"
                + " apply.",
                "itimer and cpu-time fire on the kernel's tick (often 4 ms) at best."})
    String event;

    @Option(names = "--threads", paramLabel = "WHICH", defaultValue = "workload",
            description = "Sampling: workload (the program's own threads) or all (JIT, GC and other JVM threads"
                    + " too) (default: ${DEFAULT-VALUE}).")
    String threads;

    @Option(names = "--jit", paramLabel = "C", defaultValue = "c2",
            description = {"Sampling and line --timing sampled: c2 (the JVM as it runs), c1 (C1 only,"
                + " -XX:TieredStopAtLevel=1) or c2-noinline (-XX:-Inline) (default: ${DEFAULT-VALUE}).",
                "Under C2 a sample's line is the nearest point the compiler kept debug information for, often a"
                + " neighbouring line: on the boxed workload half the samples land on a line that runs 400 times"
                + " instead of the one that runs 40 million times. C1, or C2 without inlining, keep lines right and"
                + " run slower (there 1.7x and 1.5x)."})
    String jit;

    /**
     * @return the compilers to run the program with
     * @throws UserException for a bad name
     */
    JitMode jit() {
        try {
            return JitMode.fromCliName(jit);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /**
     * @param unlessNamed the event the mode samples when {@code --event} names none
     * @return the checked settings
     * @throws UserException naming the first bad option
     */
    SamplingSettings settings(SamplingEvent unlessNamed) {
        try {
            SamplingEngine e = SamplingEngine.fromCliName(engine);
            String named = event != null ? event : SamplingSettings.defaultEvent(e, unlessNamed).cliName();
            return SamplingSettings.of(engine, named, interval, ThreadScope.fromCliName(threads) == ThreadScope.ALL);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
