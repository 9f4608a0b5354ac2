package workbench.overhead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import workbench.overhead.StudyFigures.Row;

/**
 * The study's summary in plain words, every sentence computed from the figures: which configuration costs what,
 * which distorts what, which to reach for when. Change a figure and the sentence changes with it.
 */
public final class OverheadSummary {

    /** A slowdown whose whole interval lies above 1 + this is "measurably slower". */
    static final double NOISE = 0.05;
    /** A rank agreement at or above this is "close to the reference". */
    static final double CLOSE_TAU = 0.5;
    /** Share of the reference's top five a faithful sampler must name too. */
    static final double FAITHFUL_TOP = 0.6;

    private OverheadSummary() {
    }

    /**
     * @param f the figures
     * @return the sentences, in order
     */
    public static List<String> sentences(StudyFigures f) {
        List<String> out = new ArrayList<>();
        List<Row> profilers = f.rows().stream().filter(OverheadSummary::profiler).toList();
        if (!profilers.isEmpty()) {
            Row cheap = min(profilers, r -> r.slowdown().value());
            Row dear = min(profilers, r -> -r.slowdown().value());
            out.add("Cheapest profiler here: " + cheap.label() + " (" + x(cheap.slowdown().value())
                    + " the plain workload's time" + (cheap.slowdown().lower() > 1 + NOISE ? ""
                    : ", not told apart from plain") + "); dearest: " + dear.label() + " (" + x(dear.slowdown().value()) + ").");
            List<String> slower = new ArrayList<>();
            List<String> alike = new ArrayList<>();
            for (Row r : f.rows()) {
                if (r.config() == Configuration.PLAIN || r.config() == Configuration.PYTHON_PLAIN) continue;
                if (r.slowdown().lower() > 1 + NOISE) slower.add(r.label() + " " + x(r.slowdown().value()));
                else alike.add(r.label());
            }
            if (!slower.isEmpty()) {
                out.add("Measurably slower than plain (whole 95 % interval above " + x(1 + NOISE) + "): "
                        + String.join(", ", slower) + ".");
            }
            if (!alike.isEmpty()) {
                out.add("Not told apart from plain by these runs: " + String.join(", ", alike) + ".");
            }
        }
        perEvent(f, out);
        jfr(f, out);
        startup(f, out);
        distortion(f, out);
        advice(f, out);
        return out;
    }

    private static void perEvent(StudyFigures f, List<String> out) {
        List<String> costs = new ArrayList<>();
        for (Row r : f.rows()) {
            if (r.config() == null || r.config().event().isEmpty() || !Double.isFinite(r.nanosPerEvent())) continue;
            // within plain's noise there is no measured cost to spread over the events
            if (r.slowdown().contains(1.0)) continue;
            costs.add(r.label() + " " + ns(r.nanosPerEvent()) + " per " + r.config().event());
        }
        if (!costs.isEmpty()) {
            out.add("Cost per event where the slowdown stands clear of plain's noise (own time over plain's, per"
                    + " event): " + String.join("; ", costs) + ".");
        }
        Row det = f.row(Configuration.DETERMINISTIC);
        Row cprofile = f.row(Configuration.PYTHON_CPROFILE);
        if (det != null && cprofile != null) {
            out.add("cProfile slows the Python port " + x(cprofile.slowdown().value()) + ", our deterministic mode the"
                    + " workload " + x(det.slowdown().value()) + ": ours is "
                    + (det.slowdown().value() < cprofile.slowdown().value() ? "the lighter" : "the heavier") + " here.");
        }
        Row lp = f.row(Configuration.PYTHON_LINE_PROFILER);
        Row exact = f.row(Configuration.LINE_EXACT);
        if (lp != null && exact != null) {
            out.add("line_profiler slows the Python port " + x(lp.slowdown().value()) + ", our exact line timing "
                    + x(exact.slowdown().value()) + ".");
        }
    }

    private static void jfr(StudyFigures f, List<String> out) {
        Row off = f.row(Configuration.JFR_OFF);
        Row on = f.row(Configuration.JFR_1MS);
        if (off == null || on == null) return;
        double recorder = off.slowdown().value() - 1;
        double total = on.slowdown().value() - 1;
        String which = total <= 0 ? "JFR at 1 ms costs nothing measurable in own time"
                : recorder >= total / 2 ? "most of JFR's cost at 1 ms is the recorder being on, not the sampling"
                : "most of JFR's cost at 1 ms is the sampling, not the recorder being on";
        out.add("The JFR recorder with every event off: " + x(off.slowdown().value()) + " own time, CPU "
                + s(off.cpu()) + " against plain's " + s(plainCpu(f)) + "; with sampling at 1 ms "
                + x(on.slowdown().value()) + ": " + which + ".");
    }

    private static double plainCpu(StudyFigures f) {
        Row p = f.row(Configuration.PLAIN);
        return p == null ? Double.NaN : p.cpu();
    }

    private static void startup(StudyFigures f, List<String> out) {
        Row plain = f.row(Configuration.PLAIN);
        List<Row> jvm = f.rows().stream().filter(r -> r.config() != null && !r.config().python()).toList();
        if (plain == null || jvm.size() < 2) return;
        Row most = min(jvm, r -> -r.startup());
        out.add("Start-up and exit outside the workload (wall - own): plain " + s(plain.startup()) + ", most "
                + most.label() + " " + s(most.startup()) + " (" + x(most.startup() / plain.startup())
                + "), which timing the whole process would charge to the profile.");
    }

