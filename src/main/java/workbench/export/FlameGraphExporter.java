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
import one.convert.Frame;
import workbench.io.AtomicFiles;
import workbench.model.FrameKey;
import workbench.model.SampleProfile;

/**
 * Writes sampled stacks as async-profiler's interactive HTML flame graph, through the converter library's
 * {@link FlameGraph}. The graph is built from the profile (not re-read from the raw recording), so it shows the same
 * threads and frames as the table, whichever engine recorded them.
 */
public final class FlameGraphExporter {

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
    public void export(SampleProfile profile, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(profile, out));
    }

    /**
     * @param profile the samples
     * @param out     where the HTML goes; not closed
     */
    public void write(SampleProfile profile, OutputStream out) {
        Arguments args = new Arguments();
        args.title = title;
        FlameGraph graph = new FlameGraph(args);
        List<FrameKey> frames = profile.frames();
        CallStack stack = new CallStack();
        for (SampleProfile.StackCount s : profile.stacks()) {
            stack.clear();
            List<Integer> ids = s.frames();
            for (int i = ids.size() - 1; i >= 0; i--) { // the graph wants the root first; the model has the leaf first
                FrameKey k = frames.get(ids.get(i));
                String name = lines && !k.builtin() ? k.function() + ":" + k.line() : k.function();
                stack.push(name, k.builtin() ? Frame.TYPE_NATIVE : Frame.TYPE_JIT_COMPILED);
            }
            graph.addSample(stack, s.count());
        }
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        graph.dump(ps);
        ps.flush();
    }
}
