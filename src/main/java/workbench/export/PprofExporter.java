package workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import one.proto.Proto;
import workbench.io.AtomicFiles;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.report.Labels;

/**
 * Writes sampled stacks, or a deterministic run's call paths, as pprof's {@code profile.proto}, gzipped, which {@code go tool pprof} and continuous
 * profilers (Pyroscope, Grafana) read. The protobuf is written with the converter library's own writer
 * ({@link Proto}), as its {@code JfrToPprof} does.
 *
 * <p>Two sample types: for samples {@code samples/count} and {@code cpu/nanoseconds} (samples times the interval),
 * {@code cpu} the default; for call paths {@code calls/count} (exact) and {@code time/nanoseconds} (own time, as the
 * table's tottime), {@code calls} the default, a sample per node of the calling-context tree. A function per
 * method (binary class name, the descriptor in its system name, the source path), a location per sampled line; each
 * sample carries its thread as the label {@code thread}. An allocation profile has {@code alloc_objects/count} and
 * {@code alloc_space/bytes} instead, as Go's heap profiles do.
 */
public final class PprofExporter extends StackExporter {

    // profile.proto field numbers
    private static final int PROFILE_SAMPLE_TYPE = 1;
    private static final int PROFILE_SAMPLE = 2;
    private static final int PROFILE_LOCATION = 4;
    private static final int PROFILE_FUNCTION = 5;
    private static final int PROFILE_STRING_TABLE = 6;
    private static final int PROFILE_PERIOD_TYPE = 11;
    private static final int PROFILE_PERIOD = 12;
    private static final int PROFILE_DEFAULT_SAMPLE_TYPE = 14;
    private static final int VALUE_TYPE_TYPE = 1;
    private static final int VALUE_TYPE_UNIT = 2;
    private static final int SAMPLE_LOCATION_ID = 1;
    private static final int SAMPLE_VALUE = 2;
    private static final int SAMPLE_LABEL = 3;
    private static final int LABEL_KEY = 1;
    private static final int LABEL_STR = 2;
    private static final int LOCATION_ID = 1;
    private static final int LOCATION_LINE = 4;
    private static final int LINE_FUNCTION_ID = 1;
    private static final int LINE_LINE = 2;
    private static final int FUNCTION_ID = 1;
    private static final int FUNCTION_NAME = 2;
    private static final int FUNCTION_SYSTEM_NAME = 3;
    private static final int FUNCTION_FILENAME = 4;

    private static final Labels FULL = new Labels(false);

    /** The run's samples, or a deterministic run's call paths with both their calls and their time. */
    @Override
    void write(ExportRun run, StackValues stacks, OutputStream out) throws IOException {
        write(stacks, out);
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
     * @param out     where the gzipped protobuf goes; not closed
     * @throws IOException when writing fails
     */
    public void write(SampleData profile, OutputStream out) throws IOException {
        write(StackValues.of(profile), out);
    }

    /**
     * @param profile a deterministic run with call paths
     * @param target  the file
     * @throws IOException when it cannot be written; the target is then untouched
     */
    public void export(FunctionData profile, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(StackValues.of(profile), out));
    }

    private static void write(StackValues stacks, OutputStream out) throws IOException {
        Proto p = profile(stacks);
        GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out));
        gz.write(p.buffer(), 0, p.size());
        gz.finish();
        gz.flush();
    }

    /** @return the profile's protobuf, not compressed */
    static Proto profile(StackValues profile) {
        Strings strings = new Strings();
        Proto p = new Proto(1 << 16);
        p.field(PROFILE_SAMPLE_TYPE, valueType(strings, profile.count().name(), profile.count().unit()));
        p.field(PROFILE_SAMPLE_TYPE, valueType(strings, profile.weight().name(), profile.weight().unit()));

        List<Frame> frames = profile.frames();
        ExportNames names = new ExportNames(frames, FULL::function);
        Map<MethodId, Long> functions = new LinkedHashMap<>();
        Map<Frame, Long> locations = new LinkedHashMap<>();
        long[] locationOf = new long[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            Long fn = functions.get(f.method());
            if (fn == null) {
                fn = (long) functions.size() + 1;
                functions.put(f.method(), fn);
                Proto func = new Proto(64).field(FUNCTION_ID, fn)
                        .field(FUNCTION_NAME, strings.index(names.name(f)))
                        .field(FUNCTION_SYSTEM_NAME, strings.index(f.method().toString()))
                        .field(FUNCTION_FILENAME, strings.index(f.kind() == Frame.Kind.JAVA ? f.source().path() : ""));
                p.field(PROFILE_FUNCTION, func);
            }
            Long loc = locations.get(f);
            if (loc == null) {
                loc = (long) locations.size() + 1;
                locations.put(f, loc);
                Proto line = new Proto(16).field(LINE_FUNCTION_ID, fn).field(LINE_LINE, (long) f.line());
                p.field(PROFILE_LOCATION, new Proto(32).field(LOCATION_ID, loc).field(LOCATION_LINE, line));
            }
            locationOf[i] = loc;
        }

        int threadKey = strings.index("thread");
        for (StackValues.Stack s : profile.stacks()) {
            if (s.frames().isEmpty()) continue;
            Proto sample = new Proto(16 + 4 * s.frames().size());
            for (int id : s.frames()) sample.field(SAMPLE_LOCATION_ID, locationOf[id]); // leaf first, as pprof wants
            sample.field(SAMPLE_VALUE, s.count());
            sample.field(SAMPLE_VALUE, s.weight());
            sample.field(SAMPLE_LABEL, new Proto(8).field(LABEL_KEY, threadKey).field(LABEL_STR,
                    strings.index(s.thread())));
            p.field(PROFILE_SAMPLE, sample);
        }
        if (profile.timeSampled()) {
            p.field(PROFILE_PERIOD_TYPE, valueType(strings, profile.weight().name(), profile.weight().unit()));
            p.field(PROFILE_PERIOD, profile.period());
            p.field(PROFILE_DEFAULT_SAMPLE_TYPE, strings.index(profile.weight().name()));
        } else {
            p.field(PROFILE_DEFAULT_SAMPLE_TYPE, strings.index(profile.count().name()));
        }
        for (String s : strings.all.keySet()) p.field(PROFILE_STRING_TABLE, s);
        return p;
    }

    private static Proto valueType(Strings strings, String type, String unit) {
        return new Proto(8).field(VALUE_TYPE_TYPE, strings.index(type)).field(VALUE_TYPE_UNIT, strings.index(unit));
    }

    /** pprof's string table: index 0 is the empty string. */
    private static final class Strings {
        final Map<String, Integer> all = new LinkedHashMap<>();

        Strings() {
            all.put("", 0);
        }

        int index(String s) {
            return all.computeIfAbsent(s, k -> all.size());
        }
    }

    /** Lets the gzip stream finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
