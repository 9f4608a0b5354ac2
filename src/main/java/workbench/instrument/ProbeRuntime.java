package workbench.instrument;

/**
 * Which runtime the enter/exit probes call. Both have the same shape (a static {@code enter(int)} returning the
 * thread's object, which has {@code exit(int)} and {@code unwind(int)}), so one rewriter emits either: the timed
 * trace, or hybrid probes whose times come from a sampler ({@code --timing sampled}).
 */
public enum ProbeRuntime {
    /** Calls and times: {@code Tracer} / {@code ThreadTrace}. */
    TIMED("workbench/agent/rt/Tracer", "workbench/agent/rt/ThreadTrace", false),
    /**
     * Calls only, no clock: {@code HybridThreadCounts}. A call into code not instrumented is counted per call site
     * ({@link ProbeTable#sites}) by the caller's own bytecode, which needs no frame pushed unless that code calls
     * back.
     */
    HYBRID("workbench/agent/rt/HybridThreadCounts", "workbench/agent/rt/HybridThreadCounts", true);

    final String entryClass;
    final String threadClass;
    final boolean countsSites;

    ProbeRuntime(String entryClass, String threadClass, boolean countsSites) {
        this.entryClass = entryClass;
        this.threadClass = threadClass;
        this.countsSites = countsSites;
    }
}
