package workbench.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.CallTree;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.MethodId;

/** The raw calling-context tree through the file and the converter: exact calls, own time calibrated as the table's. */
class CallTreeConversionTest {

    @TempDir
    Path dir;

    private static final List<TraceData.Function> FUNCTIONS = List.of(
            new TraceData.Function(0, false, "demo/Main", "main", "([Ljava/lang/String;)V", "Main.java", 5),
            new TraceData.Function(1, false, "demo/Main", "work", "()V", "Main.java", 12),
            new TraceData.Function(2, true, "java/util/Random", "nextInt", "", "", 0));

    private static TraceData.Counts counts(long calls, long own, long children) {
        return new TraceData.Counts(calls, calls, own, own, children, children);
    }

    /**
     * main calls work 10 times and nextInt 5 times; work calls nextInt once each. Inside cost 10 ns, 20 ns outside a
     * built-in's call, 30 ns outside an instrumented method's.
     */
    static TraceData.ThreadData thread(long id, List<TraceData.PathNode> nodes) {
        return new TraceData.ThreadData("main", id, List.of(
                new TraceData.FunctionCounts(0, counts(1, 1_000, 15)),
                new TraceData.FunctionCounts(1, counts(10, 5_000, 10)),
                new TraceData.FunctionCounts(2, counts(15, 3_000, 0))),
                List.of(new TraceData.EdgeCounts(0, 1, counts(10, 5_000, 10)),
                        new TraceData.EdgeCounts(1, 2, counts(10, 2_000, 0)),
                        new TraceData.EdgeCounts(0, 2, counts(5, 1_000, 0))),
                nodes);
    }

    private static final List<TraceData.PathNode> TREE = List.of(
            new TraceData.PathNode(TraceData.PathNode.ROOT, 0, 1, 1_000),
            new TraceData.PathNode(0, 1, 10, 5_000),
            new TraceData.PathNode(1, 2, 10, 2_000),
            new TraceData.PathNode(0, 2, 5, 1_000));

    private static FunctionData convert(boolean calibrate, TraceData.ThreadData... threads) {
        return TraceConverter.toFunctionData(new TraceData(10, 20, 30, 1_000_000, 1000, FUNCTIONS, List.of(threads)),
                calibrate);
    }

    /** Each function's nodes add up to its row: calls exactly, own time exactly when nothing is clamped. */
    private static void assertNodesAddUpToRows(FunctionData data) {
        for (FunctionData.ThreadFunctions t : data.threads()) {
            Map<MethodId, Long> calls = t.tree().callsByMethod();
            Map<MethodId, Long> own = new java.util.HashMap<>();
            for (int i = 0; i < t.tree().nodes().size(); i++) {
                own.merge(t.tree().frame(i).method(), t.tree().nodes().get(i).ownNanos(), Long::sum);
            }
            for (FunctionStats s : t.functions()) {
                assertEquals(s.calls(), calls.get(s.method()), "calls of " + s.method());
                assertEquals(s.totalNanos(), own.get(s.method()), "own time of " + s.method());
            }
        }
    }

    @Test
    void calibrated_nodes_lose_their_calls_inside_cost_and_their_childrens_outside_cost() {
        FunctionData data = convert(true, thread(1, TREE));
        CallTree tree = data.threads().get(0).tree();
        assertEquals(List.of(590L, 4_700L, 1_900L, 950L), tree.nodes().stream().map(CallTree.Node::ownNanos).toList());
        assertEquals(List.of(8_140L, 6_600L, 1_900L, 950L), java.util.Arrays.stream(tree.totalNanos()).boxed().toList());
        assertNodesAddUpToRows(data);
        assertNodesAddUpToRows(convert(false, thread(1, TREE)));
        assertEquals("[demo.Main.main([Ljava/lang/String;)V, demo.Main.work()V, java.util.Random.nextInt]",
                tree.path(2).stream().map(f -> f.method().toString()).toList().toString());
    }

    @Test
    void paths_beyond_the_limit_hang_under_the_marker_and_still_add_up() {
        // the limit was reached after main → work: work's calls of nextInt went under the marker
        List<TraceData.PathNode> cut = List.of(
                new TraceData.PathNode(TraceData.PathNode.ROOT, 0, 1, 1_000),
                new TraceData.PathNode(0, 1, 10, 5_000),
                new TraceData.PathNode(TraceData.PathNode.TRUNCATED, 2, 15, 3_000));
        FunctionData data = convert(true, thread(1, cut));
        CallTree tree = data.threads().get(0).tree();
        assertEquals(15, tree.truncatedCalls());
        assertEquals(List.of(CallTree.TRUNCATED.method(), new MethodId("java.util.Random", "nextInt", "")),
                tree.path(3).stream().map(f -> f.method()).toList());
        assertNodesAddUpToRows(data);
    }

    @Test
    void two_traces_of_one_thread_merge_path_by_path_and_threads_stay_apart() throws IOException {
        FunctionData data = convert(false, thread(1, TREE), thread(1, TREE), thread(2, TREE));
        assertEquals(2, data.threads().size());
        CallTree once = data.threads().get(0).tree();
        assertEquals(4, once.nodes().size());
        assertEquals(List.of(2L, 20L, 20L, 10L), once.nodes().stream().map(CallTree.Node::calls).toList());
        assertEquals(List.of(1L, 10L, 10L, 5L),
                data.threads().get(1).tree().nodes().stream().map(CallTree.Node::calls).toList());
        assertNodesAddUpToRows(data);
    }

    @Test
    void the_raw_file_keeps_the_tree_and_its_limit() throws IOException {
        TraceData data = new TraceData(10, 20, 30, 1_000_000, 1000, FUNCTIONS, List.of(thread(1, TREE)));
        Path f = dir.resolve("t.wbt");
        TraceWriter.write(data, f);
        assertEquals(data, TraceReader.read(f));
    }

    @Test
    void a_node_before_its_parent_is_refused_as_corrupt() throws IOException {
        TraceData bad = new TraceData(0, 0, 0, 0, 10, FUNCTIONS, List.of(thread(1, List.of(
                new TraceData.PathNode(1, 0, 1, 1), new TraceData.PathNode(TraceData.PathNode.ROOT, 1, 1, 1)))));
        Path f = dir.resolve("bad.wbt");
        TraceWriter.write(bad, f);
        IOException e = assertThrows(IOException.class, () -> TraceReader.read(f));
        assertEquals("trace file " + f + " is corrupt (node 0 has parent 1)", e.getMessage());
    }
}
