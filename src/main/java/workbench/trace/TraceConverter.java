package workbench.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.CallTree;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.MethodId;
import workbench.model.SourceRef;

/**
 * The one place where raw trace counters become {@link FunctionData} entries, as cProfile's
 * {@code snapshot_stats} is for its raw entries: ids become {@link Frame}s, functions of one method (a class loaded by two loaders) merge,
 * and calibration is applied.
 *
 * <p>Calibration removes the probes' own cost, as measured by the agent at start: a call's {@code inside} part
 * from the callee's own time; its {@code outside} part (which differs for call-site probes and instrumented
 * methods) from the caller's own time, once per direct call, counted exactly from the caller's edges; and both
 * from cumulative time, once per call made at any depth, at the thread's average outside cost. Edges (the
 * callers and callees views) are charged their share of the callee's. Results below zero, which noise can give for tiny
 * functions, are clamped to 0.
 */
public final class TraceConverter {

    private TraceConverter() {
    }

    /**
     * @param data      the raw trace
     * @param calibrate subtract the measured probe cost ({@code false}: the raw figures, for {@code --raw})
     * @return the per-thread statistics
     */
    public static FunctionData toFunctionData(TraceData data, boolean calibrate) {
        List<Frame> keys = new ArrayList<>();
        for (TraceData.Function f : data.functions()) keys.add(frame(f));
        // One thread can leave several traces: pool threads that erase their thread-locals between tasks (the
        // common fork-join pool does) start a fresh one. They are merged back by thread id.
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<FunctionStats>> byThread = new LinkedHashMap<>();
        Map<Long, CallTree> trees = new HashMap<>();
        Map<Long, Long> threadCounts = new HashMap<>(); // one thread's several traces are one thread
        Map<String, Integer> nameCount = new HashMap<>();
        double overhead = 0;
        long calls = 0;
        for (TraceData.ThreadData t : data.threads()) {
            // a virtual thread has no name by default: "(unnamed)#8354" beside the total "(unnamed) (finished)"
            String name = t.name().isEmpty() ? "(unnamed)" : t.name();
            if (names.putIfAbsent(t.threadId(), name) == null) nameCount.merge(name, 1, Integer::sum);
            ThreadConversion conv = new ThreadConversion(data, t, keys, calibrate);
            byThread.computeIfAbsent(t.threadId(), k -> new ArrayList<>()).addAll(conv.stats());
            trees.merge(t.threadId(), conv.tree(), CallTree::plus);
            threadCounts.merge(t.threadId(), t.threads(), Math::max);
            overhead += conv.outsideTotal;
            calls += conv.calls;
        }
        List<FunctionData.ThreadFunctions> threads = new ArrayList<>();
        for (Map.Entry<Long, List<FunctionStats>> e : byThread.entrySet()) {
            String name = names.get(e.getKey());
            if (nameCount.get(name) > 1) name = name + "#" + e.getKey();
            threads.add(new FunctionData.ThreadFunctions(name, FunctionData.merge(e.getValue()), trees.get(e.getKey()),
                    threadCounts.get(e.getKey())));
        }
        double perCall = data.insideNanos() + (calls == 0 ? 0 : overhead / calls);
        return new FunctionData(perCall, calibrate, threads, data.clock(), data.clockReadNanos(), data.process());
    }

    /** One thread's conversion. */
    private static final class ThreadConversion {
        private final TraceData.ThreadData t;
        private final List<Frame> keys;
        private final double in;
        private final double[] outsideOf;  // per function id: the caller-side cost of one call of it
        private final double[] childCost;  // per function id: the caller-side cost of all its direct calls
        private final long[] callsOf;      // per function id: its calls
        private final double[] outsideCost; // per function id: the caller-side cost of its direct calls, even --raw
        private double outsideTotal;
        private long calls;
        private final double averageOutside;
        private final boolean calibrate;

        ThreadConversion(TraceData data, TraceData.ThreadData t, List<Frame> keys, boolean calibrate) {
            this.t = t;
            this.keys = keys;
            int n = data.functions().size();
            this.in = calibrate ? data.insideNanos() : 0;
            outsideOf = new double[n];
            for (TraceData.Function f : data.functions()) {
                outsideOf[f.id()] = f.builtin() ? data.outsideCallNanos() : data.outsideMethodNanos();
            }
            childCost = new double[n];
            callsOf = new long[n];
            for (TraceData.EdgeCounts e : t.edges()) {
                childCost[e.caller()] += e.counts().calls() * outsideOf[e.callee()];
            }
            for (TraceData.FunctionCounts fc : t.functions()) {
                callsOf[fc.id()] += fc.counts().calls();
                outsideTotal += fc.counts().calls() * outsideOf[fc.id()];
                calls += fc.counts().calls();
            }
            averageOutside = calls == 0 ? 0 : outsideTotal / calls;
            this.calibrate = calibrate;
            outsideCost = childCost.clone();
            if (!calibrate) Arrays.fill(childCost, 0);
        }

