package workbench.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.model.Durations;
import workbench.model.Frame;
import workbench.model.SampleData;
import workbench.model.SamplerInfo;

/**
 * statprof's table of sampled stacks, by line (its default) or by function.
 *
 * <p>Self samples of a row are those whose top frame is there; cumulative samples those that have it anywhere on
 * the stack, counted once per sample even when recursion puts it there several times. Seconds are samples times
 * the interval; the percentage is of self samples among all samples, as statprof's {@code % time}. By function,
 * each function's lines that took more than 1 % of the samples follow it, as in statprof's
 * {@code display_by_method}.
 */
public final class StatprofTable {

    /** How rows are keyed. */
    public enum By { LINE, FUNCTION }

    /**
     * One row.
     *
     * @param key        the line or the function (line 0)
     * @param self       samples with this on top
     * @param cumulative samples with this anywhere on the stack
     */
    public record Row(Frame key, long self, long cumulative) {
    }

    private final SampleData profile;
    private final By by;
    private final Labels labels;

    /**
     * @param profile the samples
     * @param by      rows per line or per function
     * @param labels  how frames are named
     */
    public StatprofTable(SampleData profile, By by, Labels labels) {
        this.profile = profile;
        this.by = by;
        this.labels = labels;
    }

    /** @return the rows, most self samples first (then most cumulative, then by name) */
    public List<Row> rows() {
        return rows(by == By.LINE);
    }

    private List<Row> rows(boolean byLine) {
        List<Row> rows = new ArrayList<>();
        profile.tally(byLine).forEach((k, t) -> rows.add(new Row(k, t.self(), t.cumulative())));
        rows.sort(Comparator.comparingLong(Row::self).reversed()
                .thenComparing(Comparator.comparingLong(Row::cumulative).reversed())
                .thenComparing(r -> name(r.key())));
        return rows;
    }

    /**
     * Prints a header naming the sampler, the table, and statprof's closing lines.
     *
     * @param out where to print
     */
    public void print(PrintWriter out) {
        if (profile.sampler().event().allocation()) {
            printAllocations(out);
            return;
        }
        long total = profile.totalSamples();
        out.println(header());
        String lines = profile.sampler().jit().attributionNote();
        if (by == By.LINE && !lines.isEmpty()) out.println(lines);
        out.println();
        if (total == 0) {
            out.println("No samples recorded.");
            out.flush();
            return;
        }
        out.println(String.format(Locale.ROOT, "%5.5s %10.10s   %7.7s  %-8.8s", "%  ", "cumulative", "self", "")
                .stripTrailing());
        out.println(String.format(Locale.ROOT, "%5.5s  %9.9s  %8.8s  %-8.8s", "time", "seconds", "seconds", "name")
                .stripTrailing());
        Map<Frame, List<Row>> linesOf = by == By.FUNCTION ? linesByFunction() : Map.of();
        for (Row r : rows()) {
            out.println(row(r, total));
            for (Row line : linesOf.getOrDefault(r.key(), List.of())) {
                double pct = percent(line.self(), total);
                if (pct > 1) {
                    out.println(String.format(Locale.ROOT, "%33.0f%% %6.2f   line %d", pct, seconds(line.self()),
                            line.key().line()));
                }
            }
        }
        out.println("---");
        out.println("Sample count: " + total);
        out.println(String.format(Locale.ROOT, "Total time: %f seconds", seconds(total)));
        out.flush();
    }

    /**
     * The allocation event's table, in statprof's shape: bytes instead of seconds, and the objects they stand for.
     */
    private void printAllocations(PrintWriter out) {
        long total = profile.totalSamples();
        out.println(header());
        out.println();
        if (total == 0) {
            out.println("No allocations recorded.");
            out.flush();
            return;
        }
        // JFR's allocation sample gives no object size: no objects at all means "not known", shown as "-"
        Map<Frame, SampleData.Tally> objects = totalObjects() == 0 ? Map.of() : profile.objects(by == By.LINE);
        out.println(String.format(Locale.ROOT, "%6s %11s %11s %11s  %s", "%", "cumulative", "self", "self", "")
                .stripTrailing());
        out.println(String.format(Locale.ROOT, "%6s %11s %11s %11s  %s", "bytes", "bytes", "bytes", "objects",
                "name"));
        for (Row r : rows()) {
            SampleData.Tally o = objects.get(r.key());
            out.println(String.format(Locale.ROOT, "%6.2f %11s %11s %11s  %s", percent(r.self(), total),
                    Bytes.format(r.cumulative()), Bytes.format(r.self()), o == null ? "-" : Long.toString(o.self()),
                    name(r.key())));
        }
        out.println("---");
        long n = totalObjects();
        out.println("Total: " + Bytes.format(total) + " (" + total + " bytes)"
                + (n == 0 ? "; objects not known (the engine's samples give no object size)"
                        : " in " + n + " objects"));
        out.flush();
    }

    private long totalObjects() {
        long n = 0;
        for (SampleData.StackCount s : profile.stacks()) n += s.objects();
        return n;
    }

    /** @return one line: sample count, engine and what it sampled, event, interval, samples lost, threads */
    public String header() {
        SamplerInfo s = profile.sampler();
        if (s.event().allocation()) {
            return String.format(Locale.ROOT, "%s allocated, sampled by %s (%s), event alloc, %d lost, %s threads;"
                    + " objects estimated from the sampled objects' sizes", Bytes.format(profile.totalSamples()),
                    s.engine().cliName(), s.sampler(), s.lost(), s.threads().cliName());
        }
        String sampler = s.sampler().isEmpty() ? "" : " (" + s.sampler() + ")";
        return String.format(Locale.ROOT, "%d samples by %s%s, event %s, interval %s, %d lost, %s threads",
                profile.totalSamples(), s.engine().cliName(), sampler, s.event().cliName(),
                Durations.format(s.intervalNanos()), s.lost(), s.threads().cliName());
    }

    private Map<Frame, List<Row>> linesByFunction() {
        Map<Frame, List<Row>> out = new HashMap<>();
        for (Row r : rows(true)) {
            out.computeIfAbsent(r.key().functionOnly(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private String row(Row r, long total) {
        return String.format(Locale.ROOT, "%6.2f %9.2f %9.2f  %s", percent(r.self(), total), seconds(r.cumulative()),
                seconds(r.self()), name(r.key()));
    }

    /** statprof's names: {@code file:line:function} by line, {@code file:function} by function. */
    private String name(Frame k) {
        return by == By.LINE ? labels.line(k) : labels.functionOnly(k);
    }

    private static double percent(long samples, long total) {
        return total == 0 ? 0 : samples * 100.0 / total;
    }

    private double seconds(long samples) {
        return samples * (double) profile.sampler().intervalNanos() / 1e9;
    }
}
