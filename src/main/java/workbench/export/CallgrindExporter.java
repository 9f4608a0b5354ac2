package workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workbench.io.AtomicFiles;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.LineData;
import workbench.model.MethodId;
import workbench.model.ProfileData;
import workbench.report.Labels;

/**
 * Writes Valgrind's callgrind format, which KCachegrind and {@code callgrind_annotate} read.
 *
 * <ul>
 *   <li>A deterministic profile: one entry per function at its first line with its own time ({@code tottime}) in
 *       nanoseconds, and one call per caller → callee edge with its call count and its inclusive time (the callee's
 *       {@code cumtime} along that edge), so that inclusive costs add up as cProfile's do; a function calling itself
 *       keeps the calls of that edge but not its time, which is inside the outer call's already.</li>
 *   <li>A line profile: per source line its hits and its time, so that KCachegrind (and
 *       {@code callgrind_annotate --auto=yes}) annotate the source.</li>
 * </ul>
 *
 * <p>Functions are named by their binary class names ({@code java.util.Random.nextInt}, {@code demo.App$Inner.run}), with the descriptor
 * after overloads that would share a name; built-ins are in the file {@code ~}, as pstats places them.
 */
public final class CallgrindExporter implements Exporter {

    private static final Labels FULL = new Labels(false);

    private final String command;

    /** @param command what ran, for the file's {@code cmd:} line (one line) */
    public CallgrindExporter(String command) {
        this.command = command.replaceAll("[\\r\\n]", " ");
    }

    /** A run with functions (deterministic) or lines (line), timed by the agent or by samples. */
    @Override
    public Optional<Refusal> refusal(ExportRun run) {
        return carries(run.data()) ? Optional.empty() : Optional.of(Refusal.KIND);
    }

    /** Writes the run with its title as the file's {@code cmd:} (this exporter's own command is for the others). */
    @Override
    public void export(ExportRun run, Path target) throws IOException {
        new CallgrindExporter("workbench " + run.title()).export(run.data(), target);
    }

    /**
     * @param data   a deterministic or line profile
     * @param target the file
     * @throws IOException              when it cannot be written; the target is then untouched
     * @throws IllegalArgumentException for a sampling profile
     */
    public void export(ProfileData data, Path target) throws IOException {
        check(data);
        AtomicFiles.write(target, out -> write(data, out));
    }

    /**
     * @param data a deterministic or line profile
     * @param out  where the text goes; not closed
     * @throws IOException when writing fails
     */
    public void write(ProfileData data, OutputStream out) throws IOException {
        check(data);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Optional<FunctionData> functions = data.functionData();
        if (functions.isPresent()) writeFunctions(functions.get(), w);
        else writeLines(data.lineData().orElseThrow(), w);
        w.flush();
    }

    private static void check(ProfileData data) {
        if (!carries(data)) {
            throw new IllegalArgumentException("callgrind takes deterministic or line profiles, not "
                    + data.mode().cliName());
        }
    }

    private static boolean carries(ProfileData data) {
        return data.functionData().isPresent() || data.lineData().isPresent();
    }

    private void header(Writer w, String events) throws IOException {
        w.write("# callgrind format\nversion: 1\ncreator: workbench\n");
        w.write("cmd: " + command + "\n");
        w.write("positions: line\n");
        w.write("events: " + events + "\n\n");
    }

    private void writeFunctions(FunctionData data, Writer w) throws IOException {
        List<FunctionStats> stats = data.merged();
        List<Frame> all = new ArrayList<>();
        for (FunctionStats s : stats) {
            all.add(s.function());
            for (FunctionStats.CallerStats c : s.callers()) all.add(c.caller());
        }
        ExportNames names = new ExportNames(all, FULL::function);
        Map<MethodId, List<FunctionStats.CallerStats>> callees = FunctionData.callees(stats);
        header(w, "ns");
        Compressor files = new Compressor();
        Compressor fns = new Compressor();
        long total = 0;
        for (FunctionStats s : stats) {
            Frame f = s.function();
            int at = f.line();
            w.write("fl=" + files.ref(file(f)) + "\n");
            w.write("fn=" + fns.ref(names.name(f)) + "\n");
            w.write(at + " " + Math.max(0, s.totalNanos()) + "\n");
            total += Math.max(0, s.totalNanos());
            for (FunctionStats.CallerStats c : callees.getOrDefault(f.method(), List.of())) {
                Frame callee = c.caller(); // calc_callees puts the callee in the caller's place
                w.write("cfl=" + files.ref(file(callee)) + "\n");
                w.write("cfn=" + fns.ref(names.name(callee)) + "\n");
                w.write("calls=" + c.calls() + " " + callee.line() + "\n");
                // a self-call's time is already inside the outer call's: counting it again would put the inclusive
                // cost above cumtime (calls through other functions back to this one still do, as in callgrind's own)
                long inclusive = callee.method().equals(f.method()) ? 0 : Math.max(0, c.cumulativeNanos());
                w.write(at + " " + inclusive + "\n");
            }
            w.write("\n");
        }
        w.write("totals: " + total + "\n");
    }

    private void writeLines(LineData data, Writer w) throws IOException {
        List<Frame> all = new ArrayList<>();
        for (LineData.FunctionLines f : data.functions()) all.add(frame(f));
        ExportNames names = new ExportNames(all, FULL::function);
        header(w, "Hits ns");
        Compressor files = new Compressor();
        Compressor fns = new Compressor();
        long hits = 0;
        long nanos = 0;
        for (LineData.FunctionLines f : data.functions()) {
            Frame frame = frame(f);
            w.write("fl=" + files.ref(file(frame)) + "\n");
            w.write("fn=" + fns.ref(names.name(frame)) + "\n");
            for (LineData.LineStats s : f.lines()) {
                long ns = Math.max(0, s.nanos());
                w.write(s.line() + " " + s.hits() + " " + ns + "\n");
                hits += s.hits();
                nanos += ns;
            }
            w.write("\n");
        }
        w.write("totals: " + hits + " " + nanos + "\n");
    }

    private static Frame frame(LineData.FunctionLines f) {
        return new Frame(f.method(), f.source(), Frame.Kind.JAVA);
    }

    private static String file(Frame f) {
        return f.kind() == Frame.Kind.JAVA && !f.source().path().isEmpty() ? f.source().path() : Labels.BUILTIN_FILE;
    }

    /** callgrind's name compression: {@code (id) name} the first time, {@code (id)} after. */
    private static final class Compressor {
        private final Map<String, Integer> ids = new HashMap<>();

        String ref(String name) {
            Integer id = ids.get(name);
            if (id != null) return "(" + id + ")";
            id = ids.size() + 1;
            ids.put(name, id);
            return "(" + id + ") " + name;
        }
    }
}
