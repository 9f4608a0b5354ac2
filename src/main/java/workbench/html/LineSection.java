package workbench.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.model.LineData;
import workbench.model.LineData.FunctionLines;
import workbench.model.LineData.LineStats;
import workbench.model.LineTiming;
import workbench.report.LineProfilerTable;
import workbench.report.SourceLookup;

/**
 * The line table as a heat map over the source: per function, the lines line_profiler's table shows (declaration to
 * closing brace), each shaded by its share of the function's time (with {@code --timing hits}, of its hits), with
 * hits, share and time in the margin.
 */
final class LineSection {

    private LineSection() {
    }

    /**
     * @param data    the lines
     * @param sources where the source text is found
     * @return the section's HTML
     */
    static String html(LineData data, SourceLookup sources) {
        boolean timed = data.timing() != LineTiming.HITS;
        StringBuilder b = new StringBuilder("<p class=\"note\">Each line shaded by its share of the function's "
                + (timed ? "time" : "hits (--timing hits: no time measured)") + ", the darkest the function's"
                + " largest; the margin gives hits, % of the function's time and the time.</p>\n");
        String threads = LineProfilerTable.threads(data);
        if (threads != null) b.append("<p class=\"note\">").append(Html.escape(threads)).append(".</p>\n");
        for (FunctionLines f : data.functions()) {
            if (f.lines().stream().allMatch(s -> s.hits() == 0 && s.nanos() == 0)) continue;
            b.append(function(f, timed, sources));
        }
        return b.toString();
    }

    private static String function(FunctionLines f, boolean timed, SourceLookup sources) {
        List<String> src = sources.lines(f.source().path());
        LineProfilerTable.Span span = LineProfilerTable.span(f, src);
        Map<Integer, LineStats> byLine = new HashMap<>();
        long totalNanos = 0;
        long totalHits = 0;
        double max = 0;
        for (LineStats s : f.lines()) {
            byLine.put(s.line(), s);
            totalNanos += s.nanos();
            totalHits += s.hits();
        }
        for (LineStats s : f.lines()) max = Math.max(max, weight(s, timed));
        StringBuilder b = new StringBuilder();
        b.append(Html.element("h3", f.method().className() + "." + f.method().method() + "  (" + f.source().path()
                + ")"));
        b.append("<p>").append(Html.escape(timed ? String.format(Locale.ROOT, "Total time %.6f s, %,d line starts",
                totalNanos / 1e9, totalHits) : String.format(Locale.ROOT, "%,d line starts", totalHits)));
        if (src == null) b.append(Html.escape("; source of " + f.source().path() + " not found (--source-path DIR)"));
        b.append("</p>\n<table class=\"heat\">\n<thead><tr><th>hits</th><th>% time</th><th>time (ms)</th>"
                + "<th>line</th><th>source</th></tr></thead>\n<tbody>\n");
        for (int line = span.first(); line <= span.last(); line++) {
            LineStats s = byLine.get(line);
            String text = src != null && line - 1 < src.size() ? src.get(line - 1) : "";
            String hits = s == null || s.hits() == 0 ? "" : String.format(Locale.ROOT, "%,d", s.hits());
            String pct = s == null || !timed || totalNanos == 0 ? ""
                    : String.format(Locale.ROOT, "%.1f", 100.0 * s.nanos() / totalNanos);
            String ms = s == null || !timed || s.nanos() == 0 ? "" : String.format(Locale.ROOT, "%.3f", s.nanos() / 1e6);
            double shade = s == null || max == 0 ? 0 : weight(s, timed) / max;
            b.append("<tr data-line=\"").append(line).append("\"><td class=\"hits\">").append(Html.escape(hits))
                    .append("</td><td class=\"pct\">").append(pct).append("</td><td class=\"num\">").append(ms)
                    .append("</td><td class=\"num\">").append(line).append("</td><td class=\"code\"");
            if (shade >= 0.01) {
                b.append(String.format(Locale.ROOT, " style=\"background: rgba(230, 70, 0, %.3f)\"", 0.7 * shade));
            }
            b.append('>').append(Html.escape(text)).append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    private static double weight(LineStats s, boolean timed) {
        return timed ? s.nanos() : s.hits();
    }
}
