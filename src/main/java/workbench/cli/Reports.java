package workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import workbench.compare.SpreadTable;
import workbench.export.FlameGraphExporter;
import workbench.export.PathValue;
import workbench.model.FunctionData;
import workbench.model.ProfileData;
import workbench.model.RunInfo;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.WarmupSetting;
import workbench.report.ProfilePrinter;
import workbench.report.ReportSettings;
import workbench.report.StatprofTable;

/** What {@code profile} and {@code stats} print for a run: the table on stdout, and the flame graph when asked. */
final class Reports {

    /** Rows of a run set's spread table. */
    private static final int SPREAD_ROWS = 20;

    private Reports() {
    }

    /**
     * A run set: a single run's table as it is; K runs' summed table (pstats' {@code add}), then how each row varies
     * from run to run.
     */
    static void print(RunSet set, ReportSettings settings, Path flameGraph, PrintWriter out, PrintWriter err)
            throws IOException {
        if (set.size() > 1) {
            out.println("Run set " + set.id() + ": " + set.size() + " runs, each in a fresh JVM; the table sums them");
            out.println();
        }
        // a table of counts that stop early must say so above the counts, where it cannot be missed
        for (var run : set.runs()) {
            if (run.run().partial() == null) continue;
            out.println((set.size() > 1 ? run.run().id() + ": " : "") + run.run().partial().describe());
            out.println();
        }
        // so must a table that leaves the warm-up out: the same line for every run, else one per run
        Set<String> warmups = new LinkedHashSet<>();
        for (var run : set.runs()) warmups.add(warmupLine(run.run().settings()));
        warmups.remove(null);
        if (!warmups.isEmpty()) {
            for (var run : set.runs()) {
                String line = warmupLine(run.run().settings());
                if (line == null) continue;
                out.println((warmups.size() > 1 ? run.run().id() + ": " : "") + line);
                if (warmups.size() == 1) break;
            }
            out.println();
        }
        print(set.merged(), settings, flameGraph, out, err);
        if (set.size() > 1) {
            out.println();
            new SpreadTable(set, settings.labels()).print(out, settings.by() == StatprofTable.By.LINE, SPREAD_ROWS);
        } else if (set.first().cpuKnown()) {
            // beside the wall time, what compare's total compares: a neighbour's load moves it far less
            RunInfo r = set.first();
            out.println();
            out.printf(Locale.ROOT, "process: %.3f s wall, %.3f s CPU (user + system, from the kernel)%n",
                    r.wallNanos() / 1e9, r.cpuNanos() / 1e9);
            out.flush();
        }
    }

    /**
     * @param settings a run's saved settings
     * @return the line that says which warm-up runs its counts leave out, {@code null} for a run that asked for none
     */
    static String warmupLine(Map<String, String> settings) {
        String runs = settings.get(WarmupSetting.RUNS);
        if (runs == null) return null;
        String at = settings.get(WarmupSetting.AT);
        return runs.equals("0") ? "Warm-up: none left out (" + at + " was not called often enough); every call counts"
                : "Warm-up: the first " + runs + " run" + (runs.equals("1") ? "" : "s") + " (calls of " + at
                        + ") left out; frames open then (main) keep their time after it, with 0 calls";
    }

    /**
     * @param data       the run's data
     * @param settings   how to print it
     * @param flameGraph where to write a flame graph, or {@code null}
     * @param out        the table's stream
     * @param err        where the workbench's own lines go (the flame graph's file), so that stdout is the table alone
     * @throws IOException when the flame graph cannot be written
     */
    static void print(ProfileData data, ReportSettings settings, Path flameGraph, PrintWriter out, PrintWriter err)
            throws IOException {
        ProfilePrinter.print(data, settings, out);
        if (flameGraph == null) return;
        // the stacks of a run: its samples when it has any (a run timed by samples too), else its call paths
        Optional<SampleData> sampled = data.sampleData();
        if (sampled.isPresent()) {
            SampleData samples = sampled.get();
            new FlameGraphExporter("workbench: " + samples.sampler().engine().cliName() + " "
                    + samples.sampler().event().cliName(), false).export(samples, flameGraph);
            err.println("workbench: flame graph " + flameGraph);
            err.flush();
            return;
        }
        FunctionData paths = data.functionData().orElseThrow(() -> new UserException("--flamegraph needs stacks: a"
                + " deterministic or sampling run, or a run timed with samples"));
        if (!paths.hasCallTree()) {
            throw new UserException("--flamegraph needs call paths, which this deterministic run did not keep"
                    + " (profile with --stacks)");
        }
        new FlameGraphExporter("workbench: deterministic, calls per path", false)
                .export(paths, PathValue.CALLS, flameGraph);
        err.println("workbench: flame graph " + flameGraph + " (exact calls per call path)");
        err.flush();
    }
}
