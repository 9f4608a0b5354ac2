package workbench.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workbench.model.CallTree;
import workbench.model.Clock;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.model.SamplingEvent;

/**
 * Stacks with two values each, whichever mode recorded them, as the formats of whole stacks take them: sampled
 * stacks (samples, and samples times the interval), allocation samples (bytes, and objects) or a deterministic run's
 * call paths (exact calls, and their own time). One piece of code per format then serves all three.
 *
 * @param frames the frames the stacks index
 * @param stacks the stacks, per thread
 * @param count  what a stack's count is: what flame graphs and collapsed stacks draw
 * @param weight what a stack's second value is
 * @param period the sampling interval in nanoseconds of time samples; 0 for call paths and allocations
 * @param paths  whether the stacks are a deterministic run's call paths, whose value the user picks
 */
record StackValues(List<Frame> frames, List<Stack> stacks, Quantity count, Quantity weight, long period,
                   boolean paths) {

    /** What a run without stacks lacks, when the run kept functions but not their paths. */
    private static final Refusal NO_PATHS = Refusal.missing("call paths (profile with --stacks)");

    /**
     * A value's name and unit, as pprof's sample types name them.
     *
     * @param name e.g. {@code samples}, {@code cpu}, {@code calls}, {@code alloc_space}
     * @param unit {@code count}, {@code nanoseconds} or {@code bytes}
     */
    record Quantity(String name, String unit) {
    }

    /**
     * One stack and its values.
     *
     * @param thread the thread's name
     * @param frames indices into the frames, leaf (top of stack) first
     * @param count  samples, calls, or bytes allocated
     * @param weight sampled or own time, or objects allocated
     */
    record Stack(String thread, List<Integer> frames, long count, long weight) {

        /** @return the chosen value: the count, or the weight */
        long value(PathValue v) {
            return v == PathValue.CALLS ? count : weight;
        }
    }

    /** @return whether the stacks are samples in time, whose weight is the interval per sample */
    boolean timeSampled() {
        return period > 0;
    }

    /**
     * The stacks of a run, for the formats of whole stacks: its samples when it has any (a sampling run, or a run
     * timed by samples), else the call paths of a deterministic run that kept them.
     *
     * @param data a run's data
     * @return its stacks, or empty when it has none ({@link #refusal} says why)
     */
    static Optional<StackValues> of(ProfileData data) {
        Optional<SampleData> samples = data.sampleData();
        if (samples.isPresent()) return Optional.of(of(samples.get()));
        return data.functionData().filter(FunctionData::hasCallTree).map(StackValues::of);
    }

    /**
     * @param data a run's data
     * @return why it has no stacks ({@link #of(ProfileData)} is empty), or empty when it has
     */
    static Optional<Refusal> refusal(ProfileData data) {
        if (data.sampleData().isPresent()) return Optional.empty();
        Optional<FunctionData> functions = data.functionData();
        if (functions.isEmpty()) return Optional.of(Refusal.KIND);
        return functions.get().hasCallTree() ? Optional.empty() : Optional.of(NO_PATHS);
    }

    /**
     * @param event a time event
     * @return what its samples' time is called in a pprof or speedscope file: {@code wall} for wall-clock samples,
     *     {@code cpu} for the others, as Go's CPU profiles name theirs
     */
    static String timeName(SamplingEvent event) {
        return event.clock() == Clock.WALL ? "wall" : "cpu";
    }

    /**
     * @return the samples' stacks: a time sample counts once and weighs the interval; an allocation weighs its bytes
     */
    static StackValues of(SampleData profile) {
        boolean alloc = profile.sampler().event().allocation();
        long interval = profile.sampler().intervalNanos();
        List<Stack> stacks = new ArrayList<>(profile.stacks().size());
        for (SampleData.StackCount s : profile.stacks()) {
            // an allocation event's count is already bytes
            stacks.add(new Stack(s.thread(), s.frames(), s.count(), alloc ? s.objects() : s.count() * interval));
        }
        // allocations as Go's heap profiles name them, so pprof's -sample_index=alloc_space works on them
        return alloc
                ? new StackValues(profile.frames(), stacks, new Quantity("alloc_space", "bytes"),
                        new Quantity("alloc_objects", "count"), 0, false)
                : new StackValues(profile.frames(), stacks, new Quantity("samples", "count"),
                        new Quantity(timeName(profile.sampler().event()), "nanoseconds"), interval, false);
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
        return new StackValues(new ArrayList<>(ids.keySet()), stacks, new Quantity("calls", "count"),
                new Quantity("time", "nanoseconds"), 0, true);
    }
}
