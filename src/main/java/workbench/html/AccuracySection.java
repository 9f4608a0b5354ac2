package workbench.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.html.Table.Cell;
import workbench.html.Table.Column;
import workbench.model.AccuracyStudy;
import workbench.overhead.AccuracyFigures;
import workbench.overhead.AccuracyFigures.Row;
import workbench.overhead.AccuracyTable;
import workbench.statistics.Estimate;

/**
 * An accuracy study: the chart of the share of the injected delay each profiler put on the method, with its
 * interval and a line at 100 %, the table (sortable) and the summary, as {@code accuracy} prints them.
 */
final class AccuracySection {

    private AccuracySection() {
    }

    /**
     * @param study the study, finished or not
     * @return the section's HTML
     */
    static String html(AccuracyStudy study) {
        AccuracyFigures f = AccuracyFigures.of(study);
        StringBuilder b = new StringBuilder("<p>").append(Html.escape(String.format(Locale.ROOT,
                "a busy delay of %s (%d ns a call) in %s; %s, %d run(s) a side per configuration, order seed %d;"
                        + " Java %s (%s) on %s, %d cores%s", study.asked(), study.delayNanos(), study.place(),
                study.target().describe(), study.repeat(), study.orderSeed(), study.jvm().javaVersion(),
                study.jvm().vmName(), study.jvm().os(), study.jvm().cores(), study.finished() ? ""
                        : "; PARTIAL: " + study.runs().size() + " of " + study.order().size() + " children ran")))
                .append("</p>\n");
        for (String n : study.notes()) b.append("<p class=\"note\">").append(Html.escape("note: " + n)).append("</p>\n");
        IntervalBars bars = new IntervalBars();
        for (Row r : f.rows()) {
            if (r.onMethod().isKnown()) {
                bars.bar(r.config(), 100 * r.onMethod().value(), 100 * r.onMethod().lower(),
                        100 * r.onMethod().upper());
            }
        }
        b.append("<div class=\"chart\">").append(IntervalBars.svg(bars.chart("share of the injected delay put on "
                + study.judged() + " (CPU truth, 95% interval)", study.atLine() ? "on the line (%)" : "on the method (%)",
                study.atLine() ? "on the line" : "on the method", 100,
                "100%"))).append("</div>\n");
        List<Column> columns = new ArrayList<>(List.of(new Column("configuration", false), new Column("runs", true),
                new Column("cpu (ms)", true), new Column("wall (ms)", true), new Column("on it", true),
                new Column("95% interval", false), new Column("of wall", true), new Column("seen", true),
                new Column("elsewhere", false)));
        // a line study has one column more: what went to the injected function's other lines
        if (study.atLine()) columns.add(7, new Column("next lines", true));
        Table t = new Table("accuracy", columns);
        for (Row r : f.rows()) {
            List<String> elsewhere = new ArrayList<>();
            for (AccuracyFigures.Elsewhere e : r.elsewhere()) {
                elsewhere.add(e.function() + " (" + e.relation() + ") " + percent(e.share()));
            }
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(r.config()),
                    Cell.number(Integer.toString(r.runs()), r.runs()),
                    number(r.truth().value() / 1e6), number(r.wallTruth().value() / 1e6),
                    Cell.number(percent(r.onMethod()), r.onMethod().value()), Cell.text(interval(r.onMethod())),
                    Cell.number(percent(r.onMethodWall()), r.onMethodWall().value()),
                    Cell.number(percent(r.seen()), r.seen().value()), Cell.text(String.join(", ", elsewhere))));
            if (study.atLine()) cells.add(7, Cell.number(percent(r.neighbours()), r.neighbours().value()));
            t.row(cells, null);
        }
        b.append(t.html());
        b.append("<p class=\"note\">on it = the time the profile added to the method between the runs with the delay"
                + " and without, as a share of the delay's CPU time; of wall = against its wall-clock time; seen = the"
                + " time added over all functions.</p>\n");
        b.append("<h3>Summary</h3>\n<ul>\n");
        for (String s : AccuracyTable.summary(study, f)) b.append(Html.element("li", s)).append('\n');
        return b.append("</ul>\n").toString();
    }

    private static String percent(Estimate e) {
        return e.isKnown() ? String.format(Locale.ROOT, "%.0f%%", 100 * e.value()) : "-";
    }

    private static String interval(Estimate e) {
        if (!e.isKnown() || !Double.isFinite(e.lower())) return "";
        return String.format(Locale.ROOT, "[%.0f, %.0f]%%", 100 * e.lower(), 100 * e.upper());
    }

    private static Cell number(double v) {
        return Cell.number(Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "-", v);
    }
}
