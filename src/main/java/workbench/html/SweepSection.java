package workbench.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.growth.FunctionGrowth;
import workbench.growth.SweepChart;
import workbench.growth.SweepGrowth;
import workbench.growth.SweepTable;
import workbench.html.Table.Cell;
import workbench.html.Table.Column;
import workbench.model.SweepPoint;
import workbench.model.SweepStudy;
import workbench.report.Labels;
import workbench.statistics.Estimate;

/**
 * A sweep: the log-log chart, each point's own time per series (sortable), each series' growth exponent with and
 * without a fixed cost, and the growth per function of each deterministic series, as {@code sweep} prints them.
 */
final class SweepSection {

    private SweepSection() {
    }

    /**
     * @param sweep  the sweep, finished or not
     * @param labels how functions are named
     * @return the section's HTML
     */
    static String html(SweepStudy sweep, Labels labels) {
        SweepGrowth g = SweepGrowth.of(sweep);
        StringBuilder b = new StringBuilder("<p>").append(Html.escape(String.format(Locale.ROOT,
                "%s, %d child(ren) per point, order seed %d; Java %s (%s) on %s, %d cores%s", g.target(),
                sweep.repeat(), sweep.orderSeed(), sweep.jvm().javaVersion(), sweep.jvm().vmName(), sweep.jvm().os(),
                sweep.jvm().cores(), g.finished() ? "" : "; PARTIAL: " + sweep.runs().size() + " of "
                        + sweep.order().size() + " children ran"))).append("</p>\n");
        for (String n : sweep.notices()) b.append("<p class=\"note\">").append(Html.escape("note: " + n)).append("</p>\n");
        String warmup = SweepTable.warmupLine(sweep);
        if (warmup != null) b.append("<p class=\"note\">").append(Html.escape(warmup)).append("</p>\n");
        b.append("<div class=\"chart\">").append(SweepChart.svg(sweep)).append("</div>\n");
        b.append("<h3>Own time (s), median [95% interval]</h3>\n").append(grid(g));
        Table growth = new Table("growth", List.of(new Column("series", false), new Column("k [95%]", true),
                new Column("with a fixed cost", false)));
        for (SweepGrowth.Series s : g.series()) {
            Estimate k = s.figures().exponent();
            growth.row(List.of(Cell.text(s.figures().name()), Cell.number(SweepTable.exponent(k), k.value()),
                    Cell.text(s.figures().fixed().exponent().isKnown() ? SweepTable.fixedCost(s.figures().fixed())
                            : "")), null);
        }
        b.append("<h3>Growth: own time ~ (n x iterations)^k</h3>\n").append(growth.html());
        for (SweepGrowth.Series s : g.series()) {
            if (!s.functions().isEmpty()) b.append(functions(s, labels));
        }
        return b.toString();
    }

    private static String grid(SweepGrowth g) {
        List<Column> columns = new ArrayList<>(List.of(new Column("n", true), new Column("iterations", true)));
        g.series().forEach(s -> columns.add(new Column(s.figures().name(), true)));
        Table t = new Table("sweep", columns);
        int points = g.series().isEmpty() ? 0 : g.series().get(0).figures().points().size();
        for (int i = 0; i < points; i++) {
            SweepPoint p = g.series().get(0).figures().points().get(i);
            List<Cell> cells = new ArrayList<>(List.of(Cell.number(Integer.toString(p.n()), p.n()),
                    Cell.number(Integer.toString(p.iterations()), p.iterations())));
            for (SweepGrowth.Series s : g.series()) {
                Estimate e = s.figures().own().get(i);
                cells.add(Cell.number(SweepTable.cell(e), e.isKnown() ? e.value() : Double.NaN));
            }
            t.row(cells, null);
        }
        return t.html();
    }

    private static String functions(SweepGrowth.Series s, Labels labels) {
        Table t = new Table("growth", List.of(new Column("function", false), new Column("k [95%]", true),
                new Column("k - k(leader) [95%]", true),
                new Column("calls k", true), new Column("share at the largest size", true), new Column("", false)));
        for (FunctionGrowth f : s.functions()) {
            t.row(List.of(Cell.text(labels.label(f.function())),
                    Cell.number(SweepTable.exponent(f.exponent()), f.exponent().value()),
                    Cell.number(SweepTable.relative(f), f.relative().value()),
                    Cell.number(String.format(Locale.ROOT, "%.3f", f.callsExponent()), f.callsExponent()),
                    Cell.number(String.format(Locale.ROOT, "%.1f%%", 100 * f.share()), f.share()),
                    Cell.text(SweepTable.mark(f)).styled(f.fasterThanLeader() ? "slower" : "")), null);
        }
        return "<h3>" + Html.escape("Growth per function, " + s.figures().name()) + "</h3>\n<p class=\"note\">"
                + Html.escape("From the exact calls and own times at each size: the function's own k, and k - k(leader),"
                + " the leader being the"
                + " function with the most time at the largest size; functions growing faster than the leader first,"
                + " the surest first (by the lower end of the interval), then the leader, then the others"
                + " (with >= " + 100 * FunctionGrowth.FLOOR + "% of the time at the largest size).") + "</p>\n"
                + t.html();
    }
}
