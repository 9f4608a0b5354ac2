package workbench.growth;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import workbench.compare.CompareTable;
import workbench.model.SweepPoint;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import workbench.statistics.Change;
import workbench.statistics.Runs;
import workbench.statistics.Verdict;

/**
 * Two sweeps compared point by point ({@code workbench compare A B} on two sweeps): for every grid point (n,
 * iterations, variant, mode) with runs on both sides, the own time of A's runs against B's, decided as
 * {@code compare} decides run sets ({@link Change#decideAll}: U test against the noise threshold, one row per
 * point, Benjamini–Hochberg across points); points with runs on one side only are listed as added or removed.
 *
 * @param a         the baseline
 * @param b         the sweep compared with it
 * @param threshold the noise threshold, in [0, 1)
 * @param rows      A's points in its grid order, then B's points A lacks
 */
public record SweepComparison(SweepStudy a, SweepStudy b, double threshold, List<Row> rows) {

    public SweepComparison {
        rows = List.copyOf(rows);
    }

    /**
     * One point.
     *
     * @param point  the grid point
     * @param inA    whether A has runs there
     * @param inB    whether B has runs there
     * @param change A against B when both have runs, else {@code null}
     */
    public record Row(SweepPoint point, boolean inA, boolean inB, Change change) {
    }

    /**
     * @param a         the baseline
     * @param b         the other sweep
     * @param threshold the noise threshold, in [0, 1)
     * @return the comparison
     */
    public static SweepComparison of(SweepStudy a, SweepStudy b, double threshold) {
        Set<SweepPoint> points = new LinkedHashSet<>();
        for (SweepPoint p : a.points()) if (!a.runsOf(p).isEmpty()) points.add(p);
        for (SweepPoint p : b.points()) if (!b.runsOf(p).isEmpty()) points.add(p);
        List<SweepPoint> both = new ArrayList<>();
        List<Runs> runs = new ArrayList<>();
        for (SweepPoint p : points) {
            double[] x = own(a, p);
            double[] y = own(b, p);
            if (x.length > 0 && y.length > 0) {
                both.add(p);
                runs.add(new Runs(x, y));
            }
        }
        List<Change> changes = Change.decideAll(runs, threshold, Change.DEFAULT_ALPHA);
        List<Row> rows = new ArrayList<>();
        for (SweepPoint p : points) {
            int i = both.indexOf(p);
            rows.add(new Row(p, i >= 0 || own(a, p).length > 0, i >= 0 || own(b, p).length > 0,
                    i >= 0 ? changes.get(i) : null));
        }
        return new SweepComparison(a, b, threshold, rows);
    }

    /** Each run's own time (s) at the point. */
    private static double[] own(SweepStudy s, SweepPoint p) {
        return s.runsOf(p).stream().mapToDouble(SweepRun::ownNanos).map(v -> v / 1e9).toArray();
    }

    /**
     * Prints both sides, the table (point, A median [CI], B median [CI], B/A [CI], verdict) and how it was decided.
     *
     * @param out where to print
     */
    public void print(PrintWriter out) {
        side(out, "A", a);
        side(out, "B", b);
        long decided = rows.stream().filter(r -> r.change() != null && r.change().verdict() != Verdict.UNDECIDED)
                .count();
        out.printf(Locale.ROOT, "statistics: the workload's own time (s) per point; each side's median with a 95%%"
                + " distribution-free interval;%n  B/A = ratio of medians; verdict: U test against a %.0f%% noise"
                + " threshold, false discovery rate across %d%n  points held at 5%% (Benjamini-Hochberg), >= %d runs"
                + " a side%n%n", 100 * threshold, decided, Change.MIN_RUNS);
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"point", "A median [95% CI]", "B median [95% CI]", "B/A [95% CI]", "verdict"});
        for (Row r : rows) {
            Change c = r.change();
            cells.add(new String[] {r.point().key(),
                c != null ? CompareTable.estimate(c.a()) : r.inA() ? "" : "-",
                c != null ? CompareTable.estimate(c.b()) : r.inB() ? "" : "-",
                c != null ? CompareTable.change(c.ratio()) : "",
                c != null ? CompareTable.word(c) : r.inA() ? "removed" : "added"});
        }
        int[] w = new int[5];
        for (String[] row : cells) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], row[i].length());
        for (String[] row : cells) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                s.append(i == row.length - 1 ? row[i] : row[i] + " ".repeat(w[i] - row[i].length() + 2));
            }
            out.println(s.toString().stripTrailing());
        }
        out.flush();
    }

    private static void side(PrintWriter out, String letter, SweepStudy s) {
        out.printf(Locale.ROOT, "%s  %s%s  %s  %d child(ren) per point%s  Java %s%n", letter, s.id(),
                s.name().isEmpty() ? "" : " (" + s.name() + ")", s.describe(), s.repeat(),
                s.finished() ? "" : String.format(Locale.ROOT, ", PARTIAL: %d of %d children ran", s.runs().size(),
                        s.order().size()), s.jvm() == null ? "?" : s.jvm().javaVersion());
    }

    /** @return the points' changes in row order, {@code null} where one side lacks the point (for tests) */
    List<Verdict> verdicts() {
        return rows.stream().map(r -> r.change() == null ? null : r.change().verdict()).toList();
    }
}
