package workbench.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.io.AtomicFiles;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.report.Labels;

/**
 * Writes sampled stacks, or a deterministic run's call paths, in speedscope's file format ({@code https://www.speedscope.app/file-format-schema.json}): the
 * frames shared by all profiles (one per function: its name, and its source path for Java code), and one
 * {@code sampled} profile per thread whose samples are stacks of frame indices, root first, each weighed in
 * nanoseconds (samples times the interval). A call path is a sample weighing its exact calls (unit {@code none}) or
 * its own time in nanoseconds ({@link PathValue}).
 */
public final class SpeedscopeExporter extends StackExporter {

    /** The schema every speedscope file names. */
    public static final String SCHEMA = "https://www.speedscope.app/file-format-schema.json";

    private static final Labels FULL = new Labels(false);

    private final String name;

    /** @param name the file's profile group name, shown by speedscope */
    public SpeedscopeExporter(String name) {
        this.name = name;
    }

    /**
     * The run's samples, or a deterministic run's call paths weighed by {@link ExportRun#value()}; the file's name is
     * the run's title (this exporter's own name is for the other entry points).
     */
    @Override
    void write(ExportRun run, StackValues stacks, OutputStream out) throws IOException {
        new SpeedscopeExporter("workbench " + run.title()).write(stacks, weighed(stacks, run.value()), out);
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
     * @param out     where the JSON goes; not closed
     * @throws IOException when writing fails
     */
    public void write(SampleData profile, OutputStream out) throws IOException {
        StackValues stacks = StackValues.of(profile);
        write(stacks, weighed(stacks, PathValue.CALLS), out);
    }

    /**
     * @param profile a deterministic run with call paths
     * @param value   what a path weighs
     * @param target  the file
     * @throws IOException when it cannot be written; the target is then untouched
     */
    public void export(FunctionData profile, PathValue value, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(StackValues.of(profile), value, out));
    }

    /** @return what a stack weighs: a call path what the user asked; a time sample its interval; an allocation bytes */
    private static PathValue weighed(StackValues stacks, PathValue asked) {
        if (stacks.paths()) return asked;
        return stacks.timeSampled() ? PathValue.TIME : PathValue.CALLS;
    }

    private void write(StackValues profile, PathValue value, OutputStream out) throws IOException {
        List<Frame> frames = profile.frames();
        ExportNames names = new ExportNames(frames, FULL::function);
        Map<MethodId, Integer> index = new LinkedHashMap<>();
        List<Frame> shared = new ArrayList<>();
        int[] frameOf = new int[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            Integer at = index.get(f.method());
            if (at == null) {
                at = shared.size();
                index.put(f.method(), at);
                shared.add(f);
            }
            frameOf[i] = at;
        }
        Map<String, List<StackValues.Stack>> byThread = new LinkedHashMap<>();
        for (StackValues.Stack s : profile.stacks()) {
            if (!s.frames().isEmpty() && s.value(value) > 0) {
                byThread.computeIfAbsent(s.thread(), k -> new ArrayList<>()).add(s);
            }
        }

        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("name", name);
        g.writeStringField("exporter", "workbench");
        g.writeNumberField("activeProfileIndex", 0);
        g.writeObjectFieldStart("shared");
        g.writeArrayFieldStart("frames");
        for (Frame f : shared) {
            g.writeStartObject();
            g.writeStringField("name", names.name(f));
            if (f.kind() == Frame.Kind.JAVA && !f.source().path().isEmpty()) g.writeStringField("file", f.source().path());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("profiles");
        for (Map.Entry<String, List<StackValues.Stack>> t : byThread.entrySet()) {
            long total = 0;
            for (StackValues.Stack s : t.getValue()) total += s.value(value);
            g.writeStartObject();
            g.writeStringField("type", "sampled");
            g.writeStringField("name", t.getKey());
            g.writeStringField("unit", unit(value == PathValue.CALLS ? profile.count() : profile.weight()));
            g.writeNumberField("startValue", 0);
            g.writeNumberField("endValue", total);
            g.writeArrayFieldStart("samples");
            for (StackValues.Stack s : t.getValue()) {
                g.writeStartArray();
                for (int i = s.frames().size() - 1; i >= 0; i--) g.writeNumber(frameOf[s.frames().get(i)]); // root first
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("weights");
            for (StackValues.Stack s : t.getValue()) g.writeNumber(s.value(value));
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    /** @return speedscope's name of a quantity's unit */
    private static String unit(StackValues.Quantity q) {
        return switch (q.unit()) {
            case "nanoseconds", "bytes" -> q.unit();
            default -> "none";
        };
    }
}
