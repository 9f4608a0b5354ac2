package workbench.compare;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import workbench.model.RunInfo;
import workbench.report.FunctionHeader;
import workbench.report.Labels;
import workbench.statistics.Change;
import workbench.statistics.Estimate;
import workbench.statistics.Verdict;

/**
 * Prints a {@link Comparison} the way benchstat prints one, with more said: both sides named, the total first, then
 * one row per function or line, largest change first, each with both medians and their intervals, B/A with its
 * interval, the verdict, the exact counts beside, and (sampling) the shares beside the seconds.
 */
public final class CompareTable {

    private final Comparison c;
    private final Labels labels;

    /**
     * @param comparison what to print
     * @param labels     how rows are named
     */
    public CompareTable(Comparison comparison, Labels labels) {
        this.c = comparison;
        this.labels = labels;
    }

    /**
     * @param out   where to print
     * @param limit at most this many rows (0: all)
     * @param match only rows whose label matches this, or {@code null}
     */
    public void print(PrintWriter out, int limit, Pattern match) {
        side(out, "A", c.a());
        side(out, "B", c.b());
        for (String line : totalLines(c)) out.println(line);
        out.println(statistics(c));
        out.println();
        List<Comparison.Row> rows = new ArrayList<>();
        for (Comparison.Row r : c.rows()) {
            if (match == null || match.matcher(labels.label(r.key().display())).find()) rows.add(r);
        }
        int shown = limit > 0 ? Math.min(limit, rows.size()) : rows.size();
        List<Row> cells = new ArrayList<>();
        for (Comparison.Row r : rows.subList(0, shown)) {
            cells.add(new Row(labels.label(r.key().display()) + FunctionHeader.marker(r.key().display().method()), r));
        }
        String unit = c.measure().unit().isEmpty() ? "" : " (" + unitOf(c) + ")";
        Row head = new Row(c.measure().cliName() + unit, "A median [95% CI]", "B median [95% CI]",
                "B/A [95% CI]", "verdict", exactHeading(), shareHeading());
        int[] w = head.widths();
        for (Row r : cells) w = max(w, r.widths());
        out.println(head.format(w).stripTrailing());
        for (Row r : cells) out.println(r.format(w).stripTrailing());
        if (shown < rows.size()) {
            out.printf(Locale.ROOT, "(%d more rows; --limit 0 shows all)%n", rows.size() - shown);
        }
        out.flush();
    }

    /**
     * The total's lines: the tested total, then the wall-clock total beside a CPU one, or the note why the total is
     * wall time.
     *
     * @param c a comparison
     * @return {@code total: CPU time of the process (s)  A ...  B ...  B/A ...  ~ (q=0.52)} and what goes with it
     */
    public static List<String> totalLines(Comparison c) {
        List<String> lines = new ArrayList<>();
        String tested = "total: " + c.totalTime().label() + " (s)";
        String wall = "total: " + TotalTime.WALL.label() + " (s)";
        int width = Math.max(tested.length(), c.wallTotal() == null ? 0 : wall.length());
        lines.add(totalLine(tested, width, c.total().change()));
        if (c.wallTotal() != null) lines.add(totalLine(wall, width, c.wallTotal().change()));
        if (!c.totalNote().isEmpty()) lines.add("note: " + c.totalNote());
        return lines;
    }

    private static String totalLine(String label, int width, Change ch) {
        return String.format(Locale.ROOT, "%s  A %s   B %s   B/A %s   %s", pad(label, width), estimate(ch.a()),
                estimate(ch.b()), change(ch.ratio()), word(ch));
    }

    private void side(PrintWriter out, String letter, Comparison.Side s) {
        RunInfo r = s.first();
        out.printf(Locale.ROOT, "%s  %s%s  %s  %s%s  Java %s  %d run%s%n", letter, s.id(),
                s.name().isEmpty() ? "" : " (" + s.name() + ")", r.target().describe(), r.mode().cliName(),
                settings(r), r.jvm().javaVersion(), s.runs(), s.runs() == 1 ? "" : "s");
    }

