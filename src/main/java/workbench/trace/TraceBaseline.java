package workbench.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What happened after a warm-up boundary: a thread's counters at the end minus its counters at the boundary (the
 * baseline), per function, caller-to-callee edge and calling-context node. Every counter is a sum over the thread's
 * calls, so the difference is exactly what the calls after the boundary added.
 *
 * <p>The rule for frames open at the boundary ({@code main}, the loop around the runs): the baseline closed them at
 * the boundary's time, so their call counts before it (0 calls after it) and their time after it is kept (own and
 * cumulative time, and the calls made beneath them, which calibration needs). A row with no call and no time after
 * the boundary is dropped.
 */
public final class TraceBaseline {

    private TraceBaseline() {
    }

    /**
     * Every thread's counters after the boundary. A thread's baseline goes to its own counters at the end, matched by
     * thread id; a thread that has ended since and been folded into a total of finished threads has no counters of
     * its own at the end, so its baseline goes to the total it was folded into, found by name ({@code totalOf}): the
     * total holds its warm-up calls too, which would otherwise stay in the table.
     *
     * @param end     every thread's and total's counters at the dump
     * @param base    their counters at the boundary, by thread id ({@code null}: no boundary, the end as it is)
     * @param totalOf    the name of the total of a finished thread's name pattern
     * @param otherTotal the name of the total the threads of patterns beyond the totals' cap go into
     * @return what each did after the boundary, in the end's order; those left with nothing are dropped
     */
    public static List<TraceData.ThreadData> since(List<TraceData.ThreadData> end,
                                                   Map<Long, TraceData.ThreadData> base,
                                                   Function<String, String> totalOf, String otherTotal) {
        if (base == null) return end;
        Map<Long, TraceData.ThreadData> byId = new HashMap<>();
        Map<String, TraceData.ThreadData> totals = new HashMap<>();
        for (TraceData.ThreadData t : end) {
            byId.put(t.threadId(), t);
            if (t.threadId() < 0) totals.put(t.name(), t);
        }
        Map<TraceData.ThreadData, List<TraceData.ThreadData>> bases = new IdentityHashMap<>();
        for (TraceData.ThreadData b : base.values()) {
            TraceData.ThreadData to = byId.get(b.threadId());
            if (to == null && b.threadId() >= 0) {
                to = totals.get(totalOf.apply(b.name()));
                if (to == null) to = totals.get(otherTotal);
            }
            // a total is subtracted after the threads folded into it since: each subtraction leaves what is left
            if (to != null) bases.computeIfAbsent(to, k -> new ArrayList<>()).add(b);
        }
        List<TraceData.ThreadData> out = new ArrayList<>();
        for (TraceData.ThreadData t : end) {
            TraceData.ThreadData after = t;
            for (TraceData.ThreadData b : bases.getOrDefault(t, List.of())) after = since(after, b);
            if (!after.functions().isEmpty()) out.add(after);
        }
        return out;
    }

    /**
     * @param end  a thread's counters at the dump
     * @param base the same thread's counters at the boundary, its open frames closed there; {@code null} when the
     *             thread had not called anything yet
     * @return what the thread did after the boundary
     */
    public static TraceData.ThreadData since(TraceData.ThreadData end, TraceData.ThreadData base) {
        if (base == null) return end;
        Map<Integer, TraceData.Counts> before = new HashMap<>();
        base.functions().forEach(f -> before.put(f.id(), f.counts()));
        List<TraceData.FunctionCounts> functions = new ArrayList<>();
        for (TraceData.FunctionCounts f : end.functions()) {
            TraceData.Counts c = minus(f.counts(), before.get(f.id()));
            if (!empty(c)) functions.add(new TraceData.FunctionCounts(f.id(), c));
        }
        Map<Long, TraceData.Counts> edgesBefore = new HashMap<>();
        base.edges().forEach(e -> edgesBefore.put(key(e.caller(), e.callee()), e.counts()));
        List<TraceData.EdgeCounts> edges = new ArrayList<>();
        for (TraceData.EdgeCounts e : end.edges()) {
            TraceData.Counts c = minus(e.counts(), edgesBefore.get(key(e.caller(), e.callee())));
            if (!empty(c)) edges.add(new TraceData.EdgeCounts(e.caller(), e.callee(), c));
        }
        return new TraceData.ThreadData(end.name(), end.threadId(), functions, edges, nodes(end.nodes(), base.nodes()),
                end.threads());
    }

    /**
     * Nodes are matched by their path (parent's path and function), not by their index: both lists are numbered
     * densely, and the dump may leave different nodes out of each. A node kept after the boundary keeps its parent
     * even when the parent has nothing left, so the tree stays whole.
     */
    private static List<TraceData.PathNode> nodes(List<TraceData.PathNode> end, List<TraceData.PathNode> base) {
        if (end.isEmpty()) return end;
        Map<Long, Integer> endIndex = new HashMap<>();
        for (int i = 0; i < end.size(); i++) endIndex.put(key(end.get(i).parent(), end.get(i).function()), i);
        long[][] before = new long[end.size()][];
        int[] mapped = new int[base.size()];
        for (int i = 0; i < base.size(); i++) {
            TraceData.PathNode n = base.get(i);
            int parent = n.parent() >= 0 ? mapped[n.parent()] : n.parent();
            Integer at = parent == Integer.MIN_VALUE ? null : endIndex.get(key(parent, n.function()));
            mapped[i] = at == null ? Integer.MIN_VALUE : at;
            if (at != null) before[at] = new long[] {n.calls(), n.own()};
        }
        boolean[] keep = new boolean[end.size()];
        for (int i = end.size() - 1; i >= 0; i--) {
            TraceData.PathNode n = end.get(i);
            long[] b = before[i];
            boolean left = b == null || n.calls() != b[0] || n.own() != b[1];
            if (left || keep[i]) {
                keep[i] = true;
                if (n.parent() >= 0) keep[n.parent()] = true;
            }
        }
        List<TraceData.PathNode> out = new ArrayList<>();
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        for (int i = 0; i < end.size(); i++) {
            if (!keep[i]) continue;
            TraceData.PathNode n = end.get(i);
            long[] b = before[i] == null ? new long[2] : before[i];
            int parent = n.parent() >= 0 ? renumbered.get(n.parent()) : n.parent();
            renumbered.put(i, out.size());
            out.add(new TraceData.PathNode(parent, n.function(), n.calls() - b[0], n.own() - b[1]));
        }
        return out;
    }

    private static TraceData.Counts minus(TraceData.Counts a, TraceData.Counts b) {
        if (b == null) return a;
        return new TraceData.Counts(a.calls() - b.calls(), a.primitive() - b.primitive(), a.own() - b.own(),
                a.cumulative() - b.cumulative(), a.children() - b.children(), a.descendants() - b.descendants());
    }

    private static boolean empty(TraceData.Counts c) {
        return c.calls() == 0 && c.own() == 0 && c.cumulative() == 0 && c.descendants() == 0;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }
}
