package workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import workbench.io.AtomicFiles;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.Frame;
import workbench.report.Labels;

/**
 * Writes a deterministic profile as the file {@code cProfile.Profile.dump_stats} writes and {@code pstats.Stats(path)}
 * loads: Python's {@code marshal} dump of one dictionary
 * {@code {(file, line, name): (cc, nc, tt, ct, {caller: (nc, cc, tt, ct)})}}, times in seconds.
 *
 * <p>A Java function's key is its source path, its first line and {@code Class.method} (pstats' {@code strip_dirs}
 * then prints {@code Data.java:23(Data.randint)}, as our table does); a call into code that was not instrumented gets
 * cProfile's built-in form {@code ('~', 0, '<java.util.Random.nextInt>')}, which pstats prints as
 * {@code {java.util.Random.nextInt}}. Overloads that would share a key get their descriptor after the name.
 * All threads (and all runs of a set) are summed, as pstats' {@code add} does.
 */
public final class PstatsExporter implements Exporter {

    /** A run with functions: a deterministic one, timed by the agent or by samples. */
    @Override
    public Optional<Refusal> refusal(ExportRun run) {
        return run.data().functionData().isPresent() ? Optional.empty() : Optional.of(Refusal.KIND);
    }

    @Override
    public void export(ExportRun run, Path target) throws IOException {
        export(run.data().functionData().orElseThrow(), target);
    }

    /**
     * @param data   the deterministic profile
     * @param target the file
     * @throws IOException when it cannot be written; the target is then untouched
     */
    public void export(FunctionData data, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(data, out));
    }

    /**
     * @param data the deterministic profile
     * @param out  where the marshal bytes go; not closed
     * @throws IOException when writing fails
     */
    public void write(FunctionData data, OutputStream out) throws IOException {
        List<FunctionStats> stats = data.merged();
        List<Frame> all = new ArrayList<>();
        for (FunctionStats s : stats) {
            all.add(s.function());
            for (FunctionStats.CallerStats c : s.callers()) all.add(c.caller());
        }
        ExportNames names = new ExportNames(all, PstatsExporter::baseName);
        Marshal m = new Marshal(out);
        m.dictStart();
        for (FunctionStats s : stats) {
            key(m, s.function(), names);
            m.tupleStart(5);
            m.integer(s.primitiveCalls());
            m.integer(s.calls());
            m.floating(seconds(s.totalNanos()));
            m.floating(seconds(s.cumulativeNanos()));
            m.dictStart();
            for (FunctionStats.CallerStats c : s.callers()) {
                key(m, c.caller(), names);
                m.tupleStart(4);
                m.integer(c.calls());
                m.integer(c.primitiveCalls());
                m.floating(seconds(c.totalNanos()));
                m.floating(seconds(c.cumulativeNanos()));
            }
            m.dictEnd();
        }
        m.dictEnd();
        m.flush();
    }

    private static String baseName(Frame f) {
        return f.kind() == Frame.Kind.JAVA ? Labels.STRIPPED.function(f) : "<" + Labels.STRIPPED.function(f) + ">";
    }

    private static void key(Marshal m, Frame f, ExportNames names) throws IOException {
        m.tupleStart(3);
        boolean java = f.kind() == Frame.Kind.JAVA;
        m.string(java ? f.source().path() : Labels.BUILTIN_FILE);
        m.integer(java ? f.line() : 0);
        m.string(names.name(f));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The few types of Python's {@code marshal} format that pstats' dictionary needs (version-independent codes). */
    static final class Marshal {
        private final OutputStream out;
        private final byte[] buf = new byte[8];

        Marshal(OutputStream out) {
            this.out = out;
        }

        void dictStart() throws IOException {
            out.write('{');
        }

        void dictEnd() throws IOException {
            out.write('0'); // TYPE_NULL ends a dict
        }

        void tupleStart(int size) throws IOException {
            out.write('(');
            int32(size);
        }

        void string(String s) throws IOException {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write('u'); // TYPE_UNICODE, UTF-8
            int32(b.length);
            out.write(b);
        }

        void integer(long v) throws IOException {
            if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                out.write('i');
                int32((int) v);
                return;
            }
            // TYPE_LONG: signed count of 15-bit digits, least significant first
            java.math.BigInteger mag = java.math.BigInteger.valueOf(v).abs();
            List<Integer> digits = new ArrayList<>();
            java.math.BigInteger mask = java.math.BigInteger.valueOf(0x7fff);
            while (mag.signum() > 0) {
                digits.add(mag.and(mask).intValue());
                mag = mag.shiftRight(15);
            }
            out.write('l');
            int32(v < 0 ? -digits.size() : digits.size());
            for (int d : digits) {
                out.write(d & 0xff);
                out.write((d >>> 8) & 0xff);
            }
        }

        void floating(double v) throws IOException {
            out.write('g'); // TYPE_BINARY_FLOAT, little-endian IEEE 754
            long bits = Double.doubleToLongBits(v);
            for (int i = 0; i < 8; i++) buf[i] = (byte) (bits >>> (8 * i));
            out.write(buf, 0, 8);
        }

        void flush() throws IOException {
            out.flush();
        }

        private void int32(int v) throws IOException {
            for (int i = 0; i < 4; i++) buf[i] = (byte) (v >>> (8 * i));
            out.write(buf, 0, 4);
        }
    }
}
