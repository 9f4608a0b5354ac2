package workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import one.convert.FlameGraph;
import workbench.io.AtomicFiles;
import workbench.model.FunctionData;
import workbench.model.SampleData;

/**
 * Writes sampled stacks as async-profiler's interactive HTML flame graph, through the converter library's
 * {@link FlameGraph}. The graph is built from the profile (not re-read from the raw recording), so it shows the same
 * threads and frames as the table, whichever engine recorded them. Frames are named by their binary class
 * names ({@code java.util.Random.next}), as async-profiler's {@code --dot} names them, so that two classes of one
 * simple name stay apart.
 */
public final class FlameGraphExporter {

    private final String title;
    private final boolean lines;

    /**
     * @param title the page's title; quotes, backslashes and angle brackets are dropped, as the page embeds it as is
     * @param lines whether frames are split by line ({@code Class.method:line}) rather than per method
     */
    public FlameGraphExporter(String title, boolean lines) {
        this.title = FlameStacks.safeTitle(title);
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
     * @throws IOException when writing fails
     */
    public void write(SampleData profile, OutputStream out) throws IOException {
        FlameStacks.dump(FlameStacks.graph(title, FlameStacks.of(profile, lines)), out);
    }

    /**
     * A deterministic run's call paths as a flame graph, each frame as wide as its calls (or own time) with all it
     * called, threads merged.
     *
     * @param profile a deterministic run with call paths
     * @param value   what a path weighs
     * @param target  the {@code .html} file
     * @throws IOException when it cannot be written
     */
    public void export(FunctionData profile, PathValue value, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(profile, value, out));
    }

    /**
     * @param profile a deterministic run with call paths
     * @param value   what a path weighs
     * @param out     where the HTML goes; not closed
     * @throws IOException when writing fails
     */
    public void write(FunctionData profile, PathValue value, OutputStream out) throws IOException {
        FlameStacks.dump(FlameStacks.graph(title, FlameStacks.of(profile, value)), out);
    }
}
