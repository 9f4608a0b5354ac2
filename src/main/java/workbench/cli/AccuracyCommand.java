package workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workbench.model.AccuracyStudy;
import workbench.model.Target;
import workbench.overhead.AccuracyFigures;
import workbench.overhead.AccuracyRunner;
import workbench.overhead.AccuracyTable;
import workbench.overhead.Configuration;
import workbench.sampling.SamplingSettings;
import workbench.session.DelayInjection;
import workbench.session.ProfileSession;
import workbench.session.ProgramCommand;
import workbench.store.ProfileStore;

/** {@code workbench accuracy --inject METHOD=DELAY}: a known delay injected, and which profiler sees it. */
@Command(name = "accuracy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Inject a known busy delay at the entry of one method, or at one line (spent on the thread's CPU,"
                + " so the truth is exact), run the workload (or any program after '--') K times with it and K times without under"
                + " each profiler, all interleaved in one shuffled order, and print the share of the delay each"
                + " profiler put on the method (the line, and its neighbouring lines), with its interval, how much it saw at all, where the rest went, and a"
                + " summary. Saved like an overhead study: stats ID prints it again; report ID draws it.",
            "Ctrl-C stops it: the study is saved after every child, so what was measured is kept."})
public final class AccuracyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--inject", paramLabel = "METHOD=DELAY", required = true,
            description = "Where and how long: Class.method=200ns (ns, us, ms), or Class.method=+25%% of the method's"
                    + " own time in a first exact run. The class is its simple or binary name. Class.method:LINE"
                    + " puts it at a line and runs the line modes and the samplers by line.")
    String inject;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "5",
            description = "Runs per configuration and side (with the delay, without), each in a fresh JVM"
                    + " (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--modes", paramLabel = "M", split = ",",
            description = "Configurations: deterministic, hybrid, async-1ms, async-10ms, jfr-1ms, jfr-10ms,"
                    + " reference, or a family: sampling, async, jfr (default: all); for a line target line-exact,"
                    + " line-sampled and the samplers, family line too.")
    List<String> modes;

    @Option(names = "--json", description = "Print the study's figures as JSON, for scripts.")
    boolean json;

    @Mixin
    StudyOptions studyOptions;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "COMMAND", hidden = true,
            description = "After '--': any Java program, as 'java' runs it.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (repeat < 1) throw new UserException("--repeat must be at least 1, got " + repeat);
        studyOptions.check();
        int eq = inject.lastIndexOf('=');
        if (eq <= 0) throw new UserException("--inject must be Class.method=DELAY, got '" + inject + "'");
        String place;
        try {
            place = DelayInjection.checkPlace(inject.substring(0, eq));
        } catch (IllegalArgumentException e) {
            throw new UserException("--inject: " + e.getMessage());
        }
        boolean atLine = place.contains(":");
        String asked = inject.substring(eq + 1).trim();
        Double percent = percent(asked);
        long nanos = percent == null ? nanos(asked) : 0;
        List<Configuration> configs = configurations(atLine);
        List<String> program = programWords();
        ProgramCommand cmd = program == null ? null : parse(program);
        ProfileStore store = storeOptions.store();
        store.checkWritable();
        if (!studyOptions.name.isEmpty()) store.checkNewName(studyOptions.name);
        store.prepareAsync();
        Target target = cmd != null ? cmd.target() : ProfileSession.workloadTarget(workload.toConfig());
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("workbench-accuracy-");
        ProfileSession session = new ProfileSession(store, studyOptions.childTimeout())
                .withStdout(work.resolve("children.out"));
        if (cmd != null) session = session.withProgram(cmd);
        Set<String> seen = new LinkedHashSet<>();
        AccuracyRunner runner = new AccuracyRunner(store, session, line -> progress(err, "workbench: " + line),
                line -> {
                    if (seen.add(line)) progress(err, "workbench: " + line);
                }, Files.createDirectories(work.resolve("files")), cmd);
        List<String> notes = new ArrayList<>();
        if (atLine) notes.add(AccuracyRunner.HITS_LEFT_OUT);
        String function = AccuracyRunner.function(place);
        if (percent != null) {
            AccuracyRunner.Calibrated c = runner.perCall(target, place, percent);
            nanos = c.nanos();
            notes.add(c.note());
            progress(err, "workbench: " + c.note());
        }
        for (String line : runner.jitCost(target, place, function, nanos)) {
            notes.add(line);
            progress(err, "workbench: " + line);
        }
        AccuracyStudy plan = AccuracyRunner.plan(store.newId("accuracy"), studyOptions.name, target, place, asked,
                nanos, configs, repeat, studyOptions.orderSeed, notes);
        progress(err, "workbench: order seed " + studyOptions.orderSeed + ", " + plan.order().size() + " children");
        AccuracyStudy study = Interrupts.saving(() -> runner.run(plan, studyOptions.maxRuns),
                () -> interrupted(runner, store, err));
        Interrupts.deleteQuietly(work);
        study = study.withNotes(new ArrayList<>(seen));
        store.save(study);
        print(study, json, store, spec.commandLine().getOut());
        err.println("workbench: saved study " + study.id() + (study.name().isEmpty() ? "" : " (" + study.name() + ")")
                + (study.finished() ? "" : ", partial"));
        err.flush();
        return 0;
    }

    /**
     * Prints a study as the table, or its figures as JSON.
     *
     * @param study the study
     * @param json  JSON instead of the table
     * @param store the store, for its JSON mapper
     * @param out   where to print
     * @throws IOException when the JSON cannot be written
     */
    static void print(AccuracyStudy study, boolean json, ProfileStore store, PrintWriter out) throws IOException {
        if (!json) {
            AccuracyTable.print(study, out);
            return;
        }
        ObjectMapper mapper = store.json().copy().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(Map.of("study", study.id(), "function", study.function(),
                "place", study.place(), "delayNanos", study.delayNanos(), "rows", AccuracyFigures.of(study).rows())));
        out.flush();
    }

    /** @return {@code +25%}'s 25, {@code null} for an absolute delay */
    private static Double percent(String asked) {
        if (!asked.startsWith("+") || !asked.endsWith("%")) return null;
        try {
            double p = Double.parseDouble(asked.substring(1, asked.length() - 1));
            if (p > 0 && p <= 1000) return p;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UserException("--inject: a relative delay is +P% with P in (0, 1000], got '" + asked + "'");
    }

    private static long nanos(String asked) {
        try {
            return SamplingSettings.parseInterval(asked);
        } catch (IllegalArgumentException e) {
            throw new UserException("--inject: the delay must be a duration (200ns, 2us, 1ms) or +P%, got '" + asked
                    + "'");
        }
    }

    private List<Configuration> configurations(boolean atLine) {
        List<Configuration> all = AccuracyRunner.configurations(atLine);
        if (modes == null) return all;
        List<Configuration> out = new ArrayList<>();
        for (String raw : modes) {
            String n = raw.trim().toLowerCase(Locale.ROOT);
            if (atLine && n.equals(Configuration.LINE_HITS.cliName())) {
                throw new UserException("--modes: " + AccuracyRunner.HITS_LEFT_OUT);
            }
            List<Configuration> match = Configuration.matching(n, all);
            if (match.isEmpty()) {
                throw new UserException("unknown mode '" + raw + "' for --modes" + (atLine ? " with a line target"
                        : "") + " (expected " + String.join(", ", all.stream().map(Configuration::cliName).toList())
                        + ", or sampling, async, jfr" + (atLine ? ", line)" : ")"));
            }
            match.stream().filter(c -> !out.contains(c)).forEach(out::add);
        }
        return all.stream().filter(out::contains).toList();
    }

    /** @return the words after {@code --}, or {@code null} for the workload */
    private List<String> programWords() {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int dash = original.indexOf("--");
        if (dash < 0) {
            if (!command.isEmpty()) {
                throw new UserException("unexpected argument " + command.get(0) + ": the workload takes one N; a"
                        + " program comes after '--'");
            }
            return null;
        }
        return List.copyOf(original.subList(dash + 1, original.size()));
    }

    private static ProgramCommand parse(List<String> words) {
        try {
            return ProgramCommand.parse(words);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** Ctrl-C: the study was saved after its last finished child; say so. */
    private static void interrupted(AccuracyRunner runner, ProfileStore store, PrintWriter err) {
        AccuracyStudy s = runner.current();
        if (s == null || s.runs().isEmpty()) return;
        store.save(s);
        err.println("workbench: interrupted after " + s.runs().size() + " of " + s.order().size()
                + " children; saved partial study " + s.id() + " (workbench stats " + s.id() + ")");
        err.flush();
    }

    private static void progress(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
