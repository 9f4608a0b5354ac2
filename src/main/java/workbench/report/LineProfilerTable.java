package workbench.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import workbench.model.Durations;
import workbench.model.Clock;
import workbench.model.LineData;
import workbench.model.LineData.FunctionLines;
import workbench.model.LineData.LineStats;
import workbench.model.LineTiming;
import workbench.model.SampleData;

/**
 * The line table, in line_profiler's layout ({@code show_text}/{@code show_func}): a timer-unit header, then per
 * function its total time, file, first line, and one row per source line from the declaration (annotations
 * included, as line_profiler starts at the decorator) to the closing brace, with hits, time and per-hit time in
 * microseconds, the share of the function's time and the source text. Columns widen when a number does not fit,
 * and too-long numbers switch to {@code %g} exactly as line_profiler does.
 *
 * <p>Additions: in the header, with exact timing, the calibrated cost subtracted per timed line start; with
 * {@code --timing hits}, that no time was measured (the time columns stay empty); with {@code --timing sampled},
 * how many samples the times come from (a sampled line without a counted hit shows its time and no hits).
 * Selected functions that never ran (a pattern matching every variant, say) get no table, only their names on a
 * last line.
 */
public final class LineProfilerTable {

    private static final double UNIT = 1e-6;
    /** line_profiler's {@code unit / output_unit}: nanoseconds to the microseconds its table shows. */
    private static final double SCALAR = 1e-9 / 1e-6;
    private static final Map<String, Integer> WIDTHS = Map.of("line", 6, "hits", 9, "time", 12, "perhit", 8,
            "percent", 8);

    private final SourceLookup sources;

    /** @param sources where the source text comes from */
    public LineProfilerTable(SourceLookup sources) {
        this.sources = sources;
    }

    /**
     * A sum over threads reads as the run's time unless it says so: a thread's sleep is wall time in its lines, and
     * ten thousand threads' add up to minutes in a process of seconds.
     *
     * @param profile the per-line data
     * @return the line that says how many threads the times sum over, or {@code null} for one thread or no times
     */
    public static String threads(LineData profile) {
        if (profile.timing() == LineTiming.HITS) return null;
        return FunctionHeader.threads(profile.threads(), (profile.timing() == LineTiming.SAMPLED ? "sampled " : "")
                + profile.clock().describe() + " time of each", profile.process());
    }

    /**
     * Prints every function of the profile.
     *
     * @param profile the per-line data
     * @param out     where the table goes
     */
    public void print(LineData profile, PrintWriter out) {
        print(profile, null, out);
    }

    /**
     * Prints every function of the profile.
     *
     * @param profile the per-line data
     * @param samples with {@code sampled} timing, the samples the times come from (named in the header)
     * @param out     where the table goes
     */
    public void print(LineData profile, SampleData samples, PrintWriter out) {
        boolean timed = profile.timing() != LineTiming.HITS;
        out.println("Timer unit: " + g(UNIT, 6) + " s");
        // line_profiler's header where the times are its own; a line more where they are not wall-clock time
        if (timed && profile.clock() != Clock.WALL) {
            out.println("Clock: " + profile.clock().describe() + " time (--clock " + profile.clock().cliName() + ")");
        }
        String threads = threads(profile);
        if (threads != null) out.println(threads);
        if (timed && profile.overheadNanosPerHit() > 0) {
            out.printf(Locale.ROOT, "Timer overhead: %.1f ns per timed line start, subtracted (calibrated)%n",
                    profile.overheadNanosPerHit());
        }
        if (profile.timing() == LineTiming.SAMPLED && samples != null) {
            out.printf(Locale.ROOT, "Times sampled: %d samples, %s %s every %s; hits counted exactly%n",
                    samples.totalSamples(), samples.sampler().engine().cliName(), samples.sampler().event().cliName(),
                    Durations.format(samples.sampler().intervalNanos()));
            String lines = samples.sampler().jit().attributionNote();
            if (!lines.isEmpty()) out.println(lines);
        }
        out.println();
        Set<String> missing = new HashSet<>();
        List<String> notRun = new java.util.ArrayList<>();
        for (FunctionLines f : profile.functions()) {
            if (f.lines().stream().allMatch(s -> s.hits() == 0 && s.nanos() == 0)) {
                notRun.add(Labels.displayClass(f.method().simpleClassName()) + "." + f.method().method());
            } else {
                printFunction(f, timed, missing, out);
            }
        }
        if (!notRun.isEmpty()) out.println("Selected but never run: " + String.join(", ", notRun));
        out.flush();
    }

