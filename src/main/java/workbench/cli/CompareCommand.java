package workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workbench.compare.Comparability;
import workbench.compare.CompareTable;
import workbench.compare.Comparison;
import workbench.compare.Measure;
import workbench.export.DiffFlameGraphExporter;
import workbench.growth.SweepComparison;
import workbench.instrument.FirstLines;
import workbench.model.Mode;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.SamplerInfo;
import workbench.model.SweepStudy;
import workbench.model.Target;
import workbench.report.Labels;
import workbench.report.Restriction;
import workbench.store.ProfileStore;
import workbench.store.RunResolver;

/** {@code workbench compare A B}: two runs or run sets, row by row, with intervals and verdicts. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two saved runs or run sets (profile --repeat K) of one mode: the total (the process's"
                + " CPU time, with the wall-clock own time beside it untested; the wall time, with a note, for runs"
                + " that did not record their CPU time) and every function or line, each side's median with a 95%%"
                + " interval, B/A with its interval, and a"
                + " verdict (faster, slower, ~) from Welch's t-test on the logs against a noise threshold, with the"
                + " false discovery rate held at 5%% (Benjamini-Hochberg) across the rows worth testing: those with at"
                + " least --floor of everything, pooled over both sides (the rest print 'too small'). A verdict needs"
                + " >= 4 runs a side; exact counts (calls, hits) are shown beside.",
            "A and B are ids, names, unique id prefixes, last, last~N, or run files. Runs of different targets (n,"
                + " iterations, runs, seed, alpha, data; the variant may differ) or measured differently (engine,"
                + " event, threads, jit, calibrated, timing) need --force; other differences (a program's arguments,"
                + " interval, JDK, host, cores, clock source, what was instrumented) are named in a note.",
            "Two saved sweeps compare point by point: the own time at every grid point both have, one verdict a"
                + " point (false discovery rate across points), and the points only one side has."})
public final class CompareCommand implements Callable<Integer> {

    /** The workload parameters that make a different target; the variant is what a comparison is usually about. */
    private static final List<String> TARGET_KEYS = List.of("n", "iterations", "runs", "alpha", "seed", "data");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The baseline.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The run compared with it.")
    String b;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--measure", paramLabel = "M",
            description = "What rows compare: tottime (default), cumtime or calls (deterministic); self (default) or"
                    + " cumulative (sampling); time (default) or hits (line).")
    String measure;

    @Option(names = "--by", paramLabel = "KEY", defaultValue = "function",
            description = "Sampling: rows per function or per line (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Print at most N rows, largest change first; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--match", paramLabel = "REGEX", description = "Print only rows whose name matches REGEX.")
    String match;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "1%",
            description = "Noise floor: a significant change smaller than this is still ~ (1%% or 0.01) (default:"
                    + " ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--floor", paramLabel = "F", defaultValue = "0.5%",
            description = "Test only rows with at least this share of everything, pooled over both sides (0.5%% or"
                    + " 0.005); smaller rows print 'too small' (default: ${DEFAULT-VALUE}).")
    String floor;

    @Option(names = "--force", description = "Compare runs of different targets (a warning names the difference).")
    boolean force;

    @Option(names = "--strip-dirs", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Name files without directories and classes without packages (default).")
    boolean stripDirs;

    @Option(names = "--rerun", paramLabel = "K",
            description = "Run A's and B's targets K more times each (as recorded in the saved runs: the workload or"
                    + " the program, the mode and its options), interleaved in one shuffled order so that the"
                    + " machine's drift falls on both alike; save the two new sets (A and B stay) and compare them.")
    Integer rerun;

    @Option(names = "--seed", paramLabel = "S",
            description = "With --rerun: the order's seed (default: a random one, printed), to repeat an order.")
    Long seed;

    @Option(names = "--json", description = "Print the comparison as JSON, for scripts.")
    boolean json;

    @Option(names = "--flamegraph", paramLabel = "FILE",
            description = "Sampling: also write a differential flame graph of B against A (red: more samples in B,"
                    + " blue: fewer), both sides normalised to the same total first.")
    Path flameGraph;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        double noise = parseThreshold(threshold);
        double least = parseFraction("--floor", floor);
        if (limit < 0) throw new UserException("--limit must be 0 (all) or more, got " + limit);
        if (rerun != null && rerun < 1) throw new UserException("--rerun must be at least 1, got " + rerun);
        if (seed != null && rerun == null) throw new UserException("--seed orders the re-runs of --rerun: not without it");
        Pattern regex = match == null ? null : regex(match);
        boolean byLine = switch (by) {
            case "function" -> false;
            case "line" -> true;
            default -> throw new UserException("--by must be function or line, got '" + by + "'");
        };
        ProfileStore store = storeOptions.store();
        RunResolver resolver = new RunResolver(store);
        Path fileA = resolver.path(a);
        Path fileB = resolver.path(b);
        if (fileA.toAbsolutePath().normalize().equals(fileB.toAbsolutePath().normalize())) {
            throw new UserException("A and B are the same run (" + a + ", " + b + "): compare two different runs");
        }
        Optional<SweepStudy> sweepA = store.sweep(fileA);
        Optional<SweepStudy> sweepB = store.sweep(fileB);
        if (sweepA.isPresent() != sweepB.isPresent()) {
            throw new UserException((sweepA.isPresent() ? "A is a sweep and B is not" : "B is a sweep and A is not")
                    + ": compare two sweeps, or two runs or run sets");
        }
        if (sweepA.isPresent()) {
            if (rerun != null) throw new UserException("--rerun re-runs saved runs; A and B are sweeps: sweep again");
            SweepComparison.of(sweepA.get(), sweepB.get(), noise).print(out);
            return 0;
        }
        RunSet setA = store.load(fileA);
        RunSet setB = store.load(fileB);
        Mode mode = setA.mode();
        if (setB.mode() != mode) {
            throw new UserException("A is a " + mode.cliName() + " run and B a " + setB.mode().cliName()
                    + " run: compare runs of one mode");
        }
        Measure m;
        try {
            m = measure == null ? Measure.defaultFor(mode) : Measure.parse(measure, mode);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        eventDifference(setA, setB).ifPresent(d -> {
            throw new UserException(d + "; compare runs of one event");
        });
        if (flameGraph != null && mode != Mode.SAMPLING) {
            throw new UserException("--flamegraph compares sampled stacks: A and B are " + mode.cliName() + " runs");
        }
        checkTargets(setA, setB, force, "", err);
        checkComparable(setA, setB, err);
        if (rerun != null) {
            // checked on A and B first: a refusal must not cost the re-runs
            List<RunSet> again = Rerun.run(setA, setB, rerun, seed != null ? seed
                    : java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000), store, out, err);
            setA = again.get(0);
            setB = again.get(1);
        }
        Comparison c = Comparison.of(setA, setB, m, byLine, noise, least);
        if (flameGraph != null) {
            // the sets' samples summed per side; the exporter scales both to one total, so run counts do not matter
            new DiffFlameGraphExporter("workbench: " + setB.id() + " against " + setA.id(), byLine)
                    .export(samples(setA), samples(setB), flameGraph);
            Notices.to(err).accept("differential flame graph " + flameGraph);
        }
        if (json) {
            ObjectMapper mapper = store.json().copy().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(c));
            out.flush();
        } else {
            Labels labels = new Labels(stripDirs);
            if (mode == Mode.SAMPLING) labels = labels.withFirstLines(FirstLines.forCommand(setA.first().command())::of);
            new CompareTable(c, labels).print(out, limit, regex);
        }
        return 0;
    }

    /** @return the samples of a sampling run set, summed (checked to be one before) */
    private static SampleData samples(RunSet set) {
        return set.merged().sampleData().orElseThrow();
    }

    /**
     * Sampled seconds of two runs compare only when their samples stand for the same thing.
     *
     * @return {@code A sampled cpu and B wall: ...} when both runs sampled, different events; else empty
     */
    static Optional<String> eventDifference(RunSet a, RunSet b) {
        Optional<SamplerInfo> sa = a.runs().get(0).data().sampleData().map(SampleData::sampler);
        Optional<SamplerInfo> sb = b.runs().get(0).data().sampleData().map(SampleData::sampler);
        if (sa.isEmpty() || sb.isEmpty() || sa.get().event() == sb.get().event()) return Optional.empty();
        return Optional.of("A sampled " + sa.get().event().cliName() + " and B " + sb.get().event().cliName()
                + ": their samples stand for different time");
    }

    /**
     * Runs of different targets are refused, or with {@code --force} compared after a warning naming the difference.
     *
     * @param prefix what the refusal and the warning start with (which comparison, for a command that draws several)
     * @throws UserException for different targets without {@code force}
     */
    static void checkTargets(RunSet a, RunSet b, boolean force, String prefix, PrintWriter err) {
        String difference = targetDifference(a.first().target(), b.first().target());
        if (difference.isEmpty()) return;
        String what = prefix + "A and B profile different targets (" + difference + ")";
        if (!force) throw new UserException(what + "; --force compares them anyway");
        Notices.to(err).accept("warning: " + what);
    }

    /**
     * Refuses (unless --force) runs measured differently, and warns of differences a change may come from; a
     * program's arguments are what such a comparison is usually about, so they only warn.
     */
    private void checkComparable(RunSet a, RunSet b, PrintWriter err) {
        Comparability why = Comparability.of(a.first(), b.first());
        if (!why.refusals().isEmpty()) {
            String list = String.join(", ", why.refusals());
            if (!force) {
                throw new UserException("A and B were measured differently (" + list + "): their numbers do not"
                        + " compare; --force compares them anyway");
            }
            Notices.to(err).accept("warning: A and B were measured differently (" + list + ")");
        }
        List<String> warnings = new ArrayList<>(why.warnings());
        Target ta = a.first().target();
        Target tb = b.first().target();
        if (ta.workload().isEmpty() && !ta.args().equals(tb.args())) {
            warnings.add(0, "arguments " + String.join(" ", ta.args()) + " -> " + String.join(" ", tb.args()));
        }
        if (!warnings.isEmpty()) {
            Notices.to(err).accept("note: A and B differ in " + String.join(", ", warnings)
                    + "; a change may come from that");
        }
    }

    /** @return the target parameters that differ, as {@code n 1000 -> 2000}, or {@code ""} */
    static String targetDifference(Target a, Target b) {
        List<String> diffs = new ArrayList<>();
        if (!a.mainClass().equals(b.mainClass())) diffs.add("main class " + a.mainClass() + " -> " + b.mainClass());
        if (a.workload().isEmpty() != b.workload().isEmpty()) {
            diffs.add(a.workload().isEmpty() ? "a program -> the workload" : "the workload -> a program");
        } else if (!a.workload().isEmpty()) {
            TreeSet<String> keys = new TreeSet<>(a.workload().keySet());
            keys.addAll(b.workload().keySet());
            for (String k : TARGET_KEYS) {
                if (keys.contains(k) && !Objects.equals(a.workload().get(k), b.workload().get(k))) {
                    diffs.add(k + " " + show(a.workload(), k) + " -> " + show(b.workload(), k));
                }
            }
        }
        return String.join(", ", diffs);
    }

    private static String show(Map<String, String> m, String k) {
        return m.getOrDefault(k, "(none)");
    }

    static double parseThreshold(String text) {
        return parseFraction("--threshold", text);
    }

    private static double parseFraction(String option, String text) {
        try {
            String t = text.trim();
            double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100
                    : Double.parseDouble(t);
            if (v >= 0 && v < 1) return v;
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UserException(option + " must be a fraction in [0, 1) or a percentage (1%), got '" + text + "'");
    }

    private static Pattern regex(String text) {
        try {
            Restriction.regex(text);
            return Pattern.compile(text);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
