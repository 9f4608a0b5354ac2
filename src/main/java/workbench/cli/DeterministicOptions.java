package workbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import workbench.model.FunctionProfile;
import workbench.report.FunctionTable;
import workbench.report.Restriction;
import workbench.report.SortKey;
import workbench.session.DeterministicRecorder;

/** The deterministic mode's options: what to instrument, and how to print the table (pstats' knobs). */
public final class DeterministicOptions {

    @Option(names = "--sort", paramLabel = "KEY", split = ",",
            description = "pstats sort key(s), most significant first: calls, cumulative, time (tottime), pcalls,"
                    + " name, file, line, nfl, stdname, or a unique prefix (default: time).")
    List<String> sort = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N|F",
            description = "Print only the first N rows, or that fraction of them (0.1) (default: 20).")
    String limit = "20";

    @Option(names = "--match", paramLabel = "REGEX",
            description = "Print only functions whose file:line(function) matches REGEX (before --limit).")
    String match;

    @Option(names = "--callers", paramLabel = "REGEX",
            description = "Also print who called the functions matching REGEX, with per-edge counts and times.")
    String callers;

    @Option(names = "--callees", paramLabel = "REGEX",
            description = "Also print what the functions matching REGEX called, with per-edge counts and times.")
    String callees;

    @Option(names = "--include", paramLabel = "PATTERN",
            description = "Instrument only classes (pkg.Class, * and ? wildcards) or methods (Class#method) matching"
                    + " PATTERN; repeatable (default: the workload's classes). Their JDK calls get rows too.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Never instrument classes or methods matching PATTERN; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--per-thread", description = "One table per thread instead of one merged table.")
    boolean perThread;

    @Option(names = "--raw", description = "Keep the profiler's own per-call cost in the times (no calibration).")
    boolean raw;

    /**
     * Checks the options before anything runs.
     *
     * @throws UserException naming the first bad one
     */
    void validate() {
        sortKeys();
        restrictions();
        if (callers != null) Restriction.regex(callers);
        if (callees != null) Restriction.regex(callees);
        for (String p : includes) checkPattern(p);
        for (String p : excludes) checkPattern(p);
    }

    private static void checkPattern(String p) {
        if (p.isBlank() || p.contains(",") || p.contains(";") || p.contains("=")) {
            throw new UserException("bad class pattern '" + p + "' (no commas, semicolons or '=')");
        }
    }

    /**
     * Adds what changes the recording (not just its printing) to a saved run's options.
     *
     * @param options the run's options so far
     */
    void describe(java.util.Map<String, String> options) {
        if (!includes.isEmpty()) options.put("include", String.join(";", includes));
        if (!excludes.isEmpty()) options.put("exclude", String.join(";", excludes));
        if (raw) options.put("raw", "true");
    }

    /** @return the recorder for these options */
    DeterministicRecorder recorder() {
        return new DeterministicRecorder(includes, excludes, raw);
    }

    List<SortKey> sortKeys() {
        List<SortKey> keys = new ArrayList<>();
        try {
            for (String s : sort.isEmpty() ? List.of("time") : sort) keys.add(SortKey.parse(s.trim()));
        } catch (IllegalArgumentException e) {
            throw new UserException("--sort: " + e.getMessage());
        }
        return keys;
    }

    List<Restriction> restrictions() {
        List<Restriction> r = new ArrayList<>();
        try {
            if (match != null) r.add(Restriction.regex(match));
            if (limit != null) r.add(Restriction.parseLimit(limit));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        return r;
    }

    /**
     * Prints the table(s), and the callers/callees views when asked.
     *
     * @param profile the deterministic data
     * @param out     where to print
     */
    void print(FunctionProfile profile, PrintWriter out) {
        String note = profile.calibrated()
                ? String.format(Locale.ROOT, "Calibrated: %.1f ns of profiler overhead per call subtracted"
                        + " (--raw keeps it)", profile.overheadNanosPerCall())
                : String.format(Locale.ROOT, "Raw: profiler overhead of %.1f ns per call not subtracted",
                        profile.overheadNanosPerCall());
        if (perThread) {
            for (FunctionProfile.ThreadFunctions t : profile.threads()) {
                out.println("Thread: " + t.thread());
                printOne(new FunctionTable(t.functions(), sortKeys(), note), out);
            }
        } else {
            printOne(new FunctionTable(profile.merged(), sortKeys(), note), out);
        }
    }

    private void printOne(FunctionTable table, PrintWriter out) {
        table.printStats(out, restrictions());
        if (callers != null) table.printCallers(out, List.of(Restriction.regex(callers)));
        if (callees != null) table.printCallees(out, List.of(Restriction.regex(callees)));
    }
}
