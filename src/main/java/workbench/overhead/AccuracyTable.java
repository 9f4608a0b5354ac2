package workbench.overhead;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.model.AccuracyStudy;
import workbench.overhead.AccuracyFigures.Elsewhere;
import workbench.overhead.AccuracyFigures.Row;
import workbench.statistics.Estimate;

/**
 * Prints an accuracy study: per configuration, the truth, the share of it the profile put on the injected function
 * with its interval, how much of it the profile saw at all, where the rest went, and a summary computed from the
 * figures. It prints from the study alone, so {@code stats} gives the bytes {@code accuracy} gave.
 */
public final class AccuracyTable {

    private AccuracyTable() {
    }

    /**
     * @param study the study, finished or not
     * @param out   where to print
     */
    public static void print(AccuracyStudy study, PrintWriter out) {
        AccuracyFigures f = AccuracyFigures.of(study);
        out.printf(Locale.ROOT, "accuracy of each profiler: a busy delay of %s (%d ns a call asked, %s spent) in %s;"
                        + " %s, %d run(s) a side per configuration, order seed %d%n", study.asked(), study.delayNanos(),
                spentPerCall(study), study.place(), study.target().describe(), study.repeat(), study.orderSeed());
        out.printf(Locale.ROOT, "Java %s (%s) on %s, %d cores%s%n", study.jvm().javaVersion(), study.jvm().vmName(),
                study.jvm().os(), study.jvm().cores(), study.finished() ? ""
                        : "; PARTIAL: " + study.runs().size() + " of " + study.order().size() + " children ran");
        study.notes().forEach(n -> OverheadTable.wrap("note: " + n, "  ", out));
        out.println();
        boolean lines = study.atLine();
        // a line study has one column more: what went to the injected function's other lines
        String row = "%-26s %4s %8s %9s %6s %-15s %7s " + (lines ? "%10s " : "%s") + "%6s  %s%n";
        out.printf(Locale.ROOT, row, "configuration", "runs", "cpu (ms)", "wall (ms)", "on it", " [95% interval]",
                "of wall", lines ? "next lines" : "", "seen", "elsewhere (share of the truth)");
        for (Row r : f.rows()) {
            out.printf(Locale.ROOT, row, r.config(), r.runs(), number(r.truth().value() / 1e6),
                    number(r.wallTruth().value() / 1e6), percent(r.onMethod()), interval(r.onMethod()),
                    percent(r.onMethodWall()), lines ? percent(r.neighbours()) : "", percent(r.seen()),
                    elsewhere(r.elsewhere()));
        }
        OverheadTable.wrap("(cpu, wall: what the delay cost per run, the truth, on the thread's CPU clock and on the"
                + " wall clock (longer when the thread waited for a CPU); on it: the time the profile added to "
                + study.judged() + " between the runs with the delay and those without, as a share of the CPU"
                + " truth; of wall: the same against the wall-clock truth;" + (lines ? " next lines: the time it added"
                + " to " + study.function() + "'s other lines;" : "") + " seen: the time it added over all"
                + (lines ? " functions (a line mode's: over the lines it profiles)" : " functions") + "; intervals"
                + " invert the rank-sum test for a shift, at the level the runs reach" + level(f) + ")", " ", out);
        out.println();
        out.println("summary:");
        for (String s : summary(study, f)) OverheadTable.wrap("- " + s, "  ", out);
        out.flush();
    }

    /**
     * @param study the study
     * @param f     its figures
     * @return sentences a learner can act on, computed from the figures
     */
    public static List<String> summary(AccuracyStudy study, AccuracyFigures f) {
        List<String> out = new ArrayList<>();
        if (f.rows().isEmpty()) {
            out.add("no configuration has runs on both sides yet");
            return out;
        }
        Row best = f.rows().get(0);
        Row worst = f.rows().get(0);
        for (Row r : f.rows()) {
            if (Math.abs(r.onMethod().value() - 1) < Math.abs(best.onMethod().value() - 1)) best = r;
            if (Math.abs(r.onMethod().value() - 1) > Math.abs(worst.onMethod().value() - 1)) worst = r;
        }
        out.add(String.format(Locale.ROOT, "of a delay of %s in %s, %s put %s on the right %s%s; %s put %s%s",
                study.asked(), study.judged(), best.config(), percent(best.onMethod()),
                study.atLine() ? "line" : "function", where(best),
                worst.config(), percent(worst.onMethod()), where(worst)));
        for (Row r : f.rows()) {
            Estimate e = r.onMethod();
            if (!e.isKnown() || e.contains(1)) continue;
            boolean wall = r.onMethodWall().isKnown() && r.onMethodWall().contains(1)
                    && r.wallTruth().value() > 1.05 * r.truth().value();
            out.add(String.format(Locale.ROOT, "%s is off by more than its noise: its interval [%.1f, %.1f] %% leaves"
                    + " out 100 %% of the CPU truth%s", r.config(), 100 * e.lower(), 100 * e.upper(), wall ? String.format(Locale.ROOT, "; it put %s of"
                    + " the delay's wall-clock time there: its clock counts the time the thread waited for a CPU"
                    + " (the delay took %.1fx its CPU time on the wall clock)", percent(r.onMethodWall()),
                    r.wallTruth().value() / r.truth().value()) : ""));
        }
        return out;
    }

    /**
     * A delay shorter than a call of the runtime's delay takes costs that call: the truth is what was spent, which the
     * header says beside what was asked.
     */
    private static String spentPerCall(AccuracyStudy study) {
        double[] perCall = study.runs().stream().filter(r -> r.delayCalls() > 0)
                .mapToDouble(r -> r.delayNanos() / (double) r.delayCalls()).sorted().toArray();
        if (perCall.length == 0) return "none yet";
        return String.format(Locale.ROOT, "%.0f ns", perCall[perCall.length / 2]);
    }

    /** @return the confidence the intervals reach, as a clause ({@code ""} when there is none) */
    private static String level(AccuracyFigures f) {
        return f.rows().stream().map(r -> r.onMethod().level()).filter(Double::isFinite).findFirst()
                .map(l -> String.format(Locale.ROOT, ": %.0f %% here", 100 * l)).orElse("");
    }

    /** @return where the rest went, as a clause */
    private static String where(Row r) {
        if (r.elsewhere().isEmpty()) return "";
        Elsewhere e = r.elsewhere().get(0);
        return String.format(Locale.ROOT, " (the most of the rest, %s, to %s, %s)", percent(e.share()),
                e.function(), e.relation().equals("other") ? "not a caller or callee"
                        : e.relation().equals("neighbour") ? "a line next to it" : "a " + e.relation());
    }

    private static String elsewhere(List<Elsewhere> list) {
        List<String> parts = new ArrayList<>();
        for (Elsewhere e : list) parts.add(e.function() + " (" + e.relation() + ") " + percent(e.share()));
        return String.join(", ", parts);
    }

    static String percent(Estimate e) {
        return e.isKnown() ? String.format(Locale.ROOT, "%.0f %%", 100 * e.value()) : "-";
    }

    static String interval(Estimate e) {
        if (!e.isKnown() || !Double.isFinite(e.lower())) return "";
        return String.format(Locale.ROOT, "[%.0f, %.0f] %%", 100 * e.lower(), 100 * e.upper());
    }

    /**
     * @param v a value
     * @return it with up to three decimals, as a reader reads it
     */
    static String number(double v) {
        if (!Double.isFinite(v)) return "-";
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3f", v)).stripTrailingZeros().toPlainString();
    }
}
