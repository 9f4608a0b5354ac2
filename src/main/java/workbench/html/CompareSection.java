package workbench.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import workbench.compare.CompareTable;
import workbench.compare.Comparison;
import workbench.compare.TotalTime;
import workbench.export.DiffFlameGraphExporter;
import workbench.html.Table.Cell;
import workbench.html.Table.Column;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.report.Labels;
import workbench.statistics.Change;
import workbench.statistics.Verdict;

/**
 * {@code compare A B} drawn: both sides, the total, then every row with both medians and their 95 % intervals, B/A
 * with its interval, and the verdict, coloured (red slower, green faster, yellow added or removed); for runs with
 * samples (sampling, or timed by samples), the differential flame graph of B against A, both normalised to one total.
 */
final class CompareSection {

    private static final String[] SIDE_HEADINGS = {"side", "run", "target", "mode", "runs", "JDK"};

    private CompareSection() {
    }

    /**
     * @param a      the baseline
     * @param b      the other side
     * @param c      the comparison of the two
     * @param labels how rows are named
     * @return the section's HTML
     */
    static String html(RunSet a, RunSet b, Comparison c, Labels labels) {
        StringBuilder out = new StringBuilder("<table class=\"summary\"><tr>");
        for (String h : SIDE_HEADINGS) out.append(Html.element("th", h));
        out.append("</tr>\n").append(side("A (baseline)", c.a())).append(side("B", c.b())).append("</table>\n");
        total(out, "Total: " + c.totalTime().label() + " (s)", c.total());
        if (c.wallTotal() != null) total(out, "Total: " + TotalTime.WALL.label() + " (s)", c.wallTotal());
        if (!c.totalNote().isEmpty()) {
            out.append("<p class=\"note\">").append(Html.escape("Note: " + c.totalNote())).append("</p>\n");
        }
        out.append("<p class=\"note\">").append(Html.escape(CompareTable.statistics(c).replaceAll("\\s+", " ")))
                .append("</p>\n");
        SampleData samplesA = a.merged().sampleData().orElse(null);
        SampleData samplesB = b.merged().sampleData().orElse(null);
        if (samplesA != null && samplesB != null && samplesA.totalSamples() > 0 && samplesB.totalSamples() > 0) {
            out.append("<h3>Differential flame graph</h3>\n<p class=\"note\">B's shape; each frame coloured by the"
                    + " change in its self samples from A (red more, blue fewer), both sides scaled to one total"
                    + " first.</p>\n");
            String title = name(c.b()) + " against " + name(c.a()); // short: the converter adds how it scaled
            out.append(FlameFrame.html(title, diffPage(samplesA, samplesB, title)));
        }
        String unit = c.measure().unit().isEmpty() ? "" : " (" + c.measure().unit() + ")";
        Table t = new Table("compare", List.of(new Column(c.measure().cliName() + unit, false),
                new Column("A median [95% CI]", true), new Column("B median [95% CI]", true),
                new Column("B/A [95% CI]", true), new Column("verdict", false)));
        for (Comparison.Row r : c.rows()) {
            Change ch = r.change();
            String verdict = !r.inA() ? "added" : !r.inB() ? "removed" : CompareTable.word(ch);
            String css = style(r);
            t.row(List.of(Cell.text(labels.label(r.key().display())),
                    Cell.number(r.inA() ? CompareTable.estimate(ch.a()) : "-", r.inA() ? ch.a().value() : Double.NaN),
                    Cell.number(r.inB() ? CompareTable.estimate(ch.b()) : "-", r.inB() ? ch.b().value() : Double.NaN),
                    Cell.number(r.inA() && r.inB() ? CompareTable.change(ch.ratio()) : "", ch.ratio().value())
                            .styled(css),
                    Cell.text(verdict).styled(css)), null);
        }
        out.append("<h3>").append(Html.escape(t.size() + " rows, largest change first")).append("</h3>\n");
        return out.append(t.html()).toString();
    }

    private static void total(StringBuilder out, String label, Comparison.Row row) {
        Change ch = row.change();
        out.append("<p>").append(Html.escape(String.format(Locale.ROOT, "%s: A %s, B %s, B/A %s: ", label,
                CompareTable.estimate(ch.a()), CompareTable.estimate(ch.b()), CompareTable.change(ch.ratio()))))
                .append("<span class=\"").append(style(row)).append("\">")
                .append(Html.escape(CompareTable.word(ch))).append("</span></p>\n");
    }

    private static String side(String letter, Comparison.Side s) {
        String[] cells = {letter, s.id() + (s.name().isEmpty() ? "" : " (" + s.name() + ")"),
            s.first().target().describe(), s.first().mode().cliName(), Integer.toString(s.runs()),
            s.first().jvm().javaVersion()};
        StringBuilder b = new StringBuilder("<tr>");
        for (String c : cells) b.append(Html.element("td", c));
        return b.append("</tr>\n").toString();
    }

    private static String name(Comparison.Side s) {
        return s.name().isEmpty() ? s.id() : s.name();
    }

    /** The CSS class of a row's verdict. */
    private static String style(Comparison.Row r) {
        if (!r.inA()) return "added";
        if (!r.inB()) return "removed";
        Verdict v = r.change().verdict();
        return v == Verdict.SLOWER ? "slower" : v == Verdict.FASTER ? "faster" : "same";
    }

    private static String diffPage(SampleData a, SampleData b, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DiffFlameGraphExporter(title, false).write(a, b, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
