package workbench.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry point ({@code -javaagent:workbench.jar=OPTIONS}): parses the options, defines the runtime in the
 * bootstrap class loader ({@link BootRuntime}) and hands over to {@link Agent}.
 *
 * <p>This class must not mention any {@code workbench.agent.rt} class: those have to be resolved from the
 * bootstrap class loader, which holds them only once {@link BootRuntime#install} has run.
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
        boolean inject = System.getProperty(AgentOptions.INJECT_PROPERTY) != null;
        if (parsed.mode().equals(AgentOptions.RESERVE) && !inject) {
            DumpReserve.holdForSampler();
            return;
        }
        try {
            BootRuntime.install(inst);
        } catch (Exception e) {
            System.err.println("workbench agent: cannot define the runtime in the bootstrap class loader (" + e
                    + "); running without profiling");
            return;
        }
        try {
            // first: its transformer must run before the profiling mode's, whose probes then wrap the delay
            InjectMode.startIfAsked(inst);
        } catch (RuntimeException | LinkageError e) {
            System.err.println("workbench agent: cannot inject the delay (" + e + "); running without it");
        }
        if (parsed.mode().equals(AgentOptions.RESERVE)) {
            DumpReserve.holdForSampler();
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
     * Attached to a running JVM ({@code profile --pid}): the classes already loaded are retransformed, so the
     * profile covers what runs from now on. {@value Agent#STOP} as the options ends the attached profile: its data
     * is written and the classes get their own code back, and the JVM runs on.
     *
     * @param options the agent's option string, or {@value Agent#STOP}
     * @param inst    the JVM's instrumentation
     */
    public static void agentmain(String options, Instrumentation inst) {
        if (Agent.STOP.equals(options)) {
            Agent.stopAttached();
            return;
        }
        if (!inst.isRetransformClassesSupported()) {
            System.err.println("workbench agent: this JVM cannot retransform classes; not profiling");
            return;
        }
        AgentOptions parsed;
        try {
            parsed = AgentOptions.parse(options);
            BootRuntime.install(inst);
            Agent.startAttached(parsed, inst);
        } catch (Exception | LinkageError e) {
            // an exception out of agentmain is swallowed by the JVM: say it, and leave the program as it was
            System.err.println("workbench agent: cannot start (" + e + "); not profiling");
        }
    }
}
