package workbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thread's calling-context tree from a deterministic run: a node per distinct call path, with the exact calls
 * along that path and their own time (calibrated as the function table's is). What flame graphs, pprof and speedscope
 * need and pstats' caller → callee edges cannot give.
 *
 * <p>A function's calls over its nodes add up to its calls in the function table, and its own time to its tottime
 * (up to calibration's rounding per node). Calls on paths beyond the agent's node limit are counted per function
 * under one marker node, {@link #TRUNCATED}, so that they still add up. A node's time with its sub-calls is its own
 * time plus that of its children ({@link #totalNanos()}).
 *
 * @param frames the functions the nodes name
 * @param nodes  the nodes, each parent before its children
 */
public record CallTree(List<Frame> frames, List<Node> nodes) {

    /** The marker node above the calls on paths beyond the node limit. */
    public static final Frame TRUNCATED = new Frame(new MethodId("", "[paths beyond the limit]", ""),
            SourceRef.UNKNOWN, Frame.Kind.NATIVE);
    /** No tree: a run recorded without call paths (or saved before they existed). */
    public static final CallTree EMPTY = new CallTree(List.of(), List.of());

    public CallTree {
        frames = List.copyOf(frames);
        nodes = List.copyOf(nodes);
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.parent() < Node.ROOT || n.parent() >= i || n.frame() < 0 || n.frame() >= frames.size()) {
                throw new IllegalArgumentException("call tree node " + i + " has parent " + n.parent() + " and frame "
                        + n.frame() + " (of " + frames.size() + ")");
            }
        }
    }

    /**
     * The calls of one function along one path.
     *
     * @param parent   the parent node's index (smaller than this node's), {@link #ROOT} for a path's first call
     * @param frame    the function, an index into {@link #frames()}
     * @param calls    calls along the path
     * @param ownNanos their own time, sub-calls excluded
     */
    public record Node(int parent, int frame, long calls, long ownNanos) {
        /** The parent of a path's first call. */
        public static final int ROOT = -1;
    }

    /** @return whether the tree has any node (not named isEmpty: Jackson would save it as a property) */
    public boolean hasNodes() {
        return !nodes.isEmpty();
    }

    /** @return each node's function */
    public Frame frame(int node) {
        return frames.get(nodes.get(node).frame());
    }

    /** @return per node, its time with its sub-calls: its own time plus its children's */
    public long[] totalNanos() {
        long[] total = new long[nodes.size()];
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            total[i] += n.ownNanos();
            if (n.parent() != Node.ROOT) total[n.parent()] += total[i];
        }
        return total;
    }

    /**
     * @param node a node
     * @return the functions on its path, the path's first call first and the node's function last
     */
    public List<Frame> path(int node) {
        List<Frame> out = new ArrayList<>();
        for (int i = node; i != Node.ROOT; i = nodes.get(i).parent()) out.add(frame(i));
        java.util.Collections.reverse(out);
        return out;
    }

    /** @return per method, its calls summed over its nodes (the marker node has none) */
    public Map<MethodId, Long> callsByMethod() {
        Map<MethodId, Long> out = new LinkedHashMap<>();
        for (Node n : nodes) {
            Frame f = frames.get(n.frame());
            if (!f.equals(TRUNCATED)) out.merge(f.method(), n.calls(), Long::sum);
        }
        return out;
    }

    /** @return the calls counted under the marker: on paths beyond the node limit */
    public long truncatedCalls() {
        long sum = 0;
        for (int i = 0; i < nodes.size(); i++) {
            int p = nodes.get(i).parent();
            if (p != Node.ROOT && frame(p).equals(TRUNCATED)) sum += nodes.get(i).calls();
        }
        return sum;
    }

    /**
     * Adds another tree of the same thread (another trace of it, or another run's): nodes of the same path add up.
     *
     * @param other the other tree
     * @return the sum
     */
    public CallTree plus(CallTree other) {
        if (!other.hasNodes()) return this;
        if (!hasNodes()) return other;
        Builder b = new Builder();
        b.addAll(this);
        b.addAll(other);
        return b.build();
    }

    /** Builds a tree node by node, merging nodes of one path. */
    public static final class Builder {
        private final Map<Frame, Integer> frames = new LinkedHashMap<>();
        private final Map<Long, Integer> children = new HashMap<>();
        private final List<long[]> nodes = new ArrayList<>(); // parent, frame, calls, own

        /**
         * @param parent the parent node as this builder numbers it, or {@link Node#ROOT}
         * @param frame  the function
         * @param calls  calls to add
         * @param own    own nanoseconds to add
         * @return the node's index in this builder
         */
        public int add(int parent, Frame frame, long calls, long own) {
            int f = frames.computeIfAbsent(frame, k -> frames.size());
            long key = ((long) parent << 32) | (f & 0xFFFFFFFFL);
            Integer at = children.get(key);
            if (at == null) {
                at = nodes.size();
                children.put(key, at);
                nodes.add(new long[] {parent, f, 0, 0});
            }
            long[] n = nodes.get(at);
            n[2] += calls;
            n[3] += own;
            return at;
        }

        /** Adds every node of a tree. */
        void addAll(CallTree tree) {
            int[] mapped = new int[tree.nodes().size()];
            for (int i = 0; i < mapped.length; i++) {
                Node n = tree.nodes().get(i);
                mapped[i] = add(n.parent() == Node.ROOT ? Node.ROOT : mapped[n.parent()], tree.frame(i), n.calls(),
                        n.ownNanos());
            }
        }

        /** @return the tree */
        public CallTree build() {
            List<Node> out = new ArrayList<>(nodes.size());
            for (long[] n : nodes) out.add(new Node((int) n[0], (int) n[1], n[2], n[3]));
            return new CallTree(new ArrayList<>(frames.keySet()), out);
        }
    }
}
