package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workbench.agent.AgentOptions;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.report.Labels;
import workbench.model.FunctionStats;
import workbench.session.ChildJvm;
import workbench.trace.TraceConverter;
import workbench.trace.TraceData;
import workbench.trace.TraceReader;

/**
 * Runs a validation target's {@code main} in a child JVM under the shaded jar as {@code -javaagent}, and reads
 * back what the agent wrote: the JaCoCo way of testing an agent, with real compiled classes.
 */
public final class TracedRun {

    /** The targets' package, which the default filter leaves out (it is under workbench.*). */
    public static final String TARGETS = "workbench.validation.targets.*";

    public final ChildJvm.Result result;
    public final String stdout;
    public final TraceData data;
    public final FunctionData profile;
    public final FunctionData raw;

    private TracedRun(ChildJvm.Result result, String stdout, TraceData data) {
        this.result = result;
        this.stdout = stdout;
        this.data = data;
        this.profile = TraceConverter.toFunctionData(data, true);
        this.raw = TraceConverter.toFunctionData(data, false);
    }

    /** @return the shaded jar the build made, from failsafe's system property */
    public static Path jar() {
        String jar = System.getProperty("workbench.jar");
        assertNotNull(jar, "run as an integration test: -Dworkbench.jar is not set");
        return Path.of(jar);
    }

    /**
     * A child running {@link workbench.validation.targets.VirtualWork} on a JDK with virtual threads: this one, or
     * JDK 25 beside it; the test is skipped where there is neither.
     *
     * @param iterations each thread's work
     * @param stdout     where the program's output goes
     * @return the child, not started
     */
    static ChildJvm virtualWork(String iterations, Path stdout) {
        Path home = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() < 21) {
            java.util.Optional<Path> found = JfrCrossCheckIT.jdk25();
            org.junit.jupiter.api.Assumptions.assumeTrue(found.isPresent(),
                    "this JDK has no virtual threads and no JDK 25 is under /usr/lib/jvm");
            home = found.get();
        }
        return new ChildJvm(home).classPath(workbench.session.SelfJar.locate()).classPath(testClasses())
                .main(workbench.validation.targets.VirtualWork.class.getName(), List.of(iterations))
                .timeout(java.time.Duration.ofMinutes(2)).stdoutTo(stdout);
    }

    /** @return the compiled test classes (the targets) */
    public static Path testClasses() {
        try {
            return Path.of(TracedRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param child    a child JVM (e.g. another Java); the agent and class path are added here
     * @param work     a fresh directory
     * @param target   the target's class
     * @param includes include patterns (empty: the default selection)
     * @param jvmArgs  more JVM options
     * @param args     the target's arguments
     * @return what the run left
     */
    public static TracedRun run(ChildJvm child, Path work, Class<?> target, List<String> includes,
                                List<String> jvmArgs, String... args) throws IOException {
        return run(child, work, target, includes, List.of(), jvmArgs, args);
    }

    /** As above, with exclude patterns. */
    public static TracedRun run(ChildJvm child, Path work, Class<?> target, List<String> includes,
                                List<String> excludes, List<String> jvmArgs, String... args) throws IOException {
        return run(AgentOptions.TRACE, child, work, target, includes, excludes, 0, jvmArgs, args);
    }

    /** As above, in agent mode {@code mode}: {@link AgentOptions#TRACE} or {@link AgentOptions#HYBRID}. */
    public static TracedRun run(String mode, ChildJvm child, Path work, Class<?> target, List<String> includes,
                                List<String> excludes, List<String> jvmArgs, String... args) throws IOException {
        return run(mode, child, work, target, includes, excludes, 0, jvmArgs, args);
    }

    /** @return a run of the target on this JVM's Java, keeping at most {@code maxPaths} call-tree nodes per thread */
    public static TracedRun withPaths(Path work, Class<?> target, int maxPaths, String... args) throws IOException {
        return run(AgentOptions.TRACE, ChildJvm.sameJava(), work, target, List.of(TARGETS), List.of(), maxPaths,
                List.of(), args);
    }

    private static TracedRun run(String mode, ChildJvm child, Path work, Class<?> target, List<String> includes,
                                 List<String> excludes, int maxPaths, List<String> jvmArgs, String... args)
            throws IOException {
        Path out = work.resolve("trace.wbt");
        Path stdout = work.resolve("stdout.txt");
        AgentOptions options = new AgentOptions(mode, out.toString(), includes, excludes, true).withPaths(maxPaths);
        child.jvmArg("-javaagent:" + jar() + "=" + options);
        for (String a : jvmArgs) child.jvmArg(a);
        child.classPath(testClasses()).main(target.getName(), List.of(args)).stdoutTo(stdout);
        ChildJvm.Result result = child.run();
        return new TracedRun(result, Files.readString(stdout), TraceReader.read(out));
    }

    /** @return a run of the target on this JVM's Java, with the targets' package instrumented */
    public static TracedRun run(Path work, Class<?> target, String... args) throws IOException {
        return run(ChildJvm.sameJava(), work, target, List.of(TARGETS), List.of(), args);
    }

    /** @return the merged statistics of the function whose label contains {@code fragment}, which must be unique */
    public FunctionStats function(String fragment) {
        return find(profile.merged(), fragment);
    }

    /** @return the merged statistics of the function, or fail listing what there is */
    public static FunctionStats find(List<FunctionStats> stats, String fragment) {
        List<FunctionStats> hits = new ArrayList<>();
        for (FunctionStats s : stats) {
            if (label(s.function()).contains(fragment)) hits.add(s);
        }
        List<String> all = new ArrayList<>();
        for (FunctionStats s : stats) all.add(label(s.function()));
        assertEquals(1, hits.size(), "functions matching '" + fragment + "' among " + all);
        return hits.get(0);
    }

    /** @return calls along the edge from the caller matching {@code caller} into {@code callee}, 0 when none */
    public long edgeCalls(String caller, String callee) {
        for (FunctionStats.CallerStats c : function(callee).callers()) {
            if (label(c.caller()).contains(caller)) return c.calls();
        }
        return 0;
    }

    /** @return the function's pstats label, stripped as the default table shows it */
    public static String label(Frame f) {
        return Labels.STRIPPED.label(f);
    }
}
