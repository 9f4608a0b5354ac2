package workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import one.convert.Arguments;
import one.convert.CallStack;
import one.convert.FlameGraph;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.SampleData;
import workbench.report.Labels;

/**
 * What the plain and the differential flame graph share: a profile's stacks as the converter's {@link FlameGraph}
 * takes them, the graph built from them, the page's title and the page itself. Both exporters go through here so
 * that a frame has one name in both, which the differential graph needs to match its two sides.
 */
final class FlameStacks {

    /**
     * Frames are named by their binary class names ({@code java.util.Random.next}), as async-profiler's
     * {@code --dot} names them, so that two classes of one simple name stay apart.
     */
    private static final Labels NAMES = new Labels(false);

    /**
     * One frame as the graph sees it.
     *
     * @param name its title in the graph
     * @param type the converter's frame type ({@link one.convert.Frame#TYPE_JIT_COMPILED} for Java code,
     *             {@link one.convert.Frame#TYPE_NATIVE} for the rest), which picks its colour
     */
    record Node(String name, byte type) {
    }

    private FlameStacks() {
    }

    /**
     * @param profile the samples
     * @param lines   whether Java frames are split by line ({@code Class.method:line}) rather than per method
     * @return each distinct stack, root first, with its samples; the graph draws no thread frames, so the same
     *         stack on two threads is one entry. In order of first appearance.
     */
    static Map<List<Node>, Long> of(SampleData profile, boolean lines) {
        return of(StackValues.of(profile), lines, PathValue.CALLS);
    }

    /**
     * @param profile a deterministic run with call paths
     * @param value   what a path weighs
     * @return each distinct call path, root first, with its calls or own time, threads merged
     */
    static Map<List<Node>, Long> of(FunctionData profile, PathValue value) {
        return of(StackValues.of(profile), false, value);
    }

    /**
     * @param stacks the stacks
     * @param lines  whether Java frames are split by line
     * @param value  which of each stack's values is its weight (the count: samples or calls)
     * @return each distinct stack, root first, with its weight, threads merged
     */
    static Map<List<Node>, Long> of(StackValues stacks, boolean lines, PathValue value) {
        List<Frame> frames = stacks.frames();
        Map<List<Node>, Long> out = new LinkedHashMap<>();
        for (StackValues.Stack s : stacks.stacks()) {
            List<Integer> ids = s.frames();
            List<Node> stack = new ArrayList<>(ids.size());
            for (int i = ids.size() - 1; i >= 0; i--) { // the graph wants the root first; the model has the leaf first
                Frame k = frames.get(ids.get(i));
                boolean java = k.kind() == Frame.Kind.JAVA;
                String name = lines && java ? NAMES.function(k) + ":" + k.line() : NAMES.function(k);
                stack.add(new Node(name, java ? one.convert.Frame.TYPE_JIT_COMPILED : one.convert.Frame.TYPE_NATIVE));
            }
            out.merge(List.copyOf(stack), s.value(value), Long::sum);
        }
        return out;
    }

    /**
     * @param title  the page's title, already made safe ({@link #safeTitle})
     * @param stacks the stacks, root first, with their samples
     * @return the converter's graph of them
     */
    static FlameGraph graph(String title, Map<List<Node>, Long> stacks) {
        Arguments args = new Arguments();
        args.title = title;
        FlameGraph graph = new FlameGraph(args);
        CallStack stack = new CallStack();
        stacks.forEach((nodes, count) -> {
            stack.clear();
            for (Node n : nodes) stack.push(n.name(), n.type());
            graph.addSample(stack, count);
        });
        return graph;
    }

    /**
     * Writes the graph's HTML page. The converter prints through a {@link PrintStream}, which swallows write errors;
     * they are checked here, so that an atomic write of a page that failed half-way fails rather than putting half a
     * page in place.
     *
     * @param graph the graph
     * @param out   where the HTML goes; not closed (the converter's own {@code dump(OutputStream)} would close it)
     * @throws IOException when writing failed
     */
    static void dump(FlameGraph graph, OutputStream out) throws IOException {
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        graph.dump(ps);
        ps.flush();
        if (ps.checkError()) throw new IOException("could not write the flame graph");
    }

    /**
     * @param title a title
     * @return it without quotes, backslashes, angle brackets and line breaks: the page puts it in its HTML as it is
     */
    static String safeTitle(String title) {
        return title.replaceAll("[\"'\\\\<>\\r\\n]", "");
    }
}
