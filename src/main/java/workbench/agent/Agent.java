package workbench.agent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import workbench.instrument.SkipLog;
import workbench.io.AtomicFiles;

/** Starts the agent once the runtime is on the bootstrap class path: picks the mode, registers the transformer. */
final class Agent {

    private Agent() {
    }

    static void start(AgentOptions options, Instrumentation inst) {
        ClassFilter filter = new ClassFilter(options.includes(), options.excludes(), options.functions());
        SkipLog skips = SkipLog.toStderr();
        AgentMode mode = modeFor(options, filter, skips);
        inst.addTransformer(new InstrumentingTransformer(filter, mode, skips, inst), false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mode.dump();
            writeNotices(options, skips);
        }, "workbench-agent-dump"));
    }

    /** What was left out goes beside the raw output too: the recorder makes it the saved run's notices. */
    private static void writeNotices(AgentOptions options, SkipLog skips) {
        List<String> lines = skips.said();
        if (lines.isEmpty()) return;
        try {
            AtomicFiles.write(AgentOptions.noticesFile(options.output()),
                    (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            System.err.println("workbench agent: cannot write " + AgentOptions.noticesFile(options.output()) + " ("
                    + e + ")");
        }
    }

    /**
     * @param options the parsed options; {@link AgentOptions#mode()} selects the mode
     * @param filter  what gets instrumented
     * @param skips   where the instrumenter says what it leaves out
     * @return the mode's instrumenter and writer
     */
    static AgentMode modeFor(AgentOptions options, ClassFilter filter, SkipLog skips) {
        switch (options.mode()) {
            case AgentOptions.TRACE:
                return new TraceMode(options, filter, skips);
            case AgentOptions.LINE:
                return new LineMode(options, skips);
            default:
                throw new IllegalArgumentException("agent mode '" + options.mode() + "' is not part of this agent");
        }
    }
}
