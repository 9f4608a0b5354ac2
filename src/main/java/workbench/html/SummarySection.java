package workbench.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import workbench.model.Durations;
import workbench.model.FunctionData;
import workbench.model.JvmInfo;
import workbench.model.LineData;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.RunInfo;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.model.SamplerInfo;

/**
 * What a run set is: target, mode, engine, JDK, machine, wall and own time of each run, and the profiler's own cost
 * where the run measured it (the agent's calibrated cost per call or per line start; a sampler's cost is measured
 * by {@code workbench overhead}, not by a run).
 */
final class SummarySection {

    private SummarySection() {
    }

    /**
     * @param set the runs
     * @return the summary's HTML
     */
    static String html(RunSet set) {
        RunInfo r = set.first();
        JvmInfo jvm = r.jvm();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"run", set.id() + (set.name().isEmpty() ? "" : " (" + set.name() + ")")
                + (set.size() == 1 ? "" : ", " + set.size() + " runs")});
        rows.add(new String[] {"target", r.target().describe() + "  (" + r.target().mainClass()
                + (r.target().args().isEmpty() ? "" : " " + String.join(" ", r.target().args())) + ")"});
        rows.add(new String[] {"mode", r.mode().cliName()});
        rows.add(new String[] {"engine", engine(set.runs().get(0).data())});
        rows.add(new String[] {"settings", settings(r.settings())});
        rows.add(new String[] {"JDK", jvm.javaVersion() + " (" + jvm.vmName() + ")"});
        rows.add(new String[] {"machine", jvm.os() + ", " + jvm.cores() + " cores, host " + jvm.host()
                + (r.clock().source().isEmpty() ? "" : String.format(Locale.ROOT, ", clock %s (System.nanoTime %.1f ns)",
                        r.clock().source(), r.clock().nanoTimeNanos()))});
        rows.add(new String[] {"started", r.startedAt()});
        rows.add(new String[] {"wall time", times(set, RunInfo::wallNanos) + "  (the child JVM, start to exit)"});
        rows.add(new String[] {"own time", times(set, RunInfo::ownNanos) + "  (the workload's runs, start-up apart)"});
        if (set.cpuKnown()) {
            rows.add(new String[] {"CPU time", times(set, RunInfo::cpuNanos)
                    + "  (the child JVM, user + system, from the kernel: what compare's total compares)"});
        }
        rows.add(new String[] {"profiler's own cost", cost(set.merged())});
        for (Profile p : set.runs()) {
            RunInfo info = p.run();
            if (info.exitCode() != 0 || info.timedOut()) {
                rows.add(new String[] {"exit", info.id() + ": " + (info.timedOut() ? "timed out" : "exit code "
                        + info.exitCode())});
            }
            if (info.partial() != null) rows.add(new String[] {"partial", info.partial().describe()});
        }
        for (String n : r.notices()) rows.add(new String[] {"notice", n});
        StringBuilder b = new StringBuilder("<table class=\"summary\">\n");
        for (String[] row : rows) {
            b.append("<tr>").append(Html.element("th", row[0])).append(Html.element("td", row[1])).append("</tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private static String engine(ProfileData data) {
        return data.accept(new ProfileData.Visitor<String>() {
            @Override
            public String visitFunctions(FunctionData f) {
                return "workbench agent: ASM probes at method entry and exit (cProfile)";
            }

            @Override
            public String visitHybridFunctions(HybridFunctionData sf) {
                return "workbench agent: hybrid probes (calls per edge); times from "
                        + sampler(sf.samples().sampler());
            }

            @Override
            public String visitSamples(SampleData s) {
                return sampler(s.sampler());
            }

            @Override
            public String visitLines(LineData l) {
                return "workbench agent: line counters (line_profiler), timing " + l.timing().cliName();
            }

            @Override
            public String visitHybridLines(HybridLineData sl) {
                return "workbench agent: line counters (hits); times from " + sampler(sl.samples().sampler());
            }
        });
    }

    private static String sampler(SamplerInfo s) {
        return s.engine().cliName() + (s.sampler().isEmpty() ? "" : " (" + s.sampler() + ")") + ", event "
                + s.event().cliName() + ", interval " + Durations.format(s.intervalNanos()) + ", "
                + s.threads().cliName() + " threads, " + s.lost() + " lost";
    }

    private static String settings(Map<String, String> settings) {
        List<String> parts = new ArrayList<>();
        settings.forEach((k, v) -> parts.add(k + "=" + v));
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static String times(RunSet set, ToLongFunction<RunInfo> f) {
        List<String> each = new ArrayList<>();
        for (Profile p : set.runs()) each.add(String.format(Locale.ROOT, "%.3f", f.applyAsLong(p.run()) / 1e9));
        return String.join(", ", each) + " s";
    }

    /** What the agent measured of itself; samplers' costs come from an overhead study. */
    static String cost(ProfileData data) {
        return data.accept(new ProfileData.Visitor<String>() {
            @Override
            public String visitFunctions(FunctionData f) {
                long calls = f.totals().calls();
                return String.format(Locale.ROOT, "%.1f ns per traced call x %,d calls = %.3f s%s",
                        f.overheadNanosPerCall(), calls, f.overheadNanosPerCall() * calls / 1e9,
                        f.calibrated() ? ", subtracted from the times (calibrated)" : ", not subtracted (--raw)");
            }

            @Override
            public String visitHybridFunctions(HybridFunctionData sf) {
                return "the probes only count (no clock to calibrate), and a sampled run's cost is measured by"
                        + " workbench overhead; " + sf.samples().sampler().lost() + " samples lost";
            }

            @Override
            public String visitSamples(SampleData s) {
                return "not measured by a sampled run (workbench overhead measures it); " + s.sampler().lost()
                        + " samples lost";
            }

            @Override
            public String visitLines(LineData l) {
                return lineCost(l);
            }

            @Override
            public String visitHybridLines(HybridLineData sl) {
                return lineCost(sl.lines());
            }
        });
    }

    private static String lineCost(LineData l) {
        if (l.overheadNanosPerHit() <= 0) {
            return String.format(Locale.ROOT, "%,d line starts counted; no per-line cost measured for timing %s",
                    l.totalHits(), l.timing().cliName());
        }
        return String.format(Locale.ROOT, "%.1f ns per timed line start x %,d line starts = %.3f s, subtracted"
                + " (calibrated)", l.overheadNanosPerHit(), l.totalHits(), l.overheadNanosPerHit() * l.totalHits() / 1e9);
    }
}
