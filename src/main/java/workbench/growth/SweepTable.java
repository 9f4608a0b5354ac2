package workbench.growth;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import workbench.model.OverheadStudy.Slot;
import workbench.model.SweepStudy;
import workbench.overhead.OverheadTable;
import workbench.report.Labels;
import workbench.statistics.Estimate;
import workbench.statistics.FixedCostFit;

/**
 * Prints a sweep: the own-time table (rows = points, columns = series, cells = median [95 % interval]), the growth
 * exponents, the peak-heap table and the order. It prints from the sweep alone, so {@code stats} gives the same bytes.
 */
public final class SweepTable {

    private SweepTable() {
    }

    /**
     * @param sweep a sweep
     * @return the line that says what warm-up its deterministic children left out, {@code null} for none
     */
    public static String warmupLine(SweepStudy sweep) {
        if (sweep.warmup() == 0) return null;
        return String.format(Locale.ROOT, "warm-up: each deterministic child first ran the work of %d run(s) at the"
                + " largest point (%s%s), left out of its counts%s (--warmup)", sweep.warmup(), warmupRange(sweep),
                sweep.warmupAt() == null ? "" : ", runs starting at " + sweep.warmupAt(),
                sweep.warmupAt() == null ? " and own time" : "");
    }

    /** @return the warm-up runs of the deterministic children, as {@code 1 to 64 runs} */
    private static String warmupRange(SweepStudy sweep) {
        var runs = sweep.points().stream().filter(p -> p.mode().equals("deterministic"))
                .mapToInt(p -> SweepRunner.warmupRuns(sweep, p)).summaryStatistics();
        return runs.getMin() == runs.getMax() ? runs.getMin() + " run(s) a child"
                : runs.getMin() + " to " + runs.getMax() + " runs a child";
    }

    /**
     * @param sweep the sweep, finished or not
     * @param out   where to print
     */
    public static void print(SweepStudy sweep, PrintWriter out) {
        List<SweepFigures.Series> series = SweepFigures.of(sweep);
        out.printf(Locale.ROOT, "sweep: %s, %s, %d child(ren) per point, order seed %d%n", sweep.describe(),
                sweep.base().workload().isEmpty() ? sweep.base().describe()
                        : sweep.base().workload().get("runs") + " run(s) in each child",
                sweep.repeat(), sweep.orderSeed());
        out.printf(Locale.ROOT, "Java %s (%s) on %s, %d cores%s%n", sweep.jvm().javaVersion(), sweep.jvm().vmName(),
                sweep.jvm().os(), sweep.jvm().cores(), sweep.finished() ? ""
                        : "; PARTIAL: " + sweep.runs().size() + " of " + sweep.order().size() + " children ran");
        sweep.notices().forEach(n -> out.println("note: " + n));
        String warmup = warmupLine(sweep);
        if (warmup != null) out.println(warmup);
        out.println();
        out.println(sweep.base().workload().isEmpty()
                ? "own time (s): the program's CPU time in the child, start-up included; median [95% interval]"
                : "own time (s): the workload's time in the child, start-up apart; median [95% interval]");
        grid(sweep, series, SweepFigures.Series::own, out);
        out.println();
        out.println("growth: own time ~ (n x iterations)^k, least squares on log-log, k [95% interval]");
        int width = series.stream().mapToInt(s -> s.name().length()).max().orElse(6);
        for (SweepFigures.Series s : series) {
            Estimate k = s.exponent();
            out.printf(Locale.ROOT, "%-" + width + "s  k = %s%n", s.name(), k.isKnown() ? exponent(k)
                    : "- (needs two sizes of work)");
            FixedCostFit f = s.fixed();
            if (f.exponent().isKnown()) out.printf(Locale.ROOT, "%-" + width + "s  %s%n", "", fixedCost(f));
        }
        for (SweepFigures.Series s : series) functions(sweep, s, out);
        out.println();
        out.println("peak heap (MiB): the heap pools' summed peak usage, garbage included; median [95% interval]");
        grid(sweep, series, SweepFigures.Series::heap, out);
        out.println();
        StringBuilder b = new StringBuilder("order (seed " + sweep.orderSeed() + "):");
        for (int i = 0; i < sweep.order().size(); i++) {
            Slot s = sweep.order().get(i);
            b.append(i == 0 ? " " : ", ").append(s.config().replace(' ', '/')).append('#').append(s.run());
        }
        OverheadTable.wrap(b.toString(), "  ", out);
        out.flush();
    }

