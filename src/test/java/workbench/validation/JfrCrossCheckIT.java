package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workbench.session.Jdks;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.session.ChildJvm;
import workbench.validation.targets.Edges;
import workbench.validation.targets.Exceptions;
import workbench.validation.targets.Recursion;
import workbench.validation.targets.Threads;

/**
 * Our counts against the JVM's own: on JDK 25, JFR's {@code jdk.MethodTiming} (JEP 520) counts invocations of
 * chosen methods with its own bytecode instrumentation, in the same run as our agent. They must agree exactly.
 */
class JfrCrossCheckIT {

    @TempDir
    Path work;

    /** @return a JDK 25 home found by its release file, if one is installed */
    static Optional<Path> jdk25() {
        return Jdks.find(25);
    }

    private Map<String, Long> crossCheck(Class<?> target, List<String> methods) throws IOException {
        Optional<Path> home = jdk25();
        assumeTrue(home.isPresent(), "no JDK 25 under /usr/lib/jvm");
        Path jfr = work.resolve("timing.jfr");
        String filter = String.join(";", methods.stream().map(m -> target.getName() + "::" + m).toList());
        TracedRun run = TracedRun.run(new ChildJvm(home.get()), work, target, List.of(TracedRun.TARGETS),
                List.of("-XX:StartFlightRecording:method-timing=" + filter + ",filename=" + jfr));
        assertEquals(0, run.result.exitCode());
        Map<String, Long> invocations = new HashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.MethodTiming")) continue;
            RecordedMethod m = e.getValue("method");
            invocations.merge(m.getName(), e.getLong("invocations"), Math::max);
        }
        for (String m : methods) {
            assertTrue(invocations.containsKey(m), "JFR timed " + invocations.keySet());
            String simple = target.getSimpleName() + "." + m;
            assertEquals(invocations.get(m).longValue(), run.function(simple + ")").calls(), simple);
        }
        return invocations;
    }

    @Test
    void recursive_counts_agree_with_jfr_method_timing() throws IOException {
        Map<String, Long> jfr = crossCheck(Recursion.class, List.of("fib", "even", "odd"));
        assertEquals(21891L, jfr.get("fib"));
    }

    @Test
    void counts_across_threads_and_edges_agree_with_jfr_method_timing() throws IOException {
        crossCheck(Threads.class, List.of("task", "work"));
        crossCheck(Edges.class, List.of("a", "b", "c", "d"));
    }

    /**
     * JFR counts an invocation where the method returns or executes an {@code athrow} of its own: a method left by
     * an exception from a callee is not counted at all, and our rethrowing handler adds an {@code athrow}, so
     * thrower and middle cannot be compared. The methods around them, whose stack we unwind, can.
     */
    @Test
    void counts_around_methods_left_by_a_throw_agree_with_jfr_method_timing() throws IOException {
        crossCheck(Exceptions.class, List.of("after", "parse", "outer"));
    }

    @Test
    void the_workload_randint_count_agrees_with_jfr_method_timing() throws IOException {
        Optional<Path> home = jdk25();
        assumeTrue(home.isPresent(), "no JDK 25 under /usr/lib/jvm");
        Path jfr = work.resolve("workload.jfr");
        TracedRun run = TracedRun.run(new ChildJvm(home.get()), work, workbench.workload.Main.class, List.of(),
                List.of("-XX:StartFlightRecording:method-timing=workbench.workload.Data::randint,filename=" + jfr),
                "1000", "10", "4", "0.05", "boxed", "1");
        long jfrCount = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (e.getEventType().getName().equals("jdk.MethodTiming")) {
                jfrCount = Math.max(jfrCount, e.getLong("invocations"));
            }
        }
        assertEquals(41000, jfrCount);
        assertEquals(jfrCount, run.function("Data.randint").calls());
    }
}
