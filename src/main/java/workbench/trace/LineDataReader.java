package workbench.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import workbench.model.Clock;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.ProcessTimes;
import workbench.model.SourceRef;

/**
 * Reads the line agent's raw file ({@link LineFormat}, written by {@link LineDataWriter}) into the profile model.
 * This is the one place raw counters become {@link LineData}: the calibrated timer cost is subtracted here,
 * once per timed interval a line was charged with, and never below zero; tables of the same function (the
 * same class loaded by two loaders) are added up line by line.
 */
public final class LineDataReader {

    private LineDataReader() {
    }

    /** One table's raw rows while reading. */
    private static final class Table {
        final MethodId method;
        final String file;
        int firstLine;
        final Map<Integer, long[]> lines = new TreeMap<>();

        Table(MethodId method, String file, int firstLine) {
            this.method = method;
            this.file = file;
            this.firstLine = firstLine;
        }
    }

    /**
     * @param file the file the agent wrote at shutdown
     * @return the per-line profile
     * @throws IOException when the file is missing, from another format version, or malformed
     */
    public static LineData read(Path file) throws IOException {
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (rows.isEmpty() || !rows.get(0).equals(LineFormat.MAGIC + "\t" + LineFormat.VERSION)) {
            throw new IOException(file + " is not line data of format version " + LineFormat.VERSION);
        }
        LineTiming timing = null;
        double overhead = 0;
        Clock clock = Clock.WALL;
        long threads = 1;
        ProcessTimes process = ProcessTimes.UNKNOWN;
        Map<MethodId, Table> tables = new LinkedHashMap<>();
        Table current = null;
        for (int i = 1; i < rows.size(); i++) {
            String row = rows.get(i);
            if (row.isEmpty()) continue;
            String[] f = row.split("\t", -1);
            try {
                switch (f[0]) {
                    case "timing":
                        timing = LineTiming.fromCliName(f[1]);
                        break;
                    case "overhead-ns":
                        overhead = Double.parseDouble(f[1]);
                        break;
                    case Clock.SETTING:
                        clock = Clock.fromCliName(f[1]);
                        break;
                    case LineFormat.THREADS:
                        threads = Long.parseLong(f[1]);
                        if (threads < 1) throw new NumberFormatException(threads + " threads");
                        break;
                    case LineFormat.PROCESS:
                        process = new ProcessTimes(Long.parseLong(f[1]), Long.parseLong(f[2]));
                        break;
                    case "table":
                        MethodId method = MethodId.ofInternal(f[1], f[2], f[3]);
                        int first = Integer.parseInt(f[5]);
                        current = tables.computeIfAbsent(method, k -> new Table(method, f[4], first));
                        current.firstLine = Math.min(current.firstLine, first);
                        break;
                    case "line":
                        if (current == null) throw new IOException("line row before any table");
                        long[] v = {Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])};
                        current.lines.merge(Integer.parseInt(f[1]), v,
                                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
                        break;
                    default:
                        throw new IOException("unknown row kind '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + (i + 1) + ": malformed row '" + row + "'", e);
            }
        }
        if (timing == null) throw new IOException(file + " names no timing");
        List<LineData.FunctionLines> functions = new ArrayList<>();
        for (Table t : tables.values()) {
            List<LineData.LineStats> lines = new ArrayList<>();
            for (Map.Entry<Integer, long[]> e : t.lines.entrySet()) {
                long[] v = e.getValue();
                long nanos = Math.max(0, v[1] - Math.round(overhead * v[2]));
                lines.add(new LineData.LineStats(e.getKey(), v[0], nanos));
            }
            functions.add(new LineData.FunctionLines(t.method, new SourceRef(t.file, t.firstLine), lines));
        }
        return new LineData(timing, overhead, functions, clock, threads, process);
    }
}