    private static void distortion(StudyFigures f, List<String> out) {
        Row ref = f.reference();
        if (ref == null) return;
        List<Row> byFunction = f.rows().stream().filter(r -> r != ref && Double.isFinite(r.functionTau())).toList();
        if (!byFunction.isEmpty()) {
            Row close = min(byFunction, r -> -r.functionTau());
            Row far = min(byFunction, Row::functionTau);
            out.add("Closest to the reference's ranking of functions: " + close.label() + " (tau " + d(close.functionTau())
                    + ", top-5 " + top(close.functionTop()) + ")" + (close == far ? "."
                    : "; farthest: " + far.label() + " (tau " + d(far.functionTau()) + ", top-5 "
                    + top(far.functionTop()) + ")."));
            List<String> other = new ArrayList<>();
            for (Row r : byFunction) {
                if (!r.hottest().equals(ref.hottest())) other.add(r.label() + " names " + r.hottest());
            }
            out.add("The reference's hottest function is " + ref.hottest() + "; " + (other.isEmpty()
                    ? "every mode agrees." : String.join(", ", other) + " instead."));
        }
        if (!ref.lines().isEmpty()) {
            Map.Entry<Integer, Double> refTop = ref.lines().entrySet().iterator().next();
            List<String> says = new ArrayList<>();
            for (Row r : f.rows()) {
                if (r == ref || r.lines().isEmpty()) continue;
                Map.Entry<Integer, Double> top = r.lines().entrySet().iterator().next();
                says.add(r.label() + (top.getKey().equals(refTop.getKey()) ? " agrees (" + pct(top.getValue()) + ")"
                        : " puts line " + top.getKey() + " first (" + pct(top.getValue()) + "; line "
                        + refTop.getKey() + " " + pct(r.lines().getOrDefault(refTop.getKey(), 0.0)) + ")"));
            }
            out.add("The reference's hottest line of confidenceInterval is " + refTop.getKey() + " ("
                    + pct(refTop.getValue()) + ")" + (says.isEmpty() ? "." : ": " + String.join("; ", says) + "."));
        }
        List<String> steady = new ArrayList<>();
        List<String> unsteady = new ArrayList<>();
        for (Row r : f.rows()) {
            if (!Double.isFinite(r.precision())) continue;
            if (r.precision() == 1) steady.add(r.label());
            else unsteady.add(r.label() + " (" + Math.round(r.precision() * r.runs()) + " of " + r.runs() + ")");
        }
        if (!steady.isEmpty() || !unsteady.isEmpty()) {
            out.add("The hottest entry was the same in every run for " + (steady.isEmpty() ? "no mode"
                    : String.join(", ", steady)) + (unsteady.isEmpty() ? "." : "; it changed between runs for "
                    + String.join(", ", unsteady) + "."));
        }
    }

    private static void advice(StudyFigures f, List<String> out) {
        List<Row> samplers = f.rows().stream().filter(r -> r.config() != null && r.config() != Configuration.REFERENCE
                && r.config().label().startsWith("sampling")).toList();
        // Faithful: names the reference's hottest function and shares most of its top five. Tau ranks the whole tail
        // of small JDK methods, which a few samples reorder, so it breaks ties rather than decides.
        String refHottest = f.reference() == null ? null : f.reference().hottest();
        List<Row> faithful = samplers.stream().filter(r -> r.functionTop() >= FAITHFUL_TOP
                && (refHottest == null || refHottest.equals(r.hottest()))).toList();
        if (!samplers.isEmpty()) {
            Row pick = faithful.isEmpty()
                    ? min(samplers, r -> -(r.functionTop() + r.functionTau() / 10))
                    : min(faithful, r -> r.slowdown().value());
            out.add("To see where the time goes, reach for " + pick.label() + " (" + x(pick.slowdown().value())
                    + (faithful.isEmpty() ? ", the closest sampler to the reference, though none names its hottest"
                    + " function with " + Math.round(FAITHFUL_TOP * 5) + " of its top 5"
                    : ", the cheapest sampler that names the reference's hottest function and " + Math.round(
                    FAITHFUL_TOP * 5) + " or more of its top 5") + ").");
        }
        Row det = f.row(Configuration.DETERMINISTIC);
        if (det != null) {
            out.add("For exact call counts and who calls whom, deterministic, at " + x(det.slowdown().value())
                    + " here" + (det.slowdown().value() > 2 ? ": keep its times for ranking, not for absolute cost."
                    : "."));
        }
        List<Row> lineModes = f.rows().stream().filter(r -> r != f.reference() && Double.isFinite(r.lineTau())).toList();
        if (!lineModes.isEmpty()) {
            Row best = min(lineModes, r -> -r.lineTau());
            out.add("For time per line, " + best.label() + " (tau " + d(best.lineTau()) + " against the reference's lines, "
                    + x(best.slowdown().value()) + ").");
        }
    }

    /** A profiler of ours with a measured slowdown (a partial study may not have run plain yet). */
    private static boolean profiler(Row r) {
        Configuration c = r.config();
        return c != null && c != Configuration.PLAIN && c != Configuration.REFERENCE && c != Configuration.JFR_OFF
                && !c.python() && Double.isFinite(r.slowdown().value());
    }

    private static Row min(List<Row> rows, ToDoubleFunction<Row> key) {
        return rows.stream().min(Comparator.comparingDouble(key).thenComparing(Row::label)).orElseThrow();
    }

    static String x(double v) {
        return String.format(Locale.ROOT, "%.2fx", v);
    }

    static String s(double v) {
        return String.format(Locale.ROOT, "%.3f s", v);
    }

    static String d(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    /**
     * @param overlap a top-{@value StudyFigures#TOP} overlap in [0, 1]
     * @return it as {@code 3/5}
     */
    public static String top(double overlap) {
        return Math.round(overlap * StudyFigures.TOP) + "/" + StudyFigures.TOP;
    }

    static String ns(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.1f us", v / 1000)
                : String.format(Locale.ROOT, "%.1f ns", v);
    }
}
