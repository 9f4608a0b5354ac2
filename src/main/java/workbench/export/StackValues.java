package workbench.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.CallTree;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.SampleData;

/**
 * Stacks with a count and a time each, whichever mode recorded them, as the formats of whole stacks take them:
 * sampled stacks (samples, and samples times the interval) or a deterministic run's call paths (exact calls, and
 * their own time). One piece of code per format then serves both.
 *
 * @param frames    the frames the stacks index
 * @param stacks    the stacks, per thread
 * @param countName what the count counts ({@code samples}, {@code calls})
 * @param timeName  what the time is ({@code cpu}, or whatever the sampled event is, or {@code time})
 * @param period    the sampling interval in nanoseconds, 0 for call paths
 */
record StackValues(List<Frame> frames, List<Stack> stacks, String countName, String timeName, long period) {

    /**
     * One stack and its values.
     *
     * @param thread the thread's name
     * @param frames indices into the frames, leaf (top of stack) first
     * @param count  samples or calls
     * @param nanos  sampled or own time
     */
    record Stack(String thread, List<Integer> frames, long count, long nanos) {

        /** @return the chosen value: the count, or the time */
        long value(PathValue v) {
            return v == PathValue.CALLS ? count : nanos;
        }
    }

    /** @return whether the stacks are call paths of a deterministic run, not samples */
    boolean paths() {
        return period == 0;
    }

    /** @return the samples' stacks: each sample counts once and weighs the interval */
    static StackValues of(SampleData profile) {
        long interval = profile.sampler().intervalNanos();
        List<Stack> stacks = new ArrayList<>(profile.stacks().size());
        for (SampleData.StackCount s : profile.stacks()) {
            stacks.add(new Stack(s.thread(), s.frames(), s.count(), s.count() * interval));
        }
        return new StackValues(profile.frames(), stacks, "samples", "cpu", interval);
    }

    /**
     * @return the call paths of every thread: one stack per node of its calling-context tree, with the node's calls
     *     and own time (the limit's marker node, which has neither, appears only on the paths below it)
     */
    static StackValues of(FunctionData profile) {
        Map<Frame, Integer> ids = new LinkedHashMap<>();
        List<Stack> stacks = new ArrayList<>();
        for (FunctionData.ThreadFunctions t : profile.threads()) {
            CallTree tree = t.tree();
            List<List<Integer>> paths = new ArrayList<>(tree.nodes().size()); // each node's path, leaf first
            for (int i = 0; i < tree.nodes().size(); i++) {
                CallTree.Node n = tree.nodes().get(i);
                List<Integer> path = new ArrayList<>();
                path.add(ids.computeIfAbsent(tree.frame(i), k -> ids.size()));
                if (n.parent() != CallTree.Node.ROOT) path.addAll(paths.get(n.parent()));
                paths.add(path);
                if (n.calls() > 0 || n.ownNanos() > 0) stacks.add(new Stack(t.thread(), path, n.calls(), n.ownNanos()));
            }
        }
        return new StackValues(new ArrayList<>(ids.keySet()), stacks, "calls", "time", 0);
    }
}