        List<FunctionStats> stats() {
            double perDescendant = calibrate ? in + averageOutside : 0;
            Map<Frame, long[]> sums = new LinkedHashMap<>();
            for (TraceData.FunctionCounts fc : t.functions()) {
                TraceData.Counts c = fc.counts();
                if (nothing(c)) continue;
                add(sums.computeIfAbsent(keys.get(fc.id()), k -> new long[4]), c,
                        c.calls() * in + childCost[fc.id()], c.primitive() * in + c.descendants() * perDescendant);
            }
            Map<Frame, Map<Frame, long[]>> callers = new HashMap<>();
            for (TraceData.EdgeCounts e : t.edges()) {
                TraceData.Counts c = e.counts();
                if (nothing(c)) continue;
                int callee = e.callee();
                // the callee's calls along this edge are charged their share of its direct calls' cost
                double perCall = callsOf[callee] == 0 ? 0 : childCost[callee] / callsOf[callee];
                add(callers.computeIfAbsent(keys.get(callee), k -> new LinkedHashMap<>())
                                .computeIfAbsent(keys.get(e.caller()), k -> new long[4]), c,
                        c.calls() * (in + perCall), c.primitive() * in + c.descendants() * perDescendant);
            }
            List<FunctionStats> stats = new ArrayList<>(sums.size());
            for (Map.Entry<Frame, long[]> s : sums.entrySet()) {
                List<FunctionStats.CallerStats> cs = new ArrayList<>();
                for (Map.Entry<Frame, long[]> c : callers.getOrDefault(s.getKey(), Map.of()).entrySet()) {
                    long[] v = c.getValue();
                    cs.add(new FunctionStats.CallerStats(c.getKey(), v[0], v[1], v[2], v[3]));
                }
                long[] v = s.getValue();
                stats.add(new FunctionStats(s.getKey(), v[0], v[1], v[2], v[3], cs));
            }
            return stats;
        }

        /**
         * The thread's calling-context tree, calibrated as {@link #stats()} calibrates own time, so that a function's
         * nodes add up to its row: each node loses the inside cost of its calls and the outside cost of its direct
         * calls (its children's calls, exactly). Direct calls that went under the limit's marker have no parent node;
         * their cost is taken from the function's node under the marker, or when it has none, from its node with the
         * most calls, so that the nodes still add up to the row.
         */
        CallTree tree() {
            List<TraceData.PathNode> nodes = t.nodes();
            if (nodes.isEmpty()) return CallTree.EMPTY;
            double[] direct = new double[nodes.size()];
            double[] inTree = new double[outsideOf.length];
            for (TraceData.PathNode node : nodes) {
                if (node.parent() >= 0) direct[node.parent()] += node.calls() * outsideOf[node.function()];
            }
            int[] rest = new int[outsideOf.length]; // per function: the node that takes the cost of cut-off calls
            Arrays.fill(rest, -1);
            for (int i = 0; i < nodes.size(); i++) {
                TraceData.PathNode node = nodes.get(i);
                int f = node.function();
                inTree[f] += direct[i];
                int r = rest[f];
                boolean cut = node.parent() == TraceData.PathNode.TRUNCATED;
                if (r < 0 || cut || nodes.get(r).parent() != TraceData.PathNode.TRUNCATED
                        && node.calls() > nodes.get(r).calls()) {
                    rest[f] = i;
                }
            }
            for (int f = 0; f < rest.length; f++) {
                if (rest[f] >= 0) direct[rest[f]] += Math.max(0, outsideCost[f] - inTree[f]);
            }
            CallTree.Builder b = new CallTree.Builder();
            int marker = CallTree.Node.ROOT;
            int[] mapped = new int[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                TraceData.PathNode node = nodes.get(i);
                int parent = node.parent();
                if (parent == TraceData.PathNode.TRUNCATED && marker == CallTree.Node.ROOT) {
                    marker = b.add(CallTree.Node.ROOT, CallTree.TRUNCATED, 0, 0);
                }
                long own = calibrate ? Math.max(0, Math.round(node.own() - node.calls() * in - direct[i])) : node.own();
                int p = parent >= 0 ? mapped[parent] : parent == TraceData.PathNode.ROOT ? CallTree.Node.ROOT : marker;
                mapped[i] = b.add(p, keys.get(node.function()), node.calls(), own);
            }
            return b.build();
        }

        /**
         * A row without calls is kept when it has time: a frame open across a warm-up boundary ({@link TraceBaseline})
         * made its call before it and spent time after it, as pstats shows a function with 0 calls.
         */
        private static boolean nothing(TraceData.Counts c) {
            return c.calls() == 0 && c.own() == 0 && c.cumulative() == 0;
        }

        private static void add(long[] sum, TraceData.Counts c, double ownCost, double cumulativeCost) {
            sum[0] += c.calls();
            sum[1] += c.primitive();
            long own = Math.max(0, Math.round(c.own() - ownCost));
            sum[2] += own;
            // The two subtractions estimate the probes' cost differently (exact per callee for own time, a thread
            // average per descendant for cumulative time); a function's time with its sub-calls is never less
            // than without them, whatever the estimates say.
            sum[3] += Math.max(own, Math.round(c.cumulative() - cumulativeCost));
        }
    }

    /**
     * @param f a function of the trace
     * @return its frame: an instrumented method with its source and first line, or a built-in (a call into code not
     *         instrumented, all overloads as one) with no source
     */
    public static Frame frame(TraceData.Function f) {
        MethodId id = MethodId.ofInternal(f.className(), f.method(), f.descriptor());
        if (f.builtin()) return new Frame(id, SourceRef.UNKNOWN, Frame.Kind.BUILTIN);
        String file = f.sourceFile().isEmpty() || f.sourceFile().equals("?") ? null : f.sourceFile();
        return new Frame(id, SourceRef.of(id, file, f.firstLine()), Frame.Kind.JAVA);
    }
}
