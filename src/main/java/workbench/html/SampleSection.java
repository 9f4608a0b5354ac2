package workbench.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import workbench.export.FlameGraphExporter;
import workbench.html.Table.Cell;
import workbench.html.Table.Column;
import workbench.model.SampleData;
import workbench.report.Labels;
import workbench.report.StatprofTable;

/**
 * A sampled run: statprof's table (self and cumulative samples per line or function, sortable) and async-profiler's
 * interactive flame graph of the same stacks, embedded.
 */
final class SampleSection {

    private static final List<Column> COLUMNS = List.of(new Column("% time", true),
            new Column("cumulative (s)", true), new Column("self (s)", true), new Column("self samples", true),
            new Column("cumulative samples", true), new Column("name", false));

    private SampleSection() {
    }

    /**
     * @param data   the samples
     * @param by     rows per line or per function
     * @param labels how frames are named
     * @param title  the flame graph's title
     * @return the section's HTML
     */
    static String html(SampleData data, StatprofTable.By by, Labels labels, String title) {
        StatprofTable statprof = new StatprofTable(data, by, labels);
        long total = data.totalSamples();
        double interval = data.sampler().intervalNanos() / 1e9;
        Table table = new Table("samples", COLUMNS);
        for (StatprofTable.Row r : statprof.rows()) {
            double pct = total == 0 ? 0 : 100.0 * r.self() / total;
            table.row(List.of(Cell.number(String.format(Locale.ROOT, "%.2f", pct), pct),
                    Cell.number(String.format(Locale.ROOT, "%.3f", r.cumulative() * interval), r.cumulative()),
                    Cell.number(String.format(Locale.ROOT, "%.3f", r.self() * interval), r.self()),
                    Cell.number(Long.toString(r.self()), r.self()), Cell.number(Long.toString(r.cumulative()),
                            r.cumulative()),
                    Cell.text(by == StatprofTable.By.LINE ? labels.line(r.key()) : labels.functionOnly(r.key()))), null);
        }
        String lines = data.sampler().jit().attributionNote();
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(Html.escape(statprof.header())).append("</p>\n");
        if (by == StatprofTable.By.LINE && !lines.isEmpty()) b.append("<p class=\"note\">").append(Html.escape(lines)).append("</p>\n");
        if (total == 0) return b.append("<p>No samples recorded.</p>\n").toString();
        b.append("<h3>Flame graph</h3>\n<p class=\"note\">async-profiler's converter, from the same stacks as the"
                + " table; click a frame to zoom, Ctrl+F to search.</p>\n");
        b.append(FlameFrame.html(title, page(data, title)));
        b.append("<h3>Samples by ").append(by == StatprofTable.By.LINE ? "line" : "function").append("</h3>\n");
        return b.append(table.html()).toString();
    }

    private static String page(SampleData data, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new FlameGraphExporter(title, false).write(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
