package workbench.instrument;

/**
 * Which runtime the enter/exit probes call. Both have the same shape (a static {@code enter(int)} returning the
 * thread's object, which has {@code enter(int)}, {@code exit(int)} and {@code unwind(int)}), so one rewriter emits
 * either: the timed trace, or count-only probes whose times come from a sampler ({@code --timing sampled}).
 */
public enum ProbeRuntime {
    /** Calls and times: {@code Tracer} / {@code ThreadTrace}. */
    TIMED("workbench/agent/rt/Tracer", "workbench/agent/rt/ThreadTrace"),
    /** Calls only, no clock: {@code CallCounter} / {@code ThreadCalls}. */
    COUNTED("workbench/agent/rt/CallCounter", "workbench/agent/rt/ThreadCalls");

    final String entryClass;
    final String threadClass;

    ProbeRuntime(String entryClass, String threadClass) {
        this.entryClass = entryClass;
        this.threadClass = threadClass;
    }
}