    private static String settings(RunInfo r) {
        List<String> parts = new ArrayList<>();
        for (String k : List.of("engine", "event", "interval", "timing", "calibrated")) {
            if (r.settings().containsKey(k)) parts.add(k + "=" + r.settings().get(k));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /**
     * @param c a comparison
     * @return how it was decided, in a few lines: the intervals, the test, the floor and how many rows it kept
     */
    public static String statistics(Comparison c) {
        return String.format(Locale.ROOT, "statistics: each side's median with a 95%% distribution-free interval;"
                + " B/A = ratio of geometric means with Welch's%n  95%% interval on the logs; verdict: Welch's t-test"
                + " on the logs against a %s noise threshold, false discovery%n  rate held at 5%% (Benjamini-Hochberg)"
                + " across the %d of %d rows with >= %s of everything pooled over both sides%n  (the rest: too small,"
                + " B/A from the ratio of medians), >= %d runs a side; exact counts shown beside",
                percent(c.threshold()), c.tested(), c.rows().size(), floorText(c.floor()), Change.MIN_RUNS);
    }

    private static String floorText(double floor) {
        return new java.math.BigDecimal(100 * floor).round(new java.math.MathContext(2)).stripTrailingZeros()
                .toPlainString() + "%";
    }

    private String exactHeading() {
        Measure exact = Measure.exactFor(c.a().first().mode());
        return exact == null ? "" : exact.cliName() + " A -> B";
    }

    private String shareHeading() {
        return c.a().first().mode() == workbench.model.Mode.SAMPLING ? "share A -> B" : "";
    }

    /** One printed row's cells. */
    private final class Row {
        final String[] cells;

        Row(String... cells) {
            this.cells = Arrays.copyOf(cells, 8);
            // the label goes last: the heading names the measure there
            this.cells[7] = cells[0];
            this.cells[0] = "";
        }

        Row(String label, Comparison.Row r) {
            this(label, r.inA() ? estimate(r.change().a()) : "-", r.inB() ? estimate(r.change().b()) : "-",
                    r.inA() && r.inB() ? change(r.change().ratio()) : "", verdict(r), exact(r), share(r));
        }

        int[] widths() {
            int[] w = new int[cells.length];
            for (int i = 0; i < cells.length; i++) w[i] = cells[i] == null ? 0 : cells[i].length();
            return w;
        }

        String format(int[] w) {
            StringBuilder s = new StringBuilder();
            for (int i = 1; i < cells.length; i++) {
                if (w[i] == 0) continue;
                String cell = cells[i] == null ? "" : cells[i];
                s.append(i == cells.length - 1 ? cell : pad(cell, w[i])).append("  ");
            }
            return s.toString();
        }
    }

    private String verdict(Comparison.Row r) {
        if (!r.inA()) return "added";
        if (!r.inB()) return "removed";
        return word(r.change());
    }

    /**
     * The verdict with the q-value it rests on, as benchstat shows its p: a {@code ~} says how far from a call.
     *
     * @param ch a decided change
     * @return {@code slower (q=0.012)}, {@code ~ (q=0.4)}, or why no verdict
     */
    public static String word(Change ch) {
        if (ch.verdict() == Verdict.UNDECIDED) return "need >= " + Change.MIN_RUNS + " runs a side";
        if (ch.verdict() == Verdict.TOO_SMALL || ch.verdict() == Verdict.NOT_TESTED) return ch.verdict().symbol();
        return ch.verdict() + " (q=" + new java.math.BigDecimal(ch.q()).round(new java.math.MathContext(2))
                .stripTrailingZeros().toPlainString() + ")";
    }

    private static String exact(Comparison.Row r) {
        if (r.exactA().length == 0) return "";
        String a = range(r.exactA());
        String b = range(r.exactB());
        return a.equals(b) ? a : a + " -> " + b;
    }

    private static String share(Comparison.Row r) {
        if (Double.isNaN(r.shareA())) return "";
        return String.format(Locale.ROOT, "%.1f%% -> %.1f%% (%+.1f pt)", 100 * r.shareA(), 100 * r.shareB(),
                100 * (r.shareB() - r.shareA()));
    }

    /** Exact counts: one number when every run agrees, else the range. */
    static String range(double[] v) {
        double lo = Arrays.stream(v).min().orElse(0);
        double hi = Arrays.stream(v).max().orElse(0);
        return lo == hi ? String.format(Locale.ROOT, "%.0f", lo) : String.format(Locale.ROOT, "%.0f..%.0f", lo, hi);
    }

    /**
     * @param e a median with its interval
     * @return {@code 0.1234 [0.1200, 0.1300]}, or {@code -} when unknown
     */
    public static String estimate(Estimate e) {
        if (!e.isKnown()) return "-";
        return num(e.value()) + " [" + num(e.lower()) + ", " + num(e.upper()) + "]";
    }

    /**
     * B/A as a change in percent: {@code -70.4% [-71.0%, -69.8%]}.
     *
     * @param ratio B/A with its interval
     * @return the change as printed
     */
    public static String change(Estimate ratio) {
        if (!ratio.isKnown()) return "-";
        if (Double.isInfinite(ratio.value())) return "new";
        return pct(ratio.value()) + " [" + pct(ratio.lower()) + ", " + pct(ratio.upper()) + "]";
    }

    private static String pct(double ratio) {
        if (Double.isInfinite(ratio)) return "+inf";
        return String.format(Locale.ROOT, "%+.1f%%", 100 * (ratio - 1));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }

    /** Four significant digits, without an exponent for the sizes a profile has. */
    static String num(double v) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 0.001) return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
        return String.format(Locale.ROOT, "%.2e", v);
    }

    private static int[] max(int[] a, int[] b) {
        int[] m = new int[a.length];
        for (int i = 0; i < a.length; i++) m[i] = Math.max(a[i], b[i]);
        return m;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** A sampling measure of allocation profiles counts bytes, not seconds. */
    private static String unitOf(Comparison c) {
        boolean alloc = c.measure().mode() == workbench.model.Mode.SAMPLING
                && workbench.model.SamplingEvent.ALLOC.cliName().equals(c.a().first().settings().get("event"));
        return alloc ? "B" : c.measure().unit();
    }
}
