package workbench.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.MethodId;

/**
 * The cProfile table, printed the way pstats prints it ({@code print_stats}, {@code print_callers},
 * {@code print_callees}), column for column, from one list of per-function statistics.
 */
public final class FunctionTable {

    private final List<FunctionStats> stats;
    private final List<SortKey> sortKeys;
    private final List<String> notes;
    private final Labels labels;
    private final FunctionData.Totals totals;

    /**
     * @param stats    one entry per function (threads already merged or split by the caller)
     * @param sortKeys the order, most significant first; empty for the order given
     * @param note     a line printed under the totals (the calibration), or {@code null}
     * @param labels   how functions are named
     */
    public FunctionTable(List<FunctionStats> stats, List<SortKey> sortKeys, String note, Labels labels) {
        this(stats, sortKeys, labels, note == null ? List.of() : List.of(note));
    }

    /**
     * @param stats    one entry per function (threads already merged or split by the caller)
     * @param sortKeys the order, most significant first; empty for the order given
     * @param labels   how functions are named
     * @param notes    lines printed under the totals (what they are summed over, the calibration)
     */
    public FunctionTable(List<FunctionStats> stats, List<SortKey> sortKeys, Labels labels, List<String> notes) {
        this.stats = List.copyOf(stats);
        this.sortKeys = List.copyOf(sortKeys);
        this.notes = List.copyOf(notes);
        this.labels = labels;
        this.totals = FunctionData.Totals.of(this.stats);
    }

    /**
     * pstats' {@code print_stats}: totals, order, restrictions, then one line per kept function.
     *
     * @param out          where to print
     * @param restrictions applied in order to the sorted list
     */
    public void printStats(PrintWriter out, List<Restriction> restrictions) {
        out.print("         " + totals.calls() + " function calls ");
        if (totals.calls() != totals.primitiveCalls()) out.print("(" + totals.primitiveCalls() + " primitive calls) ");
        out.println("in " + seconds(totals.totalNanos()) + " seconds");
        for (String note : notes) out.println("   " + note);
        out.println();
        Selection sel = select(restrictions);
        if (!sel.list.isEmpty()) {
            out.println(sel.msg);
            out.println("   ncalls  tottime  percall  cumtime  percall filename:lineno(function)");
            boolean waiting = false;
            for (FunctionStats s : sel.list) {
                String marker = FunctionHeader.marker(s.method());
                waiting |= !marker.isEmpty();
                out.println(line(s, labels) + marker);
            }
            if (waiting) {
                out.println();
                out.println("   " + FunctionHeader.legend());
            }
            out.println();
            out.println();
        }
        out.flush();
    }

    /**
     * pstats' {@code print_callers}: for each kept function, the functions that called it, with per-edge counts.
     *
     * @param out          where to print
     * @param restrictions applied in order to the sorted list
     */
    public void printCallers(PrintWriter out, List<Restriction> restrictions) {
        Selection sel = select(restrictions);
        if (sel.list.isEmpty()) return;
        heading(out, sel, "was called by...");
        for (FunctionStats s : sel.list) callLine(out, sel.width, s.function(), s.callers(), "<-");
        out.println();
        out.println();
        out.flush();
    }

    /**
     * pstats' {@code print_callees}: for each kept function, the functions it called, with per-edge counts.
     *
     * @param out          where to print
     * @param restrictions applied in order to the sorted list
     */
    public void printCallees(PrintWriter out, List<Restriction> restrictions) {
        Selection sel = select(restrictions);
        if (sel.list.isEmpty()) return;
        Map<MethodId, List<FunctionStats.CallerStats>> callees = FunctionData.callees(stats);
        heading(out, sel, "called...");
        for (FunctionStats s : sel.list) {
            callLine(out, sel.width, s.function(), callees.getOrDefault(s.method(), List.of()), "->");
        }
        out.println();
        out.println();
        out.flush();
    }

    /** The kept list and the width of its name column; prints the order and restriction lines as pstats does. */
    private record Selection(List<FunctionStats> list, int width, String msg) {
    }

    private Selection select(List<Restriction> restrictions) {
        List<FunctionStats> list = new ArrayList<>(stats);
        StringBuilder msg = new StringBuilder();
        if (sortKeys.isEmpty()) {
            msg.append("   Random listing order was used\n");
        } else {
            list.sort(SortKey.comparator(sortKeys, labels));
            msg.append("   Ordered by: ").append(SortKey.describe(sortKeys)).append('\n');
        }
        for (Restriction r : restrictions) list = r.apply(list, msg, labels);
        if (list.isEmpty()) return new Selection(list, 0, msg.toString());
        int width = 0;
        for (FunctionStats s : (list.size() < stats.size() ? list : stats)) width = Math.max(width, labels.label(s.function()).length());
        return new Selection(list, width + 2, msg.toString());
    }

    private void heading(PrintWriter out, Selection sel, String title) {
        int width = sel.width;
        out.println(sel.msg);
        out.println(pad("Function ", width) + title);
        boolean anyCallers = stats.stream().anyMatch(s -> !s.callers().isEmpty());
        if (anyCallers) out.println(" ".repeat(width) + "    ncalls  tottime  cumtime");
    }

    /** One function and its edges, sorted as pstats sorts them: by file, line and name. */
    private void callLine(PrintWriter out, int width, Frame source, List<FunctionStats.CallerStats> edges,
                          String arrow) {
        out.print(pad(labels.label(source), width) + arrow + " ");
        if (edges.isEmpty()) {
            out.println();
            return;
        }
        List<FunctionStats.CallerStats> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparing((FunctionStats.CallerStats c) -> labels.file(c.caller()))
                .thenComparingInt(c -> c.caller().line()).thenComparing(c -> labels.function(c.caller())));
        boolean first = true;
        for (FunctionStats.CallerStats c : sorted) {
            Frame k = c.caller();
            String n = c.calls() != c.primitiveCalls() ? c.calls() + "/" + c.primitiveCalls() : Long.toString(c.calls());
            String sub = String.format(Locale.ROOT, "%" + (first ? 7 : 9) + "s %s %s  %s", n, f8(c.totalNanos()),
                    f8(c.cumulativeNanos()), labels.label(k));
            out.println((first ? "" : " ".repeat(width + 1)) + sub);
            first = false;
        }
    }

    /** pstats' {@code print_line}. */
    static String line(FunctionStats s, Labels labels) {
        String c = Long.toString(s.calls());
        if (s.calls() != s.primitiveCalls()) c = c + "/" + s.primitiveCalls();
        String tPer = s.calls() == 0 ? " ".repeat(8) : f8(s.totalNanos() / (double) s.calls());
        String cPer = s.primitiveCalls() == 0 ? " ".repeat(8) : f8(s.cumulativeNanos() / (double) s.primitiveCalls());
        return String.format(Locale.ROOT, "%9s %s %s %s %s %s", c, f8(s.totalNanos()), tPer, f8(s.cumulativeNanos()),
                cPer, labels.label(s.function()));
    }

    /** pstats' {@code f8}: seconds in 8 columns with 3 decimals. */
    static String f8(double nanos) {
        String s = seconds(nanos);
        return s.length() >= 8 ? s : " ".repeat(8 - s.length()) + s;
    }

    /**
     * Python's {@code "%.3f"}: rounds the double's exact binary value half-even, where Java's formatter rounds
     * its shortest decimal form half-up (1.8095 is 1.80949999... and prints as 1.809 in Python).
     */
    static String seconds(double nanos) {
        return new BigDecimal(nanos / 1e9).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
