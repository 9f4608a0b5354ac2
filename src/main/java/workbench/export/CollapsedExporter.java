package workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import workbench.io.AtomicFiles;
import workbench.model.FunctionData;
import workbench.model.SampleData;

/**
 * Writes sampled stacks, or a deterministic run's call paths, as flamegraph.pl's collapsed stacks (also async-profiler's {@code collapsed} output): one
 * line per distinct stack, {@code root;...;leaf count}, frames named as the flame graph names them (binary class
 * names, {@code java.util.Random.next}). The same stack on several threads is one line. A frame name may hold
 * spaces (the count is after the last one); a {@code ;} in a native symbol becomes {@code :}, as it would split the
 * frame. A call path's value is its exact calls, or its own nanoseconds ({@link PathValue}); samples are counted. For an allocation
 * profile the value is bytes (async-profiler's {@code --total}).
 */
public final class CollapsedExporter extends StackExporter {

    /** The run's samples, or a deterministic run's call paths weighed by {@link ExportRun#value()}. */
    @Override
    void write(ExportRun run, StackValues stacks, OutputStream out) throws IOException {
        write(FlameStacks.of(stacks, false, stacks.paths() ? run.value() : PathValue.CALLS), out);
    }

    /**
     * @param profile the samples
     * @param target  the file
     * @throws IOException when it cannot be written; the target is then untouched
     */
    public void export(SampleData profile, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(profile, out));
    }

    /**
     * @param profile the samples
     * @param out     where the lines go; not closed
     * @throws IOException when writing fails
     */
    public void write(SampleData profile, OutputStream out) throws IOException {
        write(FlameStacks.of(profile, false), out);
    }

    /**
     * @param profile a deterministic run with call paths
     * @param value   what a path weighs
     * @param target  the file
     * @throws IOException when it cannot be written; the target is then untouched
     */
    public void export(FunctionData profile, PathValue value, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(FlameStacks.of(profile, value), out));
    }

    private static void write(Map<List<FlameStacks.Node>, Long> stacks, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder();
        for (Map.Entry<List<FlameStacks.Node>, Long> e : stacks.entrySet()) {
            if (e.getKey().isEmpty() || e.getValue() == 0) continue; // flamegraph.pl draws nothing of weight 0
            line.setLength(0);
            for (FlameStacks.Node n : e.getKey()) {
                if (line.length() > 0) line.append(';');
                line.append(frameName(n.name()));
            }
            line.append(' ').append(e.getValue()).append('\n');
            w.write(line.toString());
        }
        w.flush();
    }

    static String frameName(String name) {
        return name.replace(';', ':').replace('\n', ' ').replace('\r', ' ');
    }
}
