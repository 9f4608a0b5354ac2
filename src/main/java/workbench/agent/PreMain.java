package workbench.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry point ({@code -javaagent:workbench.jar=OPTIONS}): parses the options, puts the runtime on the
 * bootstrap class path and hands over to {@link Agent}.
 *
 * <p>This class must not mention any {@code workbench.agent.rt} class: those have to be resolved from the
 * bootstrap class path, which only exists once {@link BootstrapJar#install} has run.
 */
public final class PreMain {

    private PreMain() {
    }

    /**
     * @param options the agent's option string, see {@link AgentOptions}
     * @param inst    the JVM's instrumentation
     */
    public static void premain(String options, Instrumentation inst) {
        AgentOptions parsed;
        try {
            parsed = AgentOptions.parse(options);
        } catch (IllegalArgumentException e) {
            System.err.println("workbench agent: " + e.getMessage() + "; running without profiling");
            return;
        }
        try {
            BootstrapJar.install(inst);
        } catch (Exception e) {
            System.err.println("workbench agent: cannot put the runtime on the bootstrap class path (" + e
                    + "); running without profiling");
            return;
        }
        try {
            Agent.start(parsed, inst);
        } catch (RuntimeException | LinkageError e) {
            // an exception out of premain would abort the JVM: the program runs, unprofiled
            System.err.println("workbench agent: cannot start (" + e + "); running without profiling");
        }
    }

    /**
     * Attaching to a running JVM is the same, minus the classes loaded before (they stay uninstrumented).
     *
     * @param options the agent's option string
     * @param inst    the JVM's instrumentation
     */
    public static void agentmain(String options, Instrumentation inst) {
        premain(options, inst);
    }
}
