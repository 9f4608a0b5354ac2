package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.agent.AgentOptions;
import workbench.export.CollapsedExporter;
import workbench.export.PathValue;
import workbench.model.CallTree;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.MethodId;
import workbench.session.DeterministicRecorder;
import workbench.validation.targets.Paths;
import workbench.validation.targets.Recursion;
import workbench.validation.targets.Threads;

/** Exact calls per call path of real compiled targets run under the agent in a child JVM. */
class CallPathIT {

    private static final String T = "workbench.validation.targets.";

    @TempDir
    Path work;

    private List<String> collapsed(FunctionData profile) throws IOException {
        Path file = work.resolve("paths.collapsed");
        new CollapsedExporter().export(profile, PathValue.CALLS, file);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.sort(null);
        return lines;
    }

    /** Every function's calls over its paths are its calls in the table, on every thread. */
    static void assertPathsAddUpToTable(FunctionData profile) {
        for (FunctionData.ThreadFunctions t : profile.threads()) {
            Map<MethodId, Long> byPath = t.tree().callsByMethod();
            Map<MethodId, Long> byRow = new HashMap<>();
            for (FunctionStats s : t.functions()) byRow.merge(s.method(), s.calls(), Long::sum);
            assertEquals(byRow, byPath, "thread " + t.thread());
        }
    }

    @Test
    void each_call_path_has_its_exact_calls() throws IOException {
        TracedRun run = TracedRun.withPaths(work, Paths.class, AgentOptions.PATH_LIMIT);
        assertEquals("5", run.stdout.trim());
        String main = T + "Paths.main";
        String rec = T + "Paths.rec";
        assertEquals(List.of(
                main + " 1",
                main + ";java.io.PrintStream.println 1", // sorted: the built-in's package comes first
                main + ";" + T + "Paths.rec 1",
                main + ";" + rec + ";" + rec + " 1",
                main + ";" + rec + ";" + rec + ";" + rec + " 1",
                main + ";" + rec + ";" + rec + ";" + rec + ";" + rec + " 1",
                main + ";" + rec + ";" + rec + ";" + rec + ";" + rec + ";" + rec + " 1",
                main + ";" + rec + ";" + rec + ";" + rec + ";" + rec + ";" + rec + ";" + T + "Paths.leaf 1",
                main + ";" + T + "Paths.viaA 1",
                main + ";" + T + "Paths.viaA;" + T + "Paths.leaf 3",
                main + ";" + T + "Paths.viaB 1",
                main + ";" + T + "Paths.viaB;" + T + "Paths.leaf 5",
                main + ";" + T + "Paths.viaB;" + T + "Paths.viaA 1",
                main + ";" + T + "Paths.viaB;" + T + "Paths.viaA;" + T + "Paths.leaf 2"),
                collapsed(run.profile));
        assertPathsAddUpToTable(run.profile);
        assertPathsAddUpToTable(run.raw);
        // own time: a function's paths add up to its tottime, to calibration's rounding of each node
        for (FunctionData.ThreadFunctions t : run.raw.threads()) {
            for (FunctionStats s : t.functions()) {
                long own = 0;
                for (int i = 0; i < t.tree().nodes().size(); i++) {
                    if (t.tree().frame(i).method().equals(s.method())) own += t.tree().nodes().get(i).ownNanos();
                }
                assertEquals(s.totalNanos(), own, "raw own time of " + s.method());
            }
        }
    }

    @Test
    void a_recursion_has_a_node_per_depth() throws IOException {
        TracedRun run = TracedRun.withPaths(work, Recursion.class, AgentOptions.PATH_LIMIT);
        CallTree tree = run.profile.threads().get(0).tree();
        List<Long> fib = new ArrayList<>();
        for (int i = 0; i < tree.nodes().size(); i++) {
            if (tree.frame(i).method().method().equals("fib")) fib.add(tree.nodes().get(i).calls());
        }
        assertEquals(20, fib.size(), "fib(20) is 20 calls deep");
        assertEquals(List.of(1L, 2L, 4L, 8L), fib.subList(0, 4)); // every call above depth 5 has n >= 2
        assertEquals(21891, fib.stream().mapToLong(Long::longValue).sum());
        assertPathsAddUpToTable(run.profile);
    }

    @Test
    void threads_keep_their_own_trees_and_merge_in_the_export() throws IOException {
        TracedRun run = TracedRun.withPaths(work, Threads.class, AgentOptions.PATH_LIMIT);
        int workers = 0;
        for (FunctionData.ThreadFunctions t : run.profile.threads()) {
            if (!t.thread().startsWith("worker-")) continue;
            workers++;
            assertEquals(List.of(T + "Threads.work", T + "Threads.task", "java.lang.Integer.bitCount"),
                    t.tree().path(t.tree().nodes().size() - 1).stream().map(f -> f.method().className() + "."
                            + f.method().method()).toList());
            assertEquals(List.of(1L, 250L, 250L), t.tree().nodes().stream().map(CallTree.Node::calls).toList());
        }
        assertEquals(4, workers);
        List<String> lines = collapsed(run.profile);
        assertTrue(lines.contains(T + "Threads.work 4"), lines.toString());
        assertTrue(lines.contains(T + "Threads.work;" + T + "Threads.task 1000"), lines.toString());
        assertTrue(lines.contains(T + "Threads.work;" + T + "Threads.task;java.lang.Integer.bitCount 1000"),
                lines.toString());
        assertPathsAddUpToTable(run.profile);
    }

    @Test
    void past_the_node_limit_paths_are_cut_to_the_marker_with_a_notice_and_no_call_lost() throws IOException {
        TracedRun run = TracedRun.withPaths(work, Paths.class, 3);
        assertEquals("5", run.stdout.trim(), "the program is unchanged");
        assertEquals(3, run.data.maxPaths());
        CallTree tree = run.profile.threads().get(0).tree();
        // main, main;viaA and main;viaA;leaf (3 calls) fill the tree; every later path goes under the marker
        assertEquals(21 - 5, tree.truncatedCalls()); // 21 calls in all, 5 of them on the three kept paths
        assertPathsAddUpToTable(run.profile);
        List<String> notices = DeterministicRecorder.truncations(run.profile, 3);
        assertEquals(List.of("call paths: thread main went beyond the call tree's limits (3 nodes, 2048 calls deep);"
                + " 16 calls on further paths are counted per function under [paths beyond the limit]"
                + " (--max-paths raises the node limit)"), notices);
        List<String> lines = collapsed(run.profile);
        assertTrue(lines.contains("[paths beyond the limit];" + T + "Paths.leaf 8"), lines.toString());
        assertTrue(lines.contains("[paths beyond the limit];" + T + "Paths.rec 5"), lines.toString());
    }
}
