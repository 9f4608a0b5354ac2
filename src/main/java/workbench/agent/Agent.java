package workbench.agent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workbench.agent.rt.ThreadClock;
import workbench.instrument.SkipLog;
import workbench.io.AtomicFiles;

/** Starts the agent once the runtime is in the bootstrap class loader: picks the mode, registers the transformer. */
final class Agent {

    /** The option string that ends an attached profile. */
    static final String STOP = "stop";

    /**
     * System property the agent sets in a JVM it was attached to: {@code started}, then {@code stopped}. The
     * driver reads it before attaching; the runtime's counters live once per JVM, so a second attached profile
     * would mix with the first.
     */
    static final String ATTACHED = "workbench.agent.attached";

    /** The attached profile in progress, or {@code null}. */
    private static Attached attached;

    /**
     * An attached profile. Its own {@link Instrumentation} is kept: each load of the agent gets a new one, and a
     * transformer can only be removed through the one it was added to.
     */
    private record Attached(Instrumentation inst, AgentMode mode, Checkpoints writes,
                            InstrumentingTransformer transformer, ClassFilter filter, Thread hook, AgentOptions options,
                            SkipLog skips, LeftOutClasses leftOut) {
    }

    private Agent() {
    }

    static void start(AgentOptions options, Instrumentation inst) {
        ClassFilter filter = new ClassFilter(options.includes(), options.excludes(), options.functions());
        SkipLog skips = SkipLog.toStderr();
        AgentMode mode = modeFor(options, filter, skips);
        LeftOutClasses leftOut = mode.profilesClasses() ? new LeftOutClasses() : null;
        inst.addTransformer(new InstrumentingTransformer(filter, mode, skips, inst, false, leftOut), false);
        Checkpoints writes = new Checkpoints(mode, Path.of(options.output()), options.checkpointMillis());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dump(writes, options, skips, leftOut),
                "workbench-agent-dump"));
        writes.start();
    }

    /** Writes the mode's data, and what was left out beside it. */
    private static void dump(Checkpoints writes, AgentOptions options, SkipLog skips, LeftOutClasses leftOut) {
        writes.last();
        if (ThreadClock.someThreadsUntimed()) {
            skips.say("--clock cpu: virtual threads ran profiled code, and the JVM keeps no CPU time for a virtual"
                    + " thread: their calls are counted, their times are 0 (--clock wall times them)");
        }
        String outside = leftOut == null ? null : leftOut.notice();
        if (outside != null) skips.say(outside);
        writeNotices(options, skips);
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
     * Starts a profile in a running JVM: the transformer also rewrites the classes already loaded that the filter
     * selects; one that cannot be retransformed is named once and runs on unprofiled.
     */
    static synchronized void startAttached(AgentOptions options, Instrumentation inst) {
        if (System.getProperty(ATTACHED) != null) {
            System.err.println("workbench agent: already attached once to this JVM; not profiling again");
            return;
        }
        System.setProperty(ATTACHED, "started");
        ClassFilter filter = new ClassFilter(options.includes(), options.excludes(), options.functions());
        SkipLog skips = SkipLog.toStderr();
        AgentMode mode = modeFor(options, filter, skips);
        LeftOutClasses leftOut = mode.profilesClasses() ? new LeftOutClasses() : null;
        InstrumentingTransformer transformer = new InstrumentingTransformer(filter, mode, skips, inst, true, leftOut);
        inst.addTransformer(transformer, true);
        retransform(inst, selected(inst, filter, leftOut));
        // the JVM may end before the driver stops us; the driver stays, so no checkpoints
        Checkpoints writes = new Checkpoints(mode, Path.of(options.output()), 0);
        Thread hook = new Thread(() -> dump(writes, options, skips, leftOut), "workbench-agent-dump");
        Runtime.getRuntime().addShutdownHook(hook);
        attached = new Attached(inst, mode, writes, transformer, filter, hook, options, skips, leftOut);
    }

    /** Ends the attached profile: writes its data, then gives the classes their own code back. */
    static synchronized void stopAttached() {
        Attached a = attached;
        if (a == null) return;
        attached = null;
        Instrumentation inst = a.inst();
        inst.removeTransformer(a.transformer());
        a.mode().beforeAttachedDump();
        dump(a.writes(), a.options(), a.skips(), a.leftOut());
        try {
            Runtime.getRuntime().removeShutdownHook(a.hook());
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway: it writes the same data again
        }
        // the classes loaded since are among them; with no transformer of ours left the JVM restores each one's
        // own class file (a class that never was rewritten stays as it is)
        retransform(inst, selected(inst, a.filter(), null));
        System.setProperty(ATTACHED, "stopped");
    }

    /**
     * @param leftOut where to count the program's classes loaded so far that the filter leaves out ({@code null}: no
     *                count)
     * @return the loaded classes the filter selects that can be retransformed
     */
    private static List<Class<?>> selected(Instrumentation inst, ClassFilter filter, LeftOutClasses leftOut) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            ClassLoader loader = c.getClassLoader();
            if (loader == null || loader == ClassLoader.getPlatformClassLoader() || c.isArray() || c.isHidden()) {
                continue;
            }
            String name = c.getName().replace('.', '/');
            if (!filter.instruments(name)) {
                if (leftOut != null && filter.leavesOut(name)) leftOut.saw(name);
                continue;
            }
            if (inst.isModifiableClass(c)) classes.add(c);
        }
        return classes;
    }

    /** One class at a time: one that cannot be retransformed must not keep the others from it. */
    private static void retransform(Instrumentation inst, List<Class<?>> classes) {
        for (Class<?> c : classes) {
            try {
                inst.retransformClasses(c);
            } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                System.err.println("workbench agent: cannot retransform " + c.getName() + " (" + e
                        + "); it runs unprofiled");
            }
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
            case AgentOptions.HYBRID:
                return new HybridMode(options, filter, skips);
            case AgentOptions.LINE:
                return new LineMode(options, skips);
            default:
                throw new IllegalArgumentException("agent mode '" + options.mode() + "' is not part of this agent");
        }
    }
}
