package workbench.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.html.Table.Cell;
import workbench.html.Table.Column;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.FunctionStats.CallerStats;
import workbench.model.MethodId;
import workbench.report.FunctionHeader;
import workbench.report.Labels;

/**
 * The cProfile table of a deterministic run, every thread merged as pstats' {@code add} merges them: pstats'
 * columns, sortable by any of them (by internal time at first, as {@code profile} prints), and for each function a
 * panel with its callers and callees (pstats' {@code print_callers}/{@code print_callees}), opened under its row when
 * it is clicked;
 * a click on a caller or callee there moves to that function's panel, so the call graph can be walked.
 */
final class FunctionSection {

    private static final List<Column> COLUMNS = List.of(new Column("ncalls", true), new Column("tottime (s)", true),
            new Column("percall (us)", true), new Column("cumtime (s)", true), new Column("percall (us)", true),
            new Column("filename:lineno(function)", false));
    private static final List<Column> EDGE_COLUMNS = List.of(new Column("ncalls", true),
            new Column("tottime (s)", true), new Column("cumtime (s)", true), new Column("function", false));

    private FunctionSection() {
    }

    /**
     * @param data   the run's data
     * @param timeOf what each thread's times are ({@link FunctionHeader#timeOf}, {@link FunctionHeader#sampledTimeOf})
     * @param labels how functions are named
     * @param prefix unique within the page, for the panels' ids
     * @return the section's HTML
     */
    static String html(FunctionData data, String timeOf, Labels labels, String prefix) {
        List<FunctionStats> stats = new ArrayList<>(data.merged());
        stats.sort(Comparator.comparingLong(FunctionStats::totalNanos).reversed()
                .thenComparing(s -> labels.label(s.function())));
        Map<MethodId, List<CallerStats>> callees = FunctionData.callees(stats);
        FunctionData.Totals totals = FunctionData.Totals.of(stats);
        Table table = new Table("functions", COLUMNS);
        StringBuilder panels = new StringBuilder();
        Map<MethodId, String> ids = new HashMap<>();
        boolean waiting = false;
        for (int i = 0; i < stats.size(); i++) ids.put(stats.get(i).method(), prefix + "-f" + i);
        for (int i = 0; i < stats.size(); i++) {
            FunctionStats s = stats.get(i);
            String id = ids.get(s.method());
            String marker = FunctionHeader.marker(s.method());
            waiting |= !marker.isEmpty();
            table.row(List.of(Cell.number(ncalls(s.calls(), s.primitiveCalls()), s.calls()),
                    seconds(s.totalNanos()), perCall(s.totalNanos(), s.calls()), seconds(s.cumulativeNanos()),
                    perCall(s.cumulativeNanos(), s.primitiveCalls()), Cell.text(labels.label(s.function()) + marker)),
                    id);
            panels.append("<div class=\"edges\" id=\"").append(Html.escape(id)).append("\" hidden>")
                    .append(Html.element("h4", labels.label(s.function())))
                    .append(edges("was called by", s.callers(), labels, ids))
                    .append(edges("called", callees.getOrDefault(s.method(), List.of()), labels, ids))
                    .append("</div>\n");
        }
        String head = String.format(Locale.ROOT, "%,d function calls%s in %.3f seconds (sum of tottime)",
                totals.calls(), totals.calls() == totals.primitiveCalls() ? ""
                        : String.format(Locale.ROOT, " (%,d primitive calls)", totals.primitiveCalls()),
                totals.totalNanos() / 1e9);
        String note = (data.calibrated()
                ? String.format(Locale.ROOT, "Calibrated: %.1f ns of profiler overhead per call subtracted",
                        data.overheadNanosPerCall())
                : String.format(Locale.ROOT, "Raw: profiler overhead of %.1f ns per call not subtracted",
                        data.overheadNanosPerCall())) + FunctionHeader.clock(data) + ".";
        String threads = FunctionHeader.threads(data, timeOf);
        if (threads != null) note = threads + ". " + note;
        // the panels wait out of sight; the script opens one under its function's row
        return "<p>" + Html.escape(head) + ". " + Html.escape(note) + " Ordered by internal time; click a heading to"
                + " sort by it, a function to see its callers and callees (and one of those to go to it).</p>\n"
                + table.html() + (waiting ? "<p>" + Html.escape(FunctionHeader.legend()) + "</p>\n" : "")
                + "<div class=\"panels\" hidden>\n" + panels + "</div>\n";
    }

    /** One direction of a function's edges; a click on one moves to that function's own panel. */
    private static String edges(String title, List<CallerStats> edges, Labels labels, Map<MethodId, String> ids) {
        if (edges.isEmpty()) return "<p>" + Html.escape(title) + ": none recorded</p>";
        List<CallerStats> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingLong(CallerStats::cumulativeNanos).reversed()
                .thenComparing(c -> labels.label(c.caller())));
        Table t = new Table("edges-table", EDGE_COLUMNS);
        for (CallerStats c : sorted) {
            t.row(List.of(Cell.number(ncalls(c.calls(), c.primitiveCalls()), c.calls()), seconds(c.totalNanos()),
                    seconds(c.cumulativeNanos()), Cell.text(labels.label(c.caller()))), ids.get(c.caller().method()));
        }
        return "<p>" + Html.escape(title) + ":</p>" + t.html();
    }

    /** pstats' {@code ncalls}: {@code total/primitive} under recursion. */
    private static String ncalls(long calls, long primitive) {
        return calls == primitive ? Long.toString(calls) : calls + "/" + primitive;
    }

    private static Cell seconds(long nanos) {
        return Cell.number(String.format(Locale.ROOT, "%.6f", nanos / 1e9), nanos);
    }

    /** Blank for a zero divisor, as pstats leaves it. */
    private static Cell perCall(long nanos, long calls) {
        if (calls == 0) return new Cell("", "-1", "");
        double us = nanos / 1e3 / calls;
        return Cell.number(String.format(Locale.ROOT, "%.3f", us), us);
    }
}
