package workbench.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The subtraction itself, on hand-made counters whose differences are known. */
class TraceBaselineTest {

    private static TraceData.Counts c(long calls, long primitive, long own, long cumulative, long children,
                                      long descendants) {
        return new TraceData.Counts(calls, primitive, own, cumulative, children, descendants);
    }

    @Test
    void counts_are_the_end_minus_the_baseline_per_function_and_edge_and_empty_rows_go() {
        TraceData.ThreadData base = new TraceData.ThreadData("main", 1,
                List.of(new TraceData.FunctionCounts(0, c(1, 1, 10, 100, 1, 5)),
                        new TraceData.FunctionCounts(1, c(4, 2, 40, 60, 0, 0)),
                        new TraceData.FunctionCounts(2, c(7, 7, 70, 70, 0, 0))),
                List.of(new TraceData.EdgeCounts(0, 1, c(4, 2, 40, 60, 0, 0)),
                        new TraceData.EdgeCounts(1, 2, c(7, 7, 70, 70, 0, 0))));
        TraceData.ThreadData end = new TraceData.ThreadData("main", 1,
                List.of(new TraceData.FunctionCounts(0, c(1, 1, 15, 300, 3, 20)),
                        new TraceData.FunctionCounts(1, c(10, 5, 100, 150, 0, 0)),
                        new TraceData.FunctionCounts(2, c(7, 7, 70, 70, 0, 0)),
                        new TraceData.FunctionCounts(3, c(2, 2, 8, 8, 0, 0))),
                List.of(new TraceData.EdgeCounts(0, 1, c(10, 5, 100, 150, 0, 0)),
                        new TraceData.EdgeCounts(1, 2, c(7, 7, 70, 70, 0, 0)),
                        new TraceData.EdgeCounts(0, 3, c(2, 2, 8, 8, 0, 0))));
        TraceData.ThreadData after = TraceBaseline.since(end, base);
        assertEquals(List.of(new TraceData.FunctionCounts(0, c(0, 0, 5, 200, 2, 15)),
                new TraceData.FunctionCounts(1, c(6, 3, 60, 90, 0, 0)),
                new TraceData.FunctionCounts(3, c(2, 2, 8, 8, 0, 0))), after.functions(),
                "function 2 ran only before the boundary; 0, open across it, keeps its time with no call");
        assertEquals(List.of(new TraceData.EdgeCounts(0, 1, c(6, 3, 60, 90, 0, 0)),
                new TraceData.EdgeCounts(0, 3, c(2, 2, 8, 8, 0, 0))), after.edges());
    }

    @Test
    void nodes_are_matched_by_path_whatever_their_numbers() {
        // baseline: root 0 -> 1 -> 2; the end has a node first used later (0 -> 3) before 1's subtree grew
        TraceData.ThreadData base = thread(List.of(
                new TraceData.PathNode(TraceData.PathNode.ROOT, 0, 1, 10),
                new TraceData.PathNode(0, 1, 2, 20),
                new TraceData.PathNode(1, 2, 4, 40)));
        TraceData.ThreadData end = thread(List.of(
                new TraceData.PathNode(TraceData.PathNode.ROOT, 0, 1, 15),
                new TraceData.PathNode(0, 3, 5, 50),
                new TraceData.PathNode(0, 1, 2, 20),
                new TraceData.PathNode(2, 2, 4, 40),
                new TraceData.PathNode(3, 2, 3, 30),
                new TraceData.PathNode(TraceData.PathNode.TRUNCATED, 2, 1, 1)));
        List<TraceData.PathNode> after = TraceBaseline.since(end, base).nodes();
        // 0->1 and 0->1->2 are unchanged, but 0->1->2->2 (a recursion's new depth) is new: its path stays
        assertEquals(List.of(
                new TraceData.PathNode(TraceData.PathNode.ROOT, 0, 0, 5),
                new TraceData.PathNode(0, 3, 5, 50),
                new TraceData.PathNode(0, 1, 0, 0),
                new TraceData.PathNode(2, 2, 0, 0),
                new TraceData.PathNode(3, 2, 3, 30),
                new TraceData.PathNode(TraceData.PathNode.TRUNCATED, 2, 1, 1)), after);
    }

    @Test
    void a_thread_that_began_after_the_boundary_is_kept_whole() {
        TraceData.ThreadData end = thread(List.of(new TraceData.PathNode(TraceData.PathNode.ROOT, 0, 1, 15)));
        assertSame(end, TraceBaseline.since(end, null));
    }

    private static TraceData.ThreadData thread(List<TraceData.PathNode> nodes) {
        return new TraceData.ThreadData("t", 7, List.of(), List.of(), nodes);
    }

    private static TraceData.ThreadData calls(String name, long id, long threads, long f1, long f2) {
        List<TraceData.FunctionCounts> rows = new java.util.ArrayList<>();
        if (f1 > 0) rows.add(new TraceData.FunctionCounts(1, c(f1, f1, f1 * 10, f1 * 10, 0, 0)));
        if (f2 > 0) rows.add(new TraceData.FunctionCounts(2, c(f2, f2, f2 * 10, f2 * 10, 0, 0)));
        return new TraceData.ThreadData(name, id, rows, List.of(), List.of(), threads);
    }

    /**
     * A worker alive at the boundary that ended and was folded into its name pattern's total before the dump: its
     * warm-up calls are in the total, and come out of it with the total's own baseline. Before, they stayed: the
     * baseline was matched by thread id alone, and the worker had none at the end.
     */
    @Test
    void a_thread_folded_into_a_total_since_the_boundary_has_its_warmup_taken_from_the_total() {
        // at the boundary: main 5 calls of f1; worker-7 3 of f1; the total of workers that ended before it, 2 of f1
        java.util.Map<Long, TraceData.ThreadData> base = new java.util.LinkedHashMap<>();
        base.put(1L, calls("main", 1, 1, 5, 0));
        base.put(7L, calls("worker-7", 7, 1, 3, 0));
        base.put(-1L, calls("worker-# (finished)", -1, 4, 2, 0));
        base.put(9L, calls("odd", 9, 1, 1, 0));
        // at the end: main 8 of f1; the total holds worker-7 (3 before, 4 after) and the earlier ones (2) and more
        // workers after the boundary (6 of f2); "odd" went into the last total, the totals being at their cap
        List<TraceData.ThreadData> end = List.of(calls("main", 1, 1, 8, 0),
                calls("worker-# (finished)", -1, 9, 3 + 4 + 2, 6), calls("(other finished threads)", -2, 1, 1, 0));
        List<TraceData.ThreadData> after = TraceBaseline.since(end, base,
                n -> n.replaceAll("\\d+", "#") + " (finished)", "(other finished threads)");
        assertEquals(List.of(calls("main", 1, 1, 3, 0), calls("worker-# (finished)", -1, 9, 4, 6)), after,
                "main keeps its 3 calls after the boundary, the total worker-7's 4 and the later workers' 6;"
                        + " the last total had nothing after it");
        assertSame(end, TraceBaseline.since(end, null, n -> n, ""), "no boundary: the end as it is");
    }
}
