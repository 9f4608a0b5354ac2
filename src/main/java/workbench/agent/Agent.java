package workbench.agent;

import java.lang.instrument.Instrumentation;

/** Starts the agent once the runtime is on the bootstrap class path: picks the mode, registers the transformer. */
final class Agent {

    private Agent() {
    }

    static void start(AgentOptions options, Instrumentation inst) {
        ClassFilter filter = new ClassFilter(options.includes(), options.excludes());
        AgentMode mode = modeFor(options, filter);
        inst.addTransformer(new InstrumentingTransformer(filter, mode), false);
        Runtime.getRuntime().addShutdownHook(new Thread(mode::dump, "workbench-agent-dump"));
    }

    /**
     * @param options the parsed options; {@link AgentOptions#mode()} selects the mode
     * @param filter  what gets instrumented
     * @return the mode's instrumenter and writer
     */
    static AgentMode modeFor(AgentOptions options, ClassFilter filter) {
        switch (options.mode()) {
            case AgentOptions.TRACE:
                return new TraceMode(options, filter);
            case AgentOptions.COUNT:
                return new CountMode(options, filter);
            case AgentOptions.LINE:
                return new LineMode(options);
            default:
                throw new IllegalArgumentException("agent mode '" + options.mode() + "' is not part of this agent");
        }
    }
}
