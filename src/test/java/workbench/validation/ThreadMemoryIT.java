package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.agent.AgentOptions;
import workbench.model.FunctionData;
import workbench.session.ChildJvm;
import workbench.validation.targets.ManyThreads;

/**
 * Thread-heavy programs under the deterministic agent: every call counted exactly, and the agent's memory bounded by
 * the live threads (docs/deterministic-mode.md, "Memory"), not by the threads the program ever started.
 */
class ThreadMemoryIT {

    /** Per trace kept: a thread that called two functions holds a few small arrays; this is generous. */
    private static final long BYTES_PER_TRACE = 8 * 1024;

    @TempDir
    Path work;

    /** What the target printed of the agent's accounting: bytes, traces. */
    private static long[] agentMemory(TracedRun run, String what) {
        Matcher m = Pattern.compile("agent-bytes=(\\d+) traces=(\\d+)").matcher(run.stdout);
        assertTrue(m.find(), "the target's output: " + run.stdout);
        long bytes = Long.parseLong(m.group(1));
        long traces = Long.parseLong(m.group(2));
        System.out.printf("agent memory, %s: %d bytes in %d traces (%.0f bytes per trace); %d threads in the"
                + " profile%n", what, bytes, traces, (double) bytes / traces, run.profile.threads().size());
        return new long[] {bytes, traces};
    }

    /**
     * The threads the table says its times sum over: every thread that called the program's code, main included,
     * however many were folded into a total (before the count, the header said 1920 threads for 10,001).
     */
    private static void assertThreads(TracedRun run, long threads) {
        assertEquals(threads, run.profile.threadCount(), run.profile.threads().size() + " entries: "
                + run.profile.threads().stream().map(t -> t.thread() + " x" + t.threads()).toList());
    }

    private static void assertExact(TracedRun run, long tasks) {
        assertEquals(0, run.result.exitCode());
        assertEquals(tasks * ManyThreads.K, run.function("ManyThreads.task").calls());
        assertEquals(tasks, run.function("ManyThreads.work").calls());
        long perThread = 0;
        for (FunctionData.ThreadFunctions t : run.profile.threads()) {
            for (var s : t.functions()) if (TracedRun.label(s.function()).contains("ManyThreads.task")) perThread += s.calls();
        }
        assertEquals(tasks * ManyThreads.K, perThread, "the threads' rows add up to the total");
    }

    @Test
    void a_pool_of_200_threads_costs_its_200_threads() throws IOException {
        TracedRun run = TracedRun.run(work, ManyThreads.class, "pool", "200", "20000");
        assertExact(run, 20_000);
        assertThreads(run, 201);
        long[] m = agentMemory(run, "a pool of 200 threads, 20000 tasks");
        assertTrue(m[1] <= 200 + 64 + 8, "traces: pool threads, main, the JVM's own, totals: " + m[1]);
        assertTrue(m[0] <= m[1] * BYTES_PER_TRACE, m[0] + " bytes");
    }

    @Test
    void one_hundred_thousand_short_threads_are_folded_by_name_with_every_call() throws IOException {
        TracedRun run = TracedRun.run(work, ManyThreads.class, "short", "100000");
        assertExact(run, 100_000);
        assertThreads(run, 100_001);
        long[] m = agentMemory(run, "100000 short platform threads, 50 at a time");
        // kept: at most twice the live ones (50) since the last fold, plus the first fold's 64, plus the totals
        assertTrue(m[1] <= 2 * 50 + 64 + 8, "traces kept: " + m[1]);
        assertTrue(m[0] <= m[1] * BYTES_PER_TRACE, m[0] + " bytes");
        // the finished threads are one total by name: Thread-0 ... Thread-99999 are "Thread-# (finished)"
        FunctionData.ThreadFunctions total = run.profile.threads().stream()
                .filter(t -> t.thread().equals("Thread-# (finished)")).findFirst().orElseThrow();
        long folded = TracedRun.find(total.functions(), "ManyThreads.work").calls();
        assertTrue(folded >= 100_000 - 2 * 50 - 64, folded + " calls in the total");
        assertTrue(run.profile.threads().size() <= 2 * 50 + 64 + 8, run.profile.threads().size() + " threads");
    }

    @Test
    void one_hundred_thousand_short_threads_counted_only_are_folded_with_every_call() throws IOException {
        // the hybrid runtime of --timing sampled: no clock, the same bound
        TracedRun run = TracedRun.run(AgentOptions.HYBRID, ChildJvm.sameJava(), work, ManyThreads.class,
                List.of(TracedRun.TARGETS), List.of(), List.of(), "short", "100000");
        assertExact(run, 100_000);
        assertThreads(run, 100_001);
        assertEquals(100_000 * ManyThreads.K, run.edgeCalls("ManyThreads.work", "ManyThreads.task"),
                "the edge's calls survive folding");
        long[] m = agentMemory(run, "100000 short platform threads, 50 at a time, hybrid (--timing sampled)");
        assertTrue(m[1] <= 2 * 50 + 64 + 8, "counts kept: " + m[1]);
        assertTrue(m[0] <= m[1] * BYTES_PER_TRACE, m[0] + " bytes");
        FunctionData.ThreadFunctions total = run.profile.threads().stream()
                .filter(t -> t.thread().equals("Thread-# (finished)")).findFirst().orElseThrow();
        long folded = TracedRun.find(total.functions(), "ManyThreads.work").calls();
        assertTrue(folded >= 100_000 - 2 * 50 - 64, folded + " calls in the total");
    }

    @Test
    void folded_threads_keep_their_call_paths_exactly() throws IOException {
        TracedRun run = TracedRun.withPaths(work, ManyThreads.class, AgentOptions.PATH_LIMIT, "short", "5000");
        assertExact(run, 5_000);
        CallPathIT.assertPathsAddUpToTable(run.profile);
        assertTrue(run.profile.threads().stream().anyMatch(t -> t.thread().equals("Thread-# (finished)")
                && t.tree().nodes().size() > 1), "the total has the folded threads' call paths");
    }

    @Test
    void one_hundred_thousand_virtual_threads_on_a_jdk_that_has_them() throws IOException {
        ChildJvm child = ChildJvm.sameJava();
        if (Runtime.version().feature() < 21) {
            Optional<Path> home = JfrCrossCheckIT.jdk25();
            if (home.isEmpty()) {
                System.out.println("virtual threads: skipped, this JDK is " + Runtime.version().feature()
                        + " and no JDK 25 is under /usr/lib/jvm");
                assumeTrue(false);
            }
            child = new ChildJvm(home.get());
        }
        TracedRun run = TracedRun.run(child, work, ManyThreads.class, List.of(TracedRun.TARGETS), List.of(),
                "virtual", "100000");
        assertExact(run, 100_000);
        assertThreads(run, 100_001);
        long[] m = agentMemory(run, "100000 virtual threads");
        assertTrue(m[0] <= 8L * 1024 * 1024, m[0] + " bytes in " + m[1] + " traces");
    }
}
