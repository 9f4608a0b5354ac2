package workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import one.convert.Arguments;
import one.convert.CallStack;
import one.convert.FlameGraph;
import workbench.io.AtomicFiles;
import workbench.model.Frame;
import workbench.model.SampleData;
import workbench.report.Labels;

/**
 * Writes sampled stacks as async-profiler's interactive HTML flame graph, through the converter library's
 * {@link FlameGraph}. The graph is built from the profile (not re-read from the raw recording), so it shows the same
 * threads and frames as the table, whichever engine recorded them. Frames are named by their binary class
 * names ({@code java.util.Random.next}), as async-profiler's {@code --dot} names them, so that two classes of one
 * simple name stay apart.
 */
public final class FlameGraphExporter {

    private static final Labels NAMES = new Labels(false);

    private final String title;
    private final boolean lines;

    /**
     * @param title the page's title; quotes and backslashes are dropped, as the page embeds it in a script string
     * @param lines whether frames are split by line ({@code Class.method:line}) rather than per method
     */
    public FlameGraphExporter(String title, boolean lines) {
        this.title = title.replaceAll("[\"'\\\\<>\\r\\n]", "");
        this.lines = lines;
    }

    /**
     * Writes the HTML, atomically: a reader never sees half a page.
     *
     * @param profile the samples
     * @param target  the {@code .html} file
     * @throws IOException when it cannot be written
     */
    public void export(SampleData profile, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(profile, out));
    }

    /**
     * @param profile the samples
     * @param out     where the HTML goes; not closed
     */
    public void write(SampleData profile, OutputStream out) {
        Arguments args = new Arguments();
        args.title = title;
        FlameGraph graph = new FlameGraph(args);
        List<Frame> frames = profile.frames();
        CallStack stack = new CallStack();
        for (SampleData.StackCount s : profile.stacks()) {
            stack.clear();
            List<Integer> ids = s.frames();
            for (int i = ids.size() - 1; i >= 0; i--) { // the graph wants the root first; the model has the leaf first
                Frame k = frames.get(ids.get(i));
                boolean java = k.kind() == Frame.Kind.JAVA;
                String name = lines && java ? NAMES.function(k) + ":" + k.line() : NAMES.function(k);
                stack.push(name, java ? one.convert.Frame.TYPE_JIT_COMPILED : one.convert.Frame.TYPE_NATIVE);
            }
            graph.addSample(stack, s.count());
        }
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        graph.dump(ps);
        ps.flush();
    }
}
