package workbench.overhead;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import workbench.model.OverheadStudy;
import workbench.overhead.StudyFigures.Row;

/**
 * Prints an overhead study: the cost table, the distortion tables against the reference, the order the children
 * ran in, and the summary. It prints from the study alone, so {@code stats} gives the bytes {@code overhead} gave.
 */
public final class OverheadTable {

    /** Functions shown: the reference's top ones, and each mode's top few besides. */
    private static final int FUNCTIONS_SHOWN = 8;
    private static final int EACH_MODES_TOP = 3;
    private static final int LINES_SHOWN = 6;
    private static final int WIDTH = 118;

    private OverheadTable() {
    }

    /**
     * @param study the study, finished or not
     * @param out   where to print
     */
    public static void print(OverheadStudy study, PrintWriter out) {
        StudyFigures f = StudyFigures.of(study);
        int runs = study.runs().size();
        out.printf(Locale.ROOT, "overhead of each profiler: %s, %d run(s) per configuration, order seed %d%n",
                study.target().describe(), study.repeat(), study.orderSeed());
        out.printf(Locale.ROOT, "Java %s (%s) on %s, %d cores%s%n", study.jvm().javaVersion(), study.jvm().vmName(),
                study.jvm().os(), study.jvm().cores(), study.finished() ? ""
                        : "; PARTIAL: " + runs + " of " + study.order().size() + " children ran");
        study.notices().forEach(n -> out.println("note: " + n));
        out.println();
        costs(f, out);
        functions(f, out);
        lines(f, out);
        order(study, out);
        out.println();
        out.println("summary:");
        for (String s : OverheadSummary.sentences(f)) wrap("- " + s, "  ", out);
        out.flush();
    }

    private static void costs(StudyFigures f, PrintWriter out) {
        String row = "%-26s %4s %9s %8s %-17s %9s %9s %8s %11s %11s%n";
        out.printf(Locale.ROOT, row, "configuration", "runs", "own (s)", "slowdown", "  [95% interval]", "start (s)",
                "wall (s)", "cpu (s)", "events/run", "cost/event");
        for (Row r : f.rows()) {
            String unit = r.config() == null ? "" : r.config().event();
            out.printf(Locale.ROOT, row, r.label(), r.runs(), num(r.own(), 3), num(r.slowdown().value(), 2) + "x",
                    interval(r), num(r.startup(), 3), num(r.wall(), 3), num(r.cpu(), 2),
                    Double.isNaN(r.events()) ? "-" : String.format(Locale.ROOT, "%.0f", r.events()),
                    unit.isEmpty() || !Double.isFinite(r.nanosPerEvent()) ? "-"
                            // a slowdown plain's noise can explain has no cost to spread over events
                            : r.slowdown().contains(1.0) ? "in noise"
                            : OverheadSummary.ns(r.nanosPerEvent()) + "/" + unit);
        }
        out.println("own = the workload's time inside the child (start-up apart); start = wall - own (JVM start-up,"
                + " agent, dump at exit);");
        out.println("slowdown = own / plain's own (python rows: / python plain's), ratio of medians with its 95 %"
                + " interval (as compare);");
        out.println("cpu = the child's user + system time; cost/event = (median own - plain's) / median events, \"in"
                + " noise\" where the slowdown's interval holds 1x.");
    }

    private static void functions(StudyFigures f, PrintWriter out) {
        List<Row> cols = columns(f, r -> !r.functions().isEmpty());
        if (f.reference() == null || cols.size() < 2) return;
        Set<String> keys = new LinkedHashSet<>();
        f.reference().functions().keySet().stream().limit(FUNCTIONS_SHOWN).forEach(keys::add);
        cols.forEach(c -> c.functions().keySet().stream().limit(EACH_MODES_TOP).forEach(keys::add));
        out.println();
        out.println("distortion: each function's share of the time (deterministic: tottime, hybrid: tottime from"
                + " its samples; sampling: self samples), mean over runs");
        matrix(cols, new ArrayList<>(keys), "function", k -> k, Row::functions, Row::functionTau,
                Row::functionTop, out);
        String precision = "hottest same in runs";
        out.printf(Locale.ROOT, "%-34s", precision);
        for (Row c : cols) {
            out.printf(Locale.ROOT, " %12s", Double.isNaN(c.precision()) ? "-"
                    : Math.round(c.precision() * c.runs()) + "/" + c.runs());
        }
        out.println();
    }