    /** Growth per function of a deterministic series: those growing faster than the total first. */
    private static void functions(SweepStudy sweep, SweepFigures.Series s, PrintWriter out) {
        List<FunctionGrowth> rows = FunctionGrowth.of(sweep, s.name());
        if (rows.isEmpty()) return;
        out.println();
        out.printf(Locale.ROOT, "growth per function, %s, from the exact calls and own times at each size:%n"
                + "  k [95%% interval], the function's own (against the series' k above), and k - k(leader), the"
                + " leader being the function with the most time at the largest size%n  (functions with >= %.1f%% of"
                + " it; those growing faster than the leader first, the surest first: by the lower end of the"
                + " interval; then the leader, then the others)%n", s.name(), 100 * FunctionGrowth.FLOOR);
        out.printf(Locale.ROOT, "  %-21s  %-24s  %7s  %6s  %s%n", "k [95%]", "k - k(leader) [95%]", "calls k",
                "share", "function");
        int shown = Math.min(rows.size(), 12);
        for (FunctionGrowth g : rows.subList(0, shown)) {
            out.printf(Locale.ROOT, "  %-21s  %-24s  %7.3f  %5.1f%%  %s%s%n", exponent(g.exponent()), relative(g),
                    g.callsExponent(),
                    100 * g.share(), Labels.STRIPPED.label(g.function()), mark(g).isEmpty() ? "" : "  (" + mark(g) + ")");
        }
        if (shown < rows.size()) out.printf(Locale.ROOT, "  (%d more functions)%n", rows.size() - shown);
    }

    /**
     * @param f a series' fit with a fixed cost, its exponent known
     * @return whether one power law fits, and the fit with a fixed cost, in one line
     */
    public static String fixedCost(FixedCostFit f) {
        return String.format(Locale.ROOT, "%s; with a fixed cost: own time = %s s + %s x^k, k = %s",
                f.powerLawMisses()
                        ? String.format(Locale.ROOT, "one power law does not fit (lack of fit p = %.2g)", f.lackOfFitP())
                        : Double.isNaN(f.lackOfFitP()) ? "fit of one power law untested (no repeats)"
                        : String.format(Locale.ROOT, "one power law fits (lack of fit p = %.2g)", f.lackOfFitP()),
                num(f.fixed()), num(f.scale()), exponent(f.exponent()));
    }

    /**
     * @param k an exponent with its interval
     * @return {@code 1.003 [0.990, 1.016]}, or {@code -} when unknown
     */
    public static String exponent(Estimate k) {
        if (!k.isKnown()) return "-";
        // two runs in all leave no residual: the line has no interval
        return Double.isNaN(k.lower()) ? String.format(Locale.ROOT, "%.3f [-]", k.value())
                : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", k.value(), k.lower(), k.upper());
    }

    /**
     * @param g a function's growth
     * @return {@code +0.123 [+0.100, +0.150]}: k - k(leader) with its interval
     */
    public static String relative(FunctionGrowth g) {
        Estimate k = g.relative();
        return Double.isNaN(k.lower()) ? String.format(Locale.ROOT, "%+.3f [-]", k.value())
                : String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", k.value(), k.lower(), k.upper());
    }

    /**
     * @param g a function's growth
     * @return what marks it: faster than the leader, the leader, or nothing
     */
    public static String mark(FunctionGrowth g) {
        return g.fasterThanLeader() ? "faster than the leader" : g.leader() ? "the leader" : "";
    }

    private static void grid(SweepStudy sweep, List<SweepFigures.Series> series,
                             Function<SweepFigures.Series, List<Estimate>> values, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("n", "iterations"));
        series.forEach(s -> header.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        int points = series.isEmpty() ? 0 : series.get(0).points().size();
        for (int i = 0; i < points; i++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(series.get(0).points().get(i).n()));
            row.add(Integer.toString(series.get(0).points().get(i).iterations()));
            for (SweepFigures.Series s : series) row.add(cell(values.apply(s).get(i)));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> r : rows) for (int c = 0; c < r.size(); c++) widths[c] = Math.max(widths[c], r.get(c).length());
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.size(); c++) {
                String cell = r.get(c);
                // numbers right-aligned in the first two columns, cells left-aligned so the brackets line up
                line.append(c < 2 ? " ".repeat(widths[c] - cell.length()) + cell : cell + " ".repeat(widths[c] - cell.length()));
                if (c < r.size() - 1) line.append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /**
     * @param e a median with its interval
     * @return {@code 1.234 [1.2, 1.3]}, or {@code -} when unknown
     */
    public static String cell(Estimate e) {
        if (!e.isKnown()) return "-";
        return num(e.value()) + " [" + num(e.lower()) + ", " + num(e.upper()) + "]";
    }

    /** Four significant digits: the cells span microseconds to minutes. */
    static String num(double v) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1000 || a < 0.001) return String.format(Locale.ROOT, "%.3g", v).replace("e+0", "e").replace("e-0", "e-");
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
