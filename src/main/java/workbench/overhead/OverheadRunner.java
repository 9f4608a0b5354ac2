package workbench.overhead;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import workbench.model.LineData;
import workbench.model.OverheadRun;
import workbench.model.OverheadStudy;
import workbench.model.OverheadStudy.Slot;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.model.Target;
import workbench.session.ChildRun;
import workbench.session.ChildSetup;
import workbench.session.JfrWithoutEvents;
import workbench.session.LineSampleTimes;
import workbench.session.ProfileSession;
import workbench.store.ProfileStore;

/**
 * Runs an overhead study: each child of the shuffled order in turn, through the profile session as
 * {@code profile} runs it, the study saved again after every child, so that an interrupted study keeps what it
 * measured.
 */
public final class OverheadRunner {

    /** Functions kept per run: the tail below them holds well under 1 % of the time and would only bloat the file. */
    private static final int KEPT_FUNCTIONS = 40;

    private final ProfileStore store;
    private final ProfileSession session;
    private final Consumer<String> progress;
    private final Consumer<String> notice;
    private final Path work;
    private OverheadStudy study;
    /** The reference's samples by run: its lines need a line run's hits, which may come later in the order. */
    private final Map<Integer, SampleData> referenceSamples = new LinkedHashMap<>();
    private LineData lineHits;

    /**
     * @param store    where the study is saved
     * @param session  how children run
     * @param progress told one line per finished child
     * @param notice   told what differs from what was asked (an engine standing in), one line each
     * @param work     a directory for the children's files, emptied as they are read
     */
    public OverheadRunner(ProfileStore store, ProfileSession session, Consumer<String> progress,
                          Consumer<String> notice, Path work) {
        this.store = store;
        this.session = session;
        this.progress = progress;
        this.notice = notice;
        this.work = work;
    }

    /**
     * What the study's Python rows need.
     *
     * @param python       the python3 executable
     * @param script       {@code bootstrap_ci.py}
     * @param lineProfiler whether that python has line_profiler
     */
    public record Python(String python, Path script, boolean lineProfiler) {
    }

    /**
     * Runs the study, child by child, saving it after each.
     *
     * @param plan    the study as planned: id, target, configurations and order, no runs yet
     * @param python  the Python port's rows, {@code null} for none
     * @param maxRuns stop after this many children (a partial study), 0 for all
     * @return the study
     * @throws IOException when a child fails
     */
    public OverheadStudy run(OverheadStudy plan, Python python, int maxRuns) throws IOException {
        synchronized (this) {
            study = plan;
        }
        List<Slot> order = plan.order();
        int total = maxRuns > 0 ? Math.min(maxRuns, order.size()) : order.size();
        for (int i = 0; i < total; i++) {
            Slot slot = order.get(i);
            OverheadRun run = measure(Configuration.ofLabel(slot.config()), slot.run(), plan.target(), python);
            synchronized (this) {
                study = study.plus(List.of(run));
            }
            store.save(current());
            progress.accept((i + 1) + "/" + order.size() + " " + slot.config());
        }
        return current();
    }

    /** @return the study as far as it got, the reference's lines filled in from the line runs so far */
    public synchronized OverheadStudy current() {
        if (study == null || lineHits == null) return study;
        List<OverheadRun> runs = new ArrayList<>();
        for (OverheadRun r : study.runs()) {
            SampleData s = r.config().equals(Configuration.REFERENCE.label()) ? referenceSamples.get(r.run()) : null;
            runs.add(s == null ? r : r.withLines(ProfileShares.lines(LineSampleTimes.combine(lineHits, s))));
        }
        return new OverheadStudy(study.id(), study.name(), study.target(), study.jvm(), study.startedAt(),
                study.repeat(), study.orderSeed(), study.configs(), study.order(), runs, study.notices());
    }

    private OverheadRun measure(Configuration c, int k, Target target, Python python) throws IOException {
        if (c.python()) return python(c, k, target, python);
        if (c == Configuration.PLAIN || c == Configuration.JFR_OFF) {
            ChildRun run = session.plain(target, c == Configuration.PLAIN ? ChildSetup.NONE : new JfrWithoutEvents());
            check(run.exitCode(), run.timedOut(), run.command());
            double cpu = run.cpuNanos() < 0 ? Double.NaN : run.cpuNanos() / 1e9;
            return new OverheadRun(c.label(), k, run.wallNanos(), run.ownNanos(), cpu, 0, Map.of(), Map.of());
        }
        Profile p = session.record(c.recorder(), target, "overhead", "", suffix -> work.resolve("child" + suffix));
        double cpu = p.run().cpuKnown() ? p.run().cpuNanos() / 1e9 : Double.NaN; // as ChildJvm read it
        check(p.run().exitCode(), p.run().timedOut(), p.run().command());
        try (var files = Files.list(work)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f); // the kept .jfr: not kept here
        }
        p.run().notices().forEach(notice);
        ProfileData data = p.data();
        synchronized (this) {
            if (c == Configuration.REFERENCE) data.sampleData().ifPresent(s -> referenceSamples.put(k, s));
            if (lineHits == null) lineHits = data.lineData().orElse(null);
        }
        return new OverheadRun(c.label(), k, p.run().wallNanos(), p.run().ownNanos(), cpu, data.eventCount(),
                c.shares().functions() ? top(ProfileShares.functions(data)) : Map.of(),
                c.shares().lines() ? ProfileShares.lines(data) : Map.of());
    }

    private OverheadRun python(Configuration c, int k, Target target, Python python) throws IOException {
        Map<String, String> w = target.workload();
        String profiler = switch (c) {
            case PYTHON_CPROFILE -> "cProfile";
            case PYTHON_LINE_PROFILER -> PythonPort.LINE_PROFILER;
            default -> null;
        };
        PythonPort.Timing t = PythonPort.run(PythonPort.command(python.python(), python.script(),
                Integer.parseInt(w.get("n")), "random", Integer.parseInt(w.get("iterations")),
                Integer.parseInt(w.get("runs")), profiler), work);
        return new OverheadRun(c.label(), k, t.wallNanos(), t.ownNanos(), t.cpuSeconds(), 0, Map.of(), Map.of());
    }

    private static Map<String, Double> top(Map<String, Double> shares) {
        Map<String, Double> out = new LinkedHashMap<>();
        shares.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(KEPT_FUNCTIONS)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static void check(int exitCode, boolean timedOut, List<String> command) throws IOException {
        if (exitCode != 0 || timedOut) {
            throw new IOException("a child " + (timedOut ? "timed out" : "exited with " + exitCode) + ": "
                    + String.join(" ", command));
        }
    }

    /**
     * @param id      the study's id
     * @param name    its name
     * @param target  the workload
     * @param configs the configurations, in the table's order
     * @param repeat  runs per configuration
     * @param seed    the order's seed
     * @param notices what differs from what was asked
     * @return the study as planned, no runs yet
     */
    public static OverheadStudy plan(String id, String name, Target target, List<Configuration> configs, int repeat,
                                     long seed, List<String> notices) {
        List<String> labels = configs.stream().map(Configuration::label).toList();
        return new OverheadStudy(id, name, target, ProfileSession.jvm(), Instant.now().toString(), repeat, seed,
                labels, StudyOrder.shuffled(labels, repeat, seed), List.of(), notices);
    }
}
