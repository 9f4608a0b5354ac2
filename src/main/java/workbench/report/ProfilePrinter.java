package workbench.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import workbench.model.FunctionData;
import workbench.model.LineData;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.model.Durations;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.model.SamplerInfo;

/**
 * Prints any run's data as its mode's table: pstats' for deterministic data, statprof's for samples,
 * line_profiler's for lines. {@code profile} prints a new run and {@code stats} a saved one through this one class,
 * so that the two print the same bytes for the same settings.
 */
public final class ProfilePrinter {

    private ProfilePrinter() {
    }

    /**
     * @param data     the run's data
     * @param settings how to print it
     * @param out      where to print
     */
    public static void print(ProfileData data, ReportSettings settings, PrintWriter out) {
        data.accept(new ProfileData.Visitor<Void>() {
            @Override
            public Void visitFunctions(FunctionData f) {
                printFunctions(f, calibrationNote(f), FunctionHeader.timeOf(f), settings, out);
                return null;
            }

            @Override
            public Void visitHybridFunctions(HybridFunctionData sf) {
                printFunctions(sf.functions(), sampledNote(sf), FunctionHeader.sampledTimeOf(sf.functions()), settings,
                        out);
                return null;
            }

            @Override
            public Void visitSamples(SampleData s) {
                new StatprofTable(s, settings.by(), settings.labels()).print(out);
                return null;
            }

            @Override
            public Void visitLines(LineData l) {
                new LineProfilerTable(settings.sources()).print(l, null, out);
                return null;
            }

            @Override
            public Void visitHybridLines(HybridLineData sl) {
                new LineProfilerTable(settings.sources()).print(sl.lines(), sl.samples(), out);
                return null;
            }
        });
        out.flush();
    }

    private static String calibrationNote(FunctionData profile) {
        return profile.calibrated()
                ? String.format(Locale.ROOT, "Calibrated: %.1f ns of profiler overhead per call subtracted"
                        + " (--raw keeps it)", profile.overheadNanosPerCall()) + FunctionHeader.clock(profile)
                : String.format(Locale.ROOT, "Raw: profiler overhead of %.1f ns per call not subtracted",
                        profile.overheadNanosPerCall()) + FunctionHeader.clock(profile);
    }

    /**
     * @param data a deterministic run timed by samples
     * @return what is exact and what is sampled, and how many samples the times stand on
     */
    public static String sampledNote(HybridFunctionData data) {
        SampleData samples = data.samples();
        SamplerInfo s = samples.sampler();
        return String.format(Locale.ROOT, "Sampled: tottime, cumtime, percall from %d samples, %s %s every %s (%d"
                + " outside these functions); exact: ncalls and the --callers/--callees counts",
                samples.totalSamples(), s.engine().cliName(), s.event().cliName(),
                Durations.format(s.intervalNanos()), data.unattributedSamples());
    }

    /**
     * @param timeOf what each thread's times are, for the line that says a merged table sums threads
     */
    private static void printFunctions(FunctionData profile, String note, String timeOf, ReportSettings s,
                                       PrintWriter out) {
        if (s.perThread()) {
            for (FunctionData.ThreadFunctions t : profile.threads()) {
                out.println("Thread: " + t.thread() + (t.threads() > 1
                        ? String.format(Locale.ROOT, " (%,d threads)", t.threads()) : ""));
                printOne(new FunctionTable(t.functions(), s.sortKeys(), note, s.labels()), s, out);
            }
        } else {
            String threads = FunctionHeader.threads(profile, timeOf);
            List<String> notes = threads == null ? List.of(note) : List.of(threads, note);
            printOne(new FunctionTable(profile.merged(), s.sortKeys(), s.labels(), notes), s, out);
        }
    }

    private static void printOne(FunctionTable table, ReportSettings s, PrintWriter out) {
        table.printStats(out, s.restrictions());
        s.callers().ifPresent(r -> table.printCallers(out, List.of(r)));
        s.callees().ifPresent(r -> table.printCallees(out, List.of(r)));
    }
}