    private void printFunction(FunctionLines f, boolean timed, Set<String> missing, PrintWriter out) {
        long totalNanos = 0;
        for (LineStats s : f.lines()) totalNanos += s.nanos();
        String method = f.method().method();
        List<String> src = sources.lines(f.source().path());
        Span span = span(f, src);
        int start = span.first();
        int end = span.last();
        out.println(timed ? "Total time: " + g(totalNanos / 1e9, 6) + " s"
                : "Total time: not measured (--timing hits)");
        out.println("File: " + f.source().path());
        out.println("Function: " + method + " at line " + start);
        if (src == null && missing.add(f.source().path())) {
            out.println("(source of " + f.source().path() + " not found: lines shown without their text;"
                    + " give --source-path DIR)");
        }

        Map<Integer, String[]> display = new HashMap<>();
        Map<String, Integer> widths = new HashMap<>(WIDTHS);
        for (LineStats s : f.lines()) {
            if (s.hits() == 0 && s.nanos() == 0) continue;
            String hits = s.hits() == 0 ? "" : Long.toString(s.hits());
            if (hits.length() > WIDTHS.get("hits")) hits = g(s.hits(), 6);
            String[] cells = {hits, "", "", ""};
            if (timed) {
                // line_profiler's arithmetic, step for step, so that its roundings are ours too
                double time = s.nanos() * SCALAR;
                cells[1] = fixedOrG(time, WIDTHS.get("time"));
                cells[2] = s.hits() == 0 ? "" : fixedOrG((double) s.nanos() * SCALAR / s.hits(), WIDTHS.get("perhit"));
                cells[3] = totalNanos == 0 ? "" : f1(100.0 * s.nanos() / (double) totalNanos);
            }
            display.put(s.line(), cells);
            widths.merge("hits", cells[0].length(), Math::max);
            widths.merge("time", cells[1].length(), Math::max);
            widths.merge("perhit", cells[2].length(), Math::max);
        }
        String lhs = "%" + widths.get("line") + "s %" + widths.get("hits") + "s %" + widths.get("time") + "s %"
                + widths.get("perhit") + "s %" + widths.get("percent") + "s";
        String template = lhs + "  %s";
        String header = String.format(Locale.ROOT, template, "Line #", "Hits", "Time", "Per Hit", "% Time",
                "Line Contents");
        out.println();
        out.println(header);
        out.println("=".repeat(header.length()));
        String[] empty = {"", "", "", ""};
        for (int line = start; line <= end; line++) {
            String[] c = display.getOrDefault(line, empty);
            String text = src != null && line - 1 < src.size() ? src.get(line - 1) : "";
            out.println(String.format(Locale.ROOT, template, line, c[0], c[1], c[2], c[3], text));
        }
        out.println();
    }

    /**
     * The source lines a function's table shows: from its declaration (or first annotation) to its closing brace.
     *
     * @param first the first line shown
     * @param last  the last line shown
     */
    public record Span(int first, int last) {
    }

    /**
     * @param f   a function's lines
     * @param src its source file's lines, or {@code null} when not found
     * @return the lines its table shows; without a declaration in the source (an enum's values(), a record's
     *         accessors, no source), only the lines with data
     */
    public static Span span(FunctionLines f, List<String> src) {
        int maxLine = f.firstLine();
        for (LineStats s : f.lines()) maxLine = Math.max(maxLine, s.line());
        int declaration = src == null ? -1 : declarationLine(src, f.method().method(), f.firstLine());
        if (declaration < 0) return new Span(f.firstLine(), maxLine);
        return new Span(declaration, Math.max(maxLine, blockEnd(src, declaration, maxLine)));
    }

    /** line_profiler's {@code '%5.1f'}, or {@code '%5.3g'} when that is wider than the column. */
    private static String fixedOrG(double value, int width) {
        String fixed = f1(value);
        return fixed.length() > width ? String.format(Locale.ROOT, "%5s", g(value, 3)) : fixed;
    }

    /**
     * Python's {@code '%5.1f'}: the double's exact binary value rounded half to even, as Python formats it (Java's
     * {@code %.1f} rounds the shortest decimal form half up: 39.25 is 39.3 there, 39.2 in line_profiler).
     *
     * @param value the number
     * @return it with one decimal, padded to five characters
     */
    static String f1(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return String.format(Locale.ROOT, "%5s", value);
        String digits = new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        if (value < 0 && !digits.startsWith("-")) digits = "-" + digits; // Python keeps the sign of -0.0
        return String.format(Locale.ROOT, "%5s", digits);
    }

    /**
     * Python's {@code %g}: {@code precision} significant digits, trailing zeros dropped, exponent form when the
     * exponent is below −4 or not below the precision.
     *
     * @param value     the number
     * @param precision significant digits
     * @return the formatted number
     */
    static String g(double value, int precision) {
        if (value == 0) return "0";
        if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exp = rounded.precision() - rounded.scale() - 1;
        if (exp < -4 || exp >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exp);
            String m = strip(mantissa.toPlainString());
            return m + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
        }
        return strip(rounded.toPlainString());
    }

    private static String strip(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The method's declaration line (or its first annotation's) above its first code line, or −1. */
    static int declarationLine(List<String> src, String method, int firstLine) {
        Pattern decl = Pattern.compile("\\b" + Pattern.quote(method) + "\\s*\\(");
        int found = -1;
        for (int line = Math.min(firstLine, src.size()); line >= Math.max(1, firstLine - 40); line--) {
            String text = src.get(line - 1);
            if (decl.matcher(text).find() && (line < firstLine || !text.trim().endsWith(";"))) {
                found = line;
                break;
            }
        }
        if (found < 0) return -1;
        while (found > 1 && src.get(found - 2).trim().startsWith("@")) found--;
        return found;
    }

    /** The line whose brace closes the block opened at or after {@code start}, skipping comments and literals. */
    static int blockEnd(List<String> src, int start, int atLeast) {
        int depth = 0;
        boolean opened = false;
        boolean blockComment = false;
        for (int line = start; line <= src.size(); line++) {
            String t = src.get(line - 1);
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (blockComment) {
                    if (c == '*' && i + 1 < t.length() && t.charAt(i + 1) == '/') {
                        blockComment = false;
                        i++;
                    }
                } else if (c == '/' && i + 1 < t.length() && t.charAt(i + 1) == '/') {
                    break;
                } else if (c == '/' && i + 1 < t.length() && t.charAt(i + 1) == '*') {
                    blockComment = true;
                    i++;
                } else if (c == '"' || c == '\'') {
                    for (i++; i < t.length() && t.charAt(i) != c; i++) {
                        if (t.charAt(i) == '\\') i++;
                    }
                } else if (c == '{') {
                    depth++;
                    opened = true;
                } else if (c == '}') {
                    depth--;
                    if (opened && depth == 0 && line >= atLeast) return line;
                }
            }
        }
        return atLeast;
    }
}
