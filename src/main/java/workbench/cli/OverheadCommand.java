package workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbench.model.OverheadStudy;
import workbench.model.Target;
import workbench.overhead.Configuration;
import workbench.overhead.OverheadRunner;
import workbench.overhead.OverheadTable;
import workbench.overhead.PythonPort;
import workbench.session.ProfileSession;
import workbench.store.ProfileStore;
import workbench.workload.WorkloadConfig;

/** {@code workbench overhead N}: what each profiler costs on the workload and how it bends what it shows. */
@Command(name = "overhead", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the workload K times plain and under each profiler, every run in a fresh child JVM with"
                + " the same seed, all interleaved in one shuffled order; print each configuration's median own time,"
                + " slowdown against plain with its 95%% interval, start-up, CPU time and cost per event, each mode's"
                + " function and line shares beside the reference's (async-profiler at 10 ms with C1 only) with"
                + " Kendall's tau and top-5 overlap, and a summary computed from the figures. Saved like any run:"
                + " stats ID prints it again.",
            "Ctrl-C stops it: the study is saved after every child, so what was measured is kept (stats prints it)."})
public final class OverheadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "5",
            description = "Runs per configuration, each in a fresh JVM (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--modes", paramLabel = "M", split = ",",
            description = "Configurations besides plain and the reference (always run): deterministic, hybrid"
                    + " (deterministic --timing sampled: exact calls, times from async-profiler at 1 ms), async-1ms,"
                    + " async-10ms, jfr-1ms, jfr-10ms, jfr-off, line-hits, line-exact, line-sampled, or a family:"
                    + " sampling, async, jfr, line (default: all).")
    List<String> modes;


    @Option(names = "--python", description = "Also time the shared Python port plain, under cProfile and under"
            + " line_profiler (when python3 has it), with the same n.")
    boolean python;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "The shared reference folder with python/bootstrap_ci.py (default: ../shared/reference, then"
                    + " the launcher's repository's).")
    Path reference;



    @Mixin
    StudyOptions studyOptions;

    @Override
    public Integer call() throws IOException {
        WorkloadConfig config = workload.toConfig();
        if (repeat < 1) throw new UserException("--repeat must be at least 1, got " + repeat);
        studyOptions.check();
        List<Configuration> configs;
        try {
            configs = new ArrayList<>(Configuration.parse(modes == null ? List.of("deterministic", "hybrid",
                    "sampling", "jfr-off", "line") : modes));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        List<String> notices = new ArrayList<>();
        OverheadRunner.Python py = python ? python(notices, configs) : null;
        ProfileStore store = storeOptions.store();
        store.checkWritable();
        if (!studyOptions.name.isEmpty()) store.checkNewName(studyOptions.name);
        store.prepareAsync();
        Target target = ProfileSession.workloadTarget(config);
        OverheadStudy plan = OverheadRunner.plan(store.newId("overhead"), studyOptions.name, target, configs, repeat,
                studyOptions.orderSeed, notices);
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("workbench-overhead-");
        Path stdout = work.resolve("children.out");
        ProfileSession session = new ProfileSession(store, studyOptions.childTimeout())
                .withStdout(stdout);
        Set<String> seen = new LinkedHashSet<>();
        OverheadRunner runner = new OverheadRunner(store, session, line -> progress(err, "workbench: " + line),
                line -> {
                    if (seen.add(line)) progress(err, "workbench: " + line);
                }, Files.createDirectories(work.resolve("files")));
        OverheadStudy study = Interrupts.saving(() -> runner.run(plan, py, studyOptions.maxRuns),
                () -> interrupted(runner, store, err));
        Interrupts.deleteQuietly(work);
        study = withSeenNotices(study, seen);
        store.save(study);
        OverheadTable.print(study, spec.commandLine().getOut());
        err.println("workbench: saved study " + study.id() + (study.name().isEmpty() ? "" : " (" + study.name() + ")")
                + (study.finished() ? "" : ", partial"));
        err.flush();
        return 0;
    }

    /** The engine notices the children gave, kept in the study so that stats prints them too. */
    private static OverheadStudy withSeenNotices(OverheadStudy s, Set<String> seen) {
        List<String> all = new ArrayList<>(s.notices());
        seen.stream().filter(n -> !all.contains(n)).forEach(all::add);
        return new OverheadStudy(s.id(), s.name(), s.target(), s.jvm(), s.startedAt(), s.repeat(), s.orderSeed(),
                s.configs(), s.order(), s.runs(), all);
    }

    /** Ctrl-C: the study was saved after its last finished child; say so, with the partial table. */
    private static void interrupted(OverheadRunner runner, ProfileStore store, PrintWriter err) {
        OverheadStudy s = runner.current();
        if (s == null || s.runs().isEmpty()) return;
        store.save(s);
        err.println("workbench: interrupted after " + s.runs().size() + " of " + s.order().size()
                + " children; saved partial study " + s.id() + " (workbench stats " + s.id() + ")");
        err.flush();
    }

    private OverheadRunner.Python python(List<String> notices, List<Configuration> configs) {
        Path script = referenceDir().resolve("python").resolve("bootstrap_ci.py");
        if (!Files.isRegularFile(script)) {
            throw new UserException("--python: no " + script + " (give --reference DIR, the shared reference folder)");
        }
        String exe = onPath("python3");
        if (exe == null) {
            notices.add("--python: no python3 on PATH; Python rows left out");
            return null;
        }
        if (!PythonPort.has(exe, "line_profiler") && PythonPort.has("/usr/bin/python3", "line_profiler")) {
            exe = "/usr/bin/python3"; // Debian's python3-line-profiler: all three Python rows on one interpreter
        }
        boolean lp = PythonPort.has(exe, "line_profiler");
        configs.add(Configuration.PYTHON_PLAIN);
        configs.add(Configuration.PYTHON_CPROFILE);
        if (lp) configs.add(Configuration.PYTHON_LINE_PROFILER);
        else notices.add("line_profiler not importable by " + exe + " (Debian: python3-line-profiler): its row left out");
        return new OverheadRunner.Python(exe, script, lp);
    }

    private Path referenceDir() {
        if (reference != null) return reference;
        Path local = Path.of("..", "shared", "reference");
        if (Files.isDirectory(local)) return local;
        String profiles = System.getProperty(StoreOptions.PROPERTY);
        if (profiles != null) { // the launcher's repository: <repo>/profiles, its reference beside the repo
            Path repo = Path.of(profiles).toAbsolutePath().getParent();
            if (repo != null && repo.getParent() != null) return repo.getParent().resolve("shared").resolve("reference");
        }
        return local;
    }

    private static String onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    private static void progress(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
