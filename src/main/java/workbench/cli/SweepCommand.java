package workbench.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workbench.growth.SweepChart;
import workbench.growth.SweepGrowth;
import workbench.growth.SweepModes;
import workbench.growth.SweepRunner;
import workbench.instrument.WarmupBoundary;
import workbench.growth.SweepTable;
import workbench.model.SweepStudy;
import workbench.session.ProfileSession;
import workbench.session.RunLog;
import workbench.store.ProfileStore;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/** {@code workbench sweep --sizes ...}: how the workload's cost grows with n and iterations, per variant and mode. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the workload at every point of a grid (sizes x iterations x variants x modes), K times"
                + " each in fresh child JVMs, all interleaved in one shuffled order; print each point's median own"
                + " time and peak heap with 95%% intervals, and each series' growth exponent k (time ~"
                + " (n x iterations)^k) with its 95%% interval; draw a log-log chart. Saved like any run: stats ID"
                + " prints it again.",
            "Ctrl-C stops it: the sweep is saved after every child, so what was measured is kept."})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--sizes", paramLabel = "N", split = ",", description = "Data sizes, e.g. 1e3,1e4,1e5,1e6.")
    List<String> sizes;

    @Option(names = "--iterations", paramLabel = "IT", split = ",", defaultValue = "10",
            description = "Bootstrap resamples per run, each at least 2 (default: ${DEFAULT-VALUE}).")
    List<String> iterations;

    @Option(names = "--variants", paramLabel = "V", split = ",", defaultValue = "boxed",
            description = "boxed, two-line, fused, primitive, parallel (default: ${DEFAULT-VALUE}).")
    List<String> variants;

    @Option(names = "--modes", paramLabel = "M", split = ",", defaultValue = "plain",
            description = "plain, deterministic, sampling (async-profiler 1 ms), or one of overhead's configurations"
                    + " (default: ${DEFAULT-VALUE}).")
    List<String> modes;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "3",
            description = "Runs per point, each in a fresh JVM (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "4",
            description = "Times each child computes the interval; own time is their sum (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The workload's seed (default: 1).")
    long seed;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "" + DEFAULT_WARMUP,
            description = "Warm-up each deterministic child runs first and leaves out of its counts and own time, as"
                    + " profile --warmup: the work of N runs at the largest point (more runs at the smaller ones), so"
                    + " that a function's cold first calls (interpreted, before the JIT) do not bend the growth per"
                    + " function at the small sizes; 0 counts every run (default: ${DEFAULT-VALUE};"
                    + " docs/sweep-and-history.md).")
    int warmup;

    @Option(names = "--warmup-at", paramLabel = "CLASS.METHOD",
            description = "With a program: the method it calls once per run; its first runs are the warm-up, and the"
                    + " program's words say where each point's number of warm-up runs goes with {warmup}, e.g."
                    + " -- -cp DIR Main {n} {warmup} (without it a program's sweep counts every call).")
    String warmupAt;

    /** Warm-up runs per deterministic child unless asked otherwise. */
    static final int DEFAULT_WARMUP = 2;


    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The chart: .svg or .png (default: <id>.svg beside the saved sweep).")
    Path output;



    @Parameters(arity = "0..*", paramLabel = "COMMAND",
            description = "After '--': any Java program to sweep instead of the workload, as 'java' runs it, with {n}"
                    + " where each size goes: -- -cp DIR Main {n}. Its own time is the child's CPU time (the JVM's"
                    + " start is the fixed cost the fit allows for); --variants, --iterations, --runs and --seed are"
                    + " the workload's.")
    List<String> command = new ArrayList<>();

    @Option(names = "--json", description = "Print the figures as JSON instead of the table: per series each point's"
            + " own time and heap, the exponents with and without a fixed cost, and the growth per function.")
    boolean json;

    @Mixin
    StudyOptions studyOptions;

    @Override
    public Integer call() throws IOException {
        List<Integer> n = sizes();
        List<Integer> its = iterations();
        List<String> vs = variants();
        List<String> ms;
        try {
            ms = SweepModes.parse(modes);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (repeat < 1) throw new UserException("--repeat must be at least 1, got " + repeat);
        if (runs < 1) throw new UserException("--runs must be at least 1, got " + runs);
        if (warmup < 0) throw new UserException("--warmup must be 0 or more, got " + warmup);
        if (warmupAt != null && spec.commandLine().getParseResult().originalArgs().indexOf("--") < 0) {
            throw new UserException("--warmup-at is for a program: the workload's runs start at its"
                    + " confidenceInterval");
        }
        studyOptions.check();
        if (output != null && !SweepChart.supported(output)) {
            throw new UserException("-o " + output + ": the chart is written as .svg or .png");
        }
        ProfileStore store = storeOptions.store();
        store.checkWritable();
        if (!studyOptions.name.isEmpty()) store.checkNewName(studyOptions.name);
        store.prepareAsync();
        List<String> program = programWords();
        SweepStudy planned;
        if (program == null) {
            WorkloadConfig base = new WorkloadConfig(n.get(0), its.get(0), runs, 0.05, Variant.fromCliName(vs.get(0)),
                    seed, null);
            planned = SweepRunner.withWarmup(SweepRunner.plan(store.newId("sweep"), studyOptions.name, base, n, its, vs,
                    ms, repeat, studyOptions.orderSeed, List.of()), ms.contains("deterministic") ? warmup : 0, null);
        } else {
            planned = SweepRunner.plan(store.newId("sweep"), studyOptions.name, programAt(program, n.get(0)).target(), n,
                    List.of(1), List.of(PROGRAM), ms, repeat, studyOptions.orderSeed, List.of("the program's own time"
                            + " is its child's CPU time (user + system, 10 ms ticks), the JVM's start included"
                            + (warmupAt == null ? "" : ", and its warm-up runs")));
            if (warmupAt != null) planned = SweepRunner.withWarmup(planned, ms.contains("deterministic") ? warmup : 0,
                    programWarmupAt());
        }
        SweepStudy plan = planned;
        Path chart = output != null ? output : store.sibling(plan.id(), ".svg");
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("workbench-sweep-");
        // the peak heap is asked for here only: other runs never load java.lang.management into the workload
        ProfileSession session = new ProfileSession(store, studyOptions.childTimeout(),
                List.of("-D" + RunLog.HEAP_PROPERTY + "=true")).withStdout(work.resolve("children.out"));
        SweepRunner workload = new SweepRunner(store, session, line -> progress(err, "workbench: " + line),
                Files.createDirectories(work.resolve("files")));
        SweepRunner runner = program == null ? workload : workload.withProgram(program);
        SweepStudy sweep = Interrupts.saving(() -> runner.run(plan, studyOptions.maxRuns), () -> {
            SweepStudy s = runner.current();
            if (s == null || s.runs().isEmpty()) return;
            store.save(s);
            progress(err, "workbench: interrupted after " + s.runs().size() + " of " + s.order().size()
                    + " children; saved partial sweep " + s.id() + " (workbench stats " + s.id() + ")");
        });
        Interrupts.deleteQuietly(work);
        store.save(sweep);
        if (json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(store.json().copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(SweepGrowth.of(sweep)));
            out.flush();
        } else {
            SweepTable.print(sweep, spec.commandLine().getOut());
        }
        SweepChart.write(sweep, chart);
        progress(err, "workbench: saved sweep " + sweep.id() + (sweep.name().isEmpty() ? "" : " (" + sweep.name() + ")")
                + (sweep.finished() ? "" : ", partial") + "; chart " + chart);
        return 0;
    }

    /** @return {@code --warmup-at}, checked: a method */
    private String programWarmupAt() {
        try {
            return WarmupBoundary.of(Math.max(1, warmup), warmupAt).place();
        } catch (IllegalArgumentException e) {
            throw new UserException("--warmup-at: " + e.getMessage());
        }
    }

    /** The variant a swept program's points carry: the series is {@code program MODE}. */
    static final String PROGRAM = "program";

    /**
     * @return the words after {@code --}, or {@code null} for the workload
     * @throws UserException for words without {@code --}, the workload's options with a program, or no {@code {n}}
     */
    private List<String> programWords() {
        var parsed = spec.commandLine().getParseResult();
        int dash = parsed.originalArgs().indexOf("--");
        if (dash < 0) {
            if (!command.isEmpty()) {
                throw new UserException("unexpected argument " + command.get(0) + ": a program to sweep comes after"
                        + " '--'");
            }
            return null;
        }
        for (String o : List.of("--variants", "--iterations", "--runs", "--seed")) {
            if (parsed.hasMatchedOption(o)) throw new UserException(o + " is the workload's: not with a program");
        }
        if (warmupAt == null && parsed.hasMatchedOption("--warmup") && warmup > 0) {
            throw new UserException("--warmup with a program needs --warmup-at Class.method (the method it calls once"
                    + " per run) and " + SweepRunner.WARMUP + " in its words");
        }
        if (warmupAt != null && command.stream().noneMatch(w -> w.contains(SweepRunner.WARMUP))) {
            throw new UserException("--warmup-at needs " + SweepRunner.WARMUP + " in the program's words, where each"
                    + " point's warm-up runs go, e.g. -- -cp DIR Main " + SweepRunner.SIZE + " " + SweepRunner.WARMUP);
        }
        if (warmupAt != null) programWarmupAt();
        if (command.stream().noneMatch(w -> w.contains(SweepRunner.SIZE))) {
            throw new UserException("the program's words need " + SweepRunner.SIZE + " where each size goes, e.g."
                    + " -- -cp DIR Main " + SweepRunner.SIZE);
        }
        return List.copyOf(command);
    }

    private static workbench.session.ProgramCommand programAt(List<String> words, int n) {
        try {
            return SweepRunner.program(words, n);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private List<Integer> sizes() {
        if (sizes == null || sizes.stream().allMatch(String::isBlank)) {
            throw new UserException("--sizes needs at least one size, e.g. --sizes 1e3,1e4,1e5");
        }
        TreeSet<Integer> out = new TreeSet<>();
        for (String s : sizes) {
            int size;
            try {
                size = WorkloadOptions.parseN(s.trim());
                WorkloadOptions.checkMemory(size);
            } catch (UserException e) {
                throw new UserException("--sizes: " + e.getMessage());
            }
            out.add(size);
        }
        return List.copyOf(out);
    }

    private List<Integer> iterations() {
        TreeSet<Integer> out = new TreeSet<>();
        for (String s : iterations) {
            int it;
            try {
                it = Integer.parseInt(s.trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new UserException("--iterations: expected whole numbers of at least 2, got '" + s + "'");
            }
            if (it < 2) throw new UserException("--iterations: each must be at least 2, got " + s);
            out.add(it);
        }
        if (out.isEmpty()) throw new UserException("--iterations needs at least one value");
        return List.copyOf(out);
    }

    private List<String> variants() {
        List<String> out = new ArrayList<>();
        for (String v : variants) {
            try {
                String name = Variant.fromCliName(v.trim()).cliName();
                if (!out.contains(name)) out.add(name);
            } catch (IllegalArgumentException e) {
                throw new UserException("--variants: " + e.getMessage());
            }
        }
        if (out.isEmpty()) throw new UserException("--variants needs at least one variant");
        return out;
    }

    private static void progress(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
