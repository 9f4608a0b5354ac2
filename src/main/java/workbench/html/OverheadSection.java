package workbench.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import workbench.html.Table.Cell;
import workbench.html.Table.Column;
import workbench.model.OverheadStudy;
import workbench.overhead.OverheadSummary;
import workbench.overhead.StudyFigures;
import workbench.overhead.StudyFigures.Row;

/**
 * An overhead study: the slowdown chart with its intervals, the cost table (sortable), and the distortion tables:
 * each function's and line's share of the time under each profiler beside the reference's, with Kendall's tau and
 * the top-5 overlap, as {@code overhead} prints them.
 */
final class OverheadSection {

    /** The reference's top functions shown, and each mode's top few besides (as the text table picks them). */
    private static final int FUNCTIONS_SHOWN = 8;
    private static final int EACH_MODES_TOP = 3;
    private static final int LINES_SHOWN = 6;

    private OverheadSection() {
    }

    /**
     * @param study the study, finished or not
     * @return the section's HTML
     */
    static String html(OverheadStudy study) {
        StudyFigures f = StudyFigures.of(study);
        StringBuilder b = new StringBuilder("<p>").append(Html.escape(String.format(Locale.ROOT,
                "%s, %d run(s) per configuration, order seed %d; Java %s (%s) on %s, %d cores%s", study.target().describe(),
                study.repeat(), study.orderSeed(), study.jvm().javaVersion(), study.jvm().vmName(), study.jvm().os(),
                study.jvm().cores(), study.finished() ? "" : "; PARTIAL: " + study.runs().size() + " of "
                        + study.order().size() + " children ran"))).append("</p>\n");
        for (String n : study.notices()) b.append("<p class=\"note\">").append(Html.escape("note: " + n)).append("</p>\n");
        b.append("<div class=\"chart\">").append(OverheadChart.svg(f)).append("</div>\n");
        b.append("<h3>Cost</h3>\n").append(costs(f));
        b.append("<p class=\"note\">own = the workload's time inside the child (start-up apart); slowdown = own /"
                + " the baseline's own, ratio of medians with its 95% interval.</p>\n");
        List<Row> fcols = columns(f, r -> !r.functions().isEmpty());
        if (f.reference() != null && fcols.size() > 1) {
            Set<String> keys = new LinkedHashSet<>();
            f.reference().functions().keySet().stream().limit(FUNCTIONS_SHOWN).forEach(keys::add);
            fcols.forEach(c -> c.functions().keySet().stream().limit(EACH_MODES_TOP).forEach(keys::add));
            b.append("<h3>Distortion: each function's share of the time</h3>\n")
                    .append(distortion(fcols, new ArrayList<>(keys), "function", k -> k, Row::functions,
                            Row::functionTau, Row::functionTop));
        }
        List<Row> lcols = columns(f, r -> !r.lines().isEmpty());
        if (f.reference() != null && lcols.size() > 1) {
            Set<Integer> keys = new LinkedHashSet<>();
            lcols.forEach(c -> c.lines().keySet().stream().limit(LINES_SHOWN / 2).forEach(keys::add));
            f.reference().lines().keySet().stream().limit(LINES_SHOWN).forEach(keys::add);
            b.append("<h3>Distortion: each line's share of confidenceInterval's time</h3>\n")
                    .append(distortion(lcols, new ArrayList<>(keys), "line", k -> "line " + k, Row::lines,
                            Row::lineTau, Row::lineTop));
        }
        b.append("<h3>Summary</h3>\n<ul>\n");
        for (String s : OverheadSummary.sentences(f)) b.append(Html.element("li", s)).append('\n');
        return b.append("</ul>\n").toString();
    }

    private static String costs(StudyFigures f) {
        Table t = new Table("costs", List.of(new Column("configuration", false), new Column("runs", true),
                new Column("own (s)", true), new Column("slowdown", true), new Column("95% interval", false),
                new Column("start (s)", true), new Column("cpu (s)", true), new Column("events/run", true)));
        for (Row r : f.rows()) {
            String interval = Double.isFinite(r.slowdown().lower())
                    ? String.format(Locale.ROOT, "[%.2f, %.2f]", r.slowdown().lower(), r.slowdown().upper()) : "";
            t.row(List.of(Cell.text(r.label()), Cell.number(Integer.toString(r.runs()), r.runs()),
                    number(r.own(), "%.3f"), number(r.slowdown().value(), "%.2fx"), Cell.text(interval),
                    number(r.startup(), "%.3f"), number(r.cpu(), "%.2f"), number(r.events(), "%.0f")), null);
        }
        return t.html();
    }

    /** The reference first, then every other row with that kind of share. */
    private static List<Row> columns(StudyFigures f, Predicate<Row> has) {
        List<Row> cols = new ArrayList<>();
        if (f.reference() != null && has.test(f.reference())) cols.add(f.reference());
        f.rows().stream().filter(r -> r != f.reference() && has.test(r)).forEach(cols::add);
        return cols;
    }

    private static <K> String distortion(List<Row> cols, List<K> keys, String title, Function<K, String> label,
                                         Function<Row, Map<K, Double>> shares, Function<Row, Double> tau,
                                         Function<Row, Double> top) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(title, false));
        for (Row c : cols) columns.add(new Column(c.config() == null ? c.label() : c.config().cliName(), true));
        Table t = new Table("distortion", columns);
        for (K k : keys) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(label.apply(k)));
            for (Row c : cols) cells.add(number(100 * shares.apply(c).getOrDefault(k, 0.0), "%.1f%%"));
            t.row(cells, null);
        }
        List<Cell> taus = new ArrayList<>(List.of(Cell.text("tau vs reference")));
        List<Cell> tops = new ArrayList<>(List.of(Cell.text("top-" + StudyFigures.TOP + " overlap")));
        for (Row c : cols) {
            taus.add(number(tau.apply(c), "%.2f"));
            tops.add(Cell.text(OverheadSummary.top(top.apply(c))));
        }
        return t.row(taus, null).row(tops, null).html();
    }

    private static Cell number(double v, String format) {
        return Cell.number(Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "-", v);
    }
}
