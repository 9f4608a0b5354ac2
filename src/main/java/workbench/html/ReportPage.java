package workbench.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import workbench.compare.Comparison;
import workbench.compare.Measure;
import workbench.export.FlameGraphExporter;
import workbench.export.PathValue;
import workbench.model.FunctionData;
import workbench.model.LineData;
import workbench.model.AccuracyStudy;
import workbench.model.OverheadStudy;
import workbench.model.SweepStudy;
import workbench.model.ProfileData;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.report.FunctionHeader;
import workbench.report.Labels;
import workbench.report.ProfilePrinter;
import workbench.report.SourceLookup;
import workbench.report.StatprofTable;

/**
 * {@code workbench report}'s page: one tab per run set, comparison or overhead study, in the order given, each drawn
 * by its section writer from the model. Nothing here reads files or starts runs: the command hands over what it
 * loaded.
 */
public final class ReportPage {

    private final HtmlPage page;
    private final Labels labels;
    private final SourceLookup sources;
    private final StatprofTable.By by;
    private int tabs;

    /**
     * @param title   the page's title
     * @param labels  how functions are named
     * @param sources where line tables find their source text
     * @param by      sampled tables per line or per function
     */
    public ReportPage(String title, Labels labels, SourceLookup sources, StatprofTable.By by) {
        this.page = new HtmlPage(title);
        this.labels = labels;
        this.sources = sources;
        this.by = by;
    }

    /**
     * A run set's tab: its summary, then its mode's table (and flame graph or heat map).
     *
     * @param set the runs; several runs are summed, as {@code stats} prints them
     * @return this
     */
    public ReportPage run(RunSet set) {
        String prefix = "t" + tabs++;
        ProfileData data = set.merged();
        StringBuilder b = new StringBuilder(SummarySection.html(set));
        b.append(data.accept(new ProfileData.Visitor<String>() {
            @Override
            public String visitFunctions(FunctionData f) {
                return "<h3>Functions (cProfile)</h3>\n"
                        + FunctionSection.html(f, FunctionHeader.timeOf(f), labels, prefix) + (f.hasCallTree()
                        ? "<h3>Flame graph of the call paths</h3>\n<p class=\"note\">Exact calls: each frame is as"
                                + " wide as the calls made on its path, with all they called (threads merged).</p>\n"
                                + FlameFrame.html(title(set), callPaths(f, title(set)))
                        : "<p class=\"note\">No flame graph: this run kept each function's callers, not its call"
                                + " paths (profile with --stacks to keep them).</p>\n");
            }

            @Override
            public String visitHybridFunctions(HybridFunctionData sf) {
                return "<h3>Functions (calls counted, times sampled)</h3>\n<p class=\"note\">"
                        + Html.escape(ProfilePrinter.sampledNote(sf)) + "</p>\n"
                        + FunctionSection.html(sf.functions(), FunctionHeader.sampledTimeOf(sf.functions()), labels,
                                prefix)
                        + "<h3>The samples the times come from</h3>\n"
                        + SampleSection.html(sf.samples(), by, labels, title(set));
            }

            @Override
            public String visitSamples(SampleData s) {
                return SampleSection.html(s, by, labels, title(set));
            }

            @Override
            public String visitLines(LineData l) {
                return "<h3>Lines (line_profiler)</h3>\n" + LineSection.html(l, sources);
            }

            @Override
            public String visitHybridLines(HybridLineData sl) {
                return "<h3>Lines (hits counted, times sampled)</h3>\n" + LineSection.html(sl.lines(), sources)
                        + "<h3>The samples the times come from</h3>\n"
                        + SampleSection.html(sl.samples(), StatprofTable.By.LINE, labels, title(set));
            }
        }));
        page.tab(title(set) + " (" + set.mode().cliName() + ")", b.toString());
        return this;
    }

    /** @return the flame graph page of a deterministic run's call paths, by exact calls */
    private static String callPaths(FunctionData data, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new FlameGraphExporter(title + ": calls per call path", false).write(data, PathValue.CALLS, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A comparison's tab, as {@code compare A B} decides it with its default measure.
     *
     * @param a         the baseline, checked by the caller to be of B's mode and target
     * @param b         the other side
     * @param threshold the noise threshold (0.01 for 1 %)
     * @return this
     */
    public ReportPage compare(RunSet a, RunSet b, double threshold) {
        tabs++;
        Comparison c = Comparison.of(a, b, Measure.defaultFor(a.mode()), false, threshold);
        page.tab("compare " + title(a) + " vs " + title(b), CompareSection.html(a, b, c, labels));
        return this;
    }

    /**
     * @param study an overhead study, finished or not
     * @return this
     */
    public ReportPage overhead(OverheadStudy study) {
        tabs++;
        page.tab((study.name().isEmpty() ? study.id() : study.name()) + " (overhead)", OverheadSection.html(study));
        return this;
    }

    /**
     * @param study an accuracy study, finished or not
     * @return this
     */
    public ReportPage accuracy(AccuracyStudy study) {
        tabs++;
        page.tab((study.name().isEmpty() ? study.id() : study.name()) + " (accuracy)", AccuracySection.html(study));
        return this;
    }

    /**
     * @param sweep a sweep, finished or not
     * @return this
     */
    public ReportPage sweep(SweepStudy sweep) {
        tabs++;
        page.tab((sweep.name().isEmpty() ? sweep.id() : sweep.name()) + " (sweep)", SweepSection.html(sweep, labels));
        return this;
    }

    /** @return the page */
    public String render() {
        return page.render();
    }

    /**
     * @param file where the page goes, written atomically
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        page.write(file);
    }

    private static String title(RunSet set) {
        return set.name().isEmpty() ? set.id() : set.name();
    }
}