    private static void lines(StudyFigures f, PrintWriter out) {
        List<Row> cols = columns(f, r -> !r.lines().isEmpty());
        if (f.reference() == null || cols.size() < 2) return;
        Set<Integer> keys = new LinkedHashSet<>();
        cols.forEach(c -> c.lines().keySet().stream().limit(LINES_SHOWN / 2).forEach(keys::add));
        f.reference().lines().keySet().stream().limit(LINES_SHOWN).forEach(keys::add);
        out.println();
        out.println("distortion: each line's share of confidenceInterval's time (the reference's: its samples on the"
                + " exact run's lines)");
        matrix(cols, new ArrayList<>(keys), "line", k -> "line " + k, Row::lines, Row::lineTau, Row::lineTop, out);
    }

    /** The reference first, then every other row with that kind of share. */
    private static List<Row> columns(StudyFigures f, java.util.function.Predicate<Row> has) {
        List<Row> cols = new ArrayList<>();
        if (f.reference() != null && has.test(f.reference())) cols.add(f.reference());
        f.rows().stream().filter(r -> r != f.reference() && has.test(r)).forEach(cols::add);
        return cols;
    }

    private static <K> void matrix(List<Row> cols, List<K> keys, String title, Function<K, String> label,
                                   Function<Row, Map<K, Double>> shares, Function<Row, Double> tau,
                                   Function<Row, Double> top, PrintWriter out) {
        out.printf(Locale.ROOT, "%-34s", title);
        for (Row c : cols) out.printf(Locale.ROOT, " %12s", shortName(c));
        out.println();
        for (K k : keys) {
            String name = label.apply(k);
            out.printf(Locale.ROOT, "%-34s", name.length() > 34 ? name.substring(0, 33) + "~" : name);
            for (Row c : cols) out.printf(Locale.ROOT, " %11.1f%%", 100 * shares.apply(c).getOrDefault(k, 0.0));
            out.println();
        }
        out.printf(Locale.ROOT, "%-34s", "tau vs reference");
        for (Row c : cols) out.printf(Locale.ROOT, " %12s", num(tau.apply(c), 2));
        out.println();
        out.printf(Locale.ROOT, "%-34s", "top-" + StudyFigures.TOP + " overlap");
        for (Row c : cols) out.printf(Locale.ROOT, " %12s", OverheadSummary.top(top.apply(c)));
        out.println();
    }

    private static String shortName(Row r) {
        return r.config() == null ? r.label() : r.config().cliName();
    }

    private static void order(OverheadStudy study, PrintWriter out) {
        out.println();
        StringBuilder b = new StringBuilder("order (seed " + study.orderSeed() + "):");
        for (int i = 0; i < study.order().size(); i++) {
            OverheadStudy.Slot s = study.order().get(i);
            Configuration c = Configuration.ofLabel(s.config());
            b.append(i == 0 ? " " : ", ").append(c == null ? s.config() : c.cliName()).append('#').append(s.run());
        }
        wrap(b.toString(), "  ", out);
    }

    /**
     * Prints text wrapped at the tables' width, continuation lines indented: the order and summary lines of a study.
     *
     * @param text   one paragraph, words separated by single spaces
     * @param indent put before each continuation line
     * @param out    where to print
     */
    public static void wrap(String text, String indent, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(indent);
            } else if (line.length() > 0 && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) out.println(line);
    }

    private static String interval(Row r) {
        if (!Double.isFinite(r.slowdown().lower())) return "";
        return String.format(Locale.ROOT, "[%.2f, %.2f]", r.slowdown().lower(), r.slowdown().upper());
    }

    private static String num(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "-";
    }
}
