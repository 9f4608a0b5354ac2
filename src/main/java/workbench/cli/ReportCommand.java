package workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workbench.html.ReportPage;
import workbench.model.AccuracyStudy;
import workbench.model.OverheadStudy;
import workbench.model.SweepStudy;
import workbench.model.RunSet;
import workbench.report.Labels;
import workbench.report.SourceLookup;
import workbench.report.StatprofTable;
import workbench.store.ProfileStore;
import workbench.store.RunResolver;

/** {@code workbench report RUN... -o report.html}: saved runs, comparisons and overhead studies as one HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write one self-contained HTML page (everything inline, nothing loaded from the network) with a"
                + " tab per run: its summary (target, mode, engine, JDK, machine, times, the profiler's own cost), the"
                + " cProfile table sortable by any column with each function's callers and callees, the sampled table"
                + " with async-profiler's flame graph, the line table as a heat map over the source; an overhead"
                + " study's slowdown chart with 95%% intervals and its distortion tables; a sweep's log-log chart, growth"
                + " exponents (with a fixed cost) and growth per function; and for --compare A B the"
                + " compared rows with their verdicts and intervals, and the differential flame graph of sampled runs.",
            "--compare takes what compare takes: runs of one mode, and of one target unless --force.",
            "RUN is an id, a name, a unique id prefix, last, last~N, or a run file."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", arity = "0..*", description = "Saved runs, run sets, overhead studies or sweeps, a tab each.")
    List<String> runs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The .html file to write.")
    Path output;

    @Option(names = "--compare", arity = "2", paramLabel = "RUN",
            description = "A B: also draw compare A B (its default measure) in a tab; may be given more than once.")
    List<String> compare = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "1%",
            description = "--compare's noise floor, as compare takes it (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--by", paramLabel = "KEY", defaultValue = "line",
            description = "Sampled tables per line or per function (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--strip-dirs", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Name files without directories and classes without packages (default).")
    boolean stripDirs;

    @Option(names = "--source-path", paramLabel = "DIR",
            description = "Where the heat map finds sources besides the workload's own (repeatable).")
    List<Path> sourcePath = new ArrayList<>();

    @Option(names = "--force", description = "--compare runs of different targets (a warning names the difference).")
    boolean force;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws IOException {
        if (runs.isEmpty() && compare.isEmpty()) throw new UserException("report: name at least one RUN or --compare A B");
        if (!output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.html?")) {
            throw new UserException("-o must name an .html file, got " + output);
        }
        StatprofTable.By rows = ReportOptions.rowsBy(by);
        for (Path p : sourcePath) {
            if (!Files.isDirectory(p)) throw new UserException("--source-path: no directory " + p);
        }
        double noise = CompareCommand.parseThreshold(threshold);
        ProfileStore store = storeOptions.store();
        RunResolver resolver = new RunResolver(store);
        List<String> names = new ArrayList<>(runs);
        names.addAll(compare);
        ReportPage page = new ReportPage("workbench report: " + String.join(", ", names), new Labels(stripDirs),
                new SourceLookup(sourcePath), rows);
        // everything is loaded and checked before the page is written, so a bad name leaves no file behind
        for (String ref : runs) {
            Path file = resolver.path(ref);
            Optional<SweepStudy> sweep = store.sweep(file);
            Optional<OverheadStudy> study = store.study(file);
            Optional<AccuracyStudy> accuracy = store.accuracy(file);
            if (sweep.isPresent()) page.sweep(sweep.get());
            else if (study.isPresent()) page.overhead(study.get());
            else if (accuracy.isPresent()) page.accuracy(accuracy.get());
            else page.run(store.load(file));
        }
        for (int i = 0; i + 1 < compare.size(); i += 2) {
            RunSet a = runSet(store, resolver, compare.get(i));
            RunSet b = runSet(store, resolver, compare.get(i + 1));
            check(a, b, compare.get(i), compare.get(i + 1), force, spec.commandLine().getErr());
            page.compare(a, b, noise);
        }
        page.write(output);
        Notices.to(spec.commandLine().getErr()).accept("report " + output + " ("
                + Files.size(output) / 1024 + " KiB)");
        return 0;
    }

    private static RunSet runSet(ProfileStore store, RunResolver resolver, String ref) {
        Path file = resolver.path(ref);
        if (store.sweep(file).isPresent() || store.study(file).isPresent() || store.accuracy(file).isPresent()) {
            throw new UserException("--compare " + ref + ": compare takes runs or run sets, not a study or a sweep");
        }
        return store.load(file);
    }

    /** What {@code compare} refuses, the report refuses too, in the same words; {@code --force} as compare takes it. */
    private static void check(RunSet a, RunSet b, String refA, String refB, boolean force, PrintWriter err) {
        if (a.id().equals(b.id())) {
            throw new UserException("--compare: A and B are the same run (" + refA + ", " + refB + ")");
        }
        if (a.mode() != b.mode()) {
            throw new UserException("--compare: A is a " + a.mode().cliName() + " run and B a " + b.mode().cliName()
                    + " run: compare runs of one mode");
        }
        CompareCommand.checkTargets(a, b, force, "--compare " + refA + " " + refB + ": ", err);
        CompareCommand.eventDifference(a, b).ifPresent(d -> {
            throw new UserException("--compare: " + d);
        });
    }
}
