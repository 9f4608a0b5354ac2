package workbench.history;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import workbench.statistics.Change;
import workbench.statistics.Estimate;
import workbench.statistics.MedianInterval;

/**
 * Prints a history: a row per run set (oldest first) with its total, the row's seconds and share (medians over
 * the set's runs), the change point marked where it is, and one line that says what changed and how sure it is.
 */
public final class HistoryTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private HistoryTable() {
    }

    /**
     * @param h      the history
     * @param target the target's description, for the heading
     * @param out    where to print
     */
    public static void print(History h, String target, PrintWriter out) {
        Optional<ChangePoint> cp = ChangePoint.find(h.shares());
        out.printf(Locale.ROOT, "history of %s (%s %s), %s, %d run set(s), oldest first%n", h.label(),
                h.mode().cliName(), h.measure().cliName(), target, h.entries().size());
        int idWidth = h.entries().stream().mapToInt(e -> e.set().id().length()).max().orElse(2);
        int nameWidth = Math.max(4, h.entries().stream().mapToInt(e -> e.set().name().length()).max().orElse(4));
        String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-16s  %4s  %9s  %11s  %7s  %s";
        line(out, row, "id", "name", "date (UTC)", "runs", "total (s)", h.measure().cliName() + " (s)",
                "share", "");
        for (int i = 0; i < h.entries().size(); i++) {
            History.Entry e = h.entries().get(i);
            String mark = cp.isPresent() && cp.get().index() == i ? "<- " + cp.get().word() : "";
            line(out, row, e.set().id(), e.set().name(),
                    DATE.format(Instant.parse(e.set().first().startedAt())), e.set().size(),
                    num(MedianInterval.of(e.total()).value()), num(MedianInterval.of(e.seconds()).value()),
                    pct(MedianInterval.of(e.share()).value()), mark);
        }
        out.println("values: medians over each set's runs; share = the row's seconds / all rows' seconds in the run");
        if (cp.isEmpty()) {
            out.println("no change point: no split of the sets moved the share beyond the runs' noise"
                    + " (U test against 1 %, false discovery rate 5 % across splits, >= " + Change.MIN_RUNS
                    + " runs a side)");
        } else {
            Change c = cp.get().change();
            Estimate r = c.ratio();
            out.printf(Locale.ROOT, "change point: %s from %s on: share %s -> %s, after/before %.2fx [%.2f, %.2f],"
                    + " q=%.2g (%d run(s) before, %d after; as compare decides)%n", cp.get().word(),
                    h.entries().get(cp.get().index()).set().id(), pct(c.a().value()), pct(c.b().value()),
                    r.value(), r.lower(), r.upper(), c.q(), runs(h, 0, cp.get().index()),
                    runs(h, cp.get().index(), h.entries().size()));
        }
        out.flush();
    }

    /** One row, without the blanks an empty last column leaves. */
    private static void line(PrintWriter out, String format, Object... cells) {
        out.println(String.format(Locale.ROOT, format, cells).stripTrailing());
    }

    private static int runs(History h, int from, int to) {
        return h.entries().subList(from, to).stream().mapToInt(e -> e.share().length).sum();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.1f" : "%.4f", v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
