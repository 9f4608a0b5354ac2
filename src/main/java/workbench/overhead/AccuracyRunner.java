package workbench.overhead;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import workbench.model.AccuracyRun;
import workbench.model.AccuracyStudy;
import workbench.model.DelayTruth;
import workbench.model.FunctionData;
import workbench.model.Frame;
import workbench.model.FunctionStats;
import workbench.model.LineData;
import workbench.model.OverheadStudy.Slot;
import workbench.model.Profile;
import workbench.model.Target;
import workbench.session.DelayInjection;
import workbench.session.ProfileSession;
import workbench.session.ProgramCommand;
import workbench.store.ProfileStore;

/**
 * Runs an accuracy study: each child of the shuffled order in turn, with or without the injected delay, through the
 * profile session as {@code overhead} runs its children, the study saved again after every child so that an
 * interrupted study keeps what it measured.
 */
public final class AccuracyRunner {

    /** The configurations that tell each function's own time: the deterministic modes and the samplers. */
    public static final List<Configuration> CONFIGURATIONS = List.of(Configuration.DETERMINISTIC,
            Configuration.HYBRID, Configuration.ASYNC_1MS, Configuration.ASYNC_10MS, Configuration.JFR_1MS,
            Configuration.JFR_10MS, Configuration.REFERENCE);

    /**
     * A line target's configurations: the line modes that time lines (exact, and hybrid: {@code --timing sampled})
     * and the samplers read by line ({@code sampling --by line}); the line mode's hit counts, not timed, are left out
     * ({@link #HITS_LEFT_OUT}).
     */
    public static final List<Configuration> LINE_CONFIGURATIONS = List.of(Configuration.LINE_EXACT,
            Configuration.LINE_SAMPLED, Configuration.ASYNC_1MS, Configuration.ASYNC_10MS, Configuration.JFR_1MS,
            Configuration.JFR_10MS, Configuration.REFERENCE);

    /** Why a line study has no row of {@code line --timing hits}: a note of the study. */
    public static final String HITS_LEFT_OUT = "line hits left out: --timing hits counts line starts without a clock,"
            + " so it puts no time on any line";

    /**
     * @param atLine whether the delay is at a line
     * @return the configurations a study of that target runs
     */
    public static List<Configuration> configurations(boolean atLine) {
        return atLine ? LINE_CONFIGURATIONS : CONFIGURATIONS;
    }

    private final ProfileStore store;
    private final ProfileSession session;
    private final Consumer<String> progress;
    private final Consumer<String> notice;
    private final Path work;
    private final ProgramCommand program;
    private AccuracyStudy study;

    /**
     * @param store    where the study is saved
     * @param session  how children run (without the delay; the runner adds it)
     * @param progress told one line per finished child
     * @param notice   told what differs from what was asked, one line each
     * @param work     a directory for the children's files, emptied as they are read
     * @param program  the program after {@code --} the session runs, {@code null} for the workload
     */
    public AccuracyRunner(ProfileStore store, ProfileSession session, Consumer<String> progress,
                          Consumer<String> notice, Path work, ProgramCommand program) {
        this.program = program;
        this.store = store;
        this.session = session;
        this.progress = progress;
        this.notice = notice;
        this.work = work;
    }

    /**
     * The first, exact run of a relative delay ({@code +25%}): the deterministic mode, no delay, gives the function's
     * own time and calls; for a line target the line mode ({@code --timing exact}) gives the line's time and hits.
     *
     * @param target   the program
     * @param place    where the delay goes ({@code Class.method} or {@code Class.method:LINE})
     * @param percent  the delay as a share of the function's own time (the line's time), in percent
     * @return the delay per call in nanoseconds, and the line that says how it was found
     * @throws IOException when the child fails or never calls the function (never runs the line)
     */
    public Calibrated perCall(Target target, String place, double percent) throws IOException {
        String function = function(place);
        boolean atLine = place.contains(":");
        Configuration exact = atLine ? Configuration.LINE_EXACT : Configuration.DETERMINISTIC;
        Profile p = session.record(exact.recorder(program, lineFunctions(place)), target, "accuracy", "",
                suffix -> work.resolve("calibration" + suffix));
        clean();
        String judged = atLine ? OwnTimes.lineKey(function, line(place)) : function;
        Map<String, Double> own = OwnTimes.of(p.data(), atLine ? function : null);
        long calls = atLine ? hits(p, function, line(place)) : calls(p, function);
        if (calls == 0) throw new IOException("the exact run never ran " + judged + ": nothing to delay");
        double nanosOwn = own.getOrDefault(judged, 0.0);
        long nanos = Math.max(1, Math.round(nanosOwn * percent / 100 / calls));
        return new Calibrated(nanos, String.format(java.util.Locale.ROOT, "+%s%% of %s's own time: the exact run gave"
                + " %.1f ms in %d %s, so %d ns per %s", AccuracyTable.number(percent), judged, nanosOwn / 1e6,
                calls, atLine ? "hits" : "calls", nanos, atLine ? "hit" : "call"));
    }

    private static long calls(Profile p, String function) {
        long calls = 0;
        for (FunctionStats s : p.data().functionData().map(FunctionData::merged).orElse(List.of())) {
            if (ProfileShares.name(s.function()).equals(function)) calls += s.calls();
        }
        return calls;
    }

    private static long hits(Profile p, String function, int line) {
        long hits = 0;
        for (LineData.FunctionLines f : p.data().lineData().map(LineData::functions).orElse(List.of())) {
            if (!ProfileShares.name(new Frame(f.method(), f.source(), Frame.Kind.JAVA)).equals(function)) continue;
            for (LineData.LineStats s : f.lines()) if (s.line() == line) hits += s.hits();
        }
        return hits;
    }

    /**
     * What the injected call changes in the JIT's treatment of the method: its compiled size and inlining, with the
     * delay and without, in a child without a profiler each.
     *
     * @param target   the program
     * @param place    where the delay goes
     * @param function the function, as profiles name it
     * @param nanos    the delay per call
     * @return one line each, for the study's notes
     * @throws IOException when a child cannot run
     */
    public List<String> jitCost(Target target, String place, String function, long nanos) throws IOException {
        ProfileSession injected = session.withJvmArgs(DelayInjection.jvmArgs(place, nanos,
                work.resolve("delay.properties")));
        List<String> lines = InjectionCost.measure(session, injected, target, function, work);
        Files.deleteIfExists(work.resolve("delay.properties"));
        return lines;
    }

    /**
     * A relative delay made absolute.
     *
     * @param nanos the delay per call
     * @param note  how it was found, for the study's notes
     */
    public record Calibrated(long nanos, String note) {
    }

    /**
     * Runs the study, child by child, saving it after each.
     *
     * @param plan    the study as planned: no runs yet
     * @param maxRuns stop after this many children (a partial study), 0 for all
     * @return the study
     * @throws IOException when a child fails
     */
    public AccuracyStudy run(AccuracyStudy plan, int maxRuns) throws IOException {
        synchronized (this) {
            study = plan;
        }
        Path record = work.resolve("delay.properties");
        ProfileSession injected = session.withJvmArgs(DelayInjection.jvmArgs(plan.place(), plan.delayNanos(),
                record));
        int total = maxRuns > 0 ? Math.min(maxRuns, plan.order().size()) : plan.order().size();
        for (int i = 0; i < total; i++) {
            Slot slot = plan.order().get(i);
            boolean with = plan.injected(slot);
            Configuration c = Configuration.ofLabel(slot.config());
            Files.deleteIfExists(record);
            Profile p = (with ? injected : session).record(c.recorder(program, lineFunctions(plan.place())),
                    plan.target(), "accuracy", "", suffix -> work.resolve("child" + suffix));
            if (p.run().exitCode() != 0 || p.run().timedOut()) {
                throw new IOException("a child " + (p.run().timedOut() ? "timed out" : "exited with "
                        + p.run().exitCode()) + ": " + String.join(" ", p.run().command()));
            }
            DelayTruth truth = with ? DelayInjection.read(record) : new DelayTruth("", 0, 0, 0);
            if (with && truth.calls() == 0) {
                throw new IOException("the delay in " + plan.place() + " never ran: the program does not call it");
            }
            clean();
            p.run().notices().forEach(notice);
            AccuracyRun run = new AccuracyRun(c.label(), with ? slot.run() - plan.repeat() : slot.run(), with,
                    p.run().ownNanos(), truth.calls(), truth.nanos(), truth.wallNanos(),
                    OwnTimes.of(p.data(), plan.atLine() ? plan.function() : null), p.run().wallNanos());
            Map<String, String> relations = OwnTimes.relations(p.data(), plan.function());
            synchronized (this) {
                study = study.plus(run, relations);
            }
            store.save(current());
            progress.accept((i + 1) + "/" + plan.order().size() + " " + slot.config() + (with ? " +delay" : ""));
        }
        return current();
    }

    /** @return the study as far as it got */
    public synchronized AccuracyStudy current() {
        return study;
    }

    /** The children's kept files (a recording) are not kept by a study. */
    private void clean() throws IOException {
        try (var files = Files.list(work)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals("delay.properties")) Files.deleteIfExists(f);
            }
        }
    }

    /**
     * @param id         the study's id
     * @param name       its name
     * @param target     the program
     * @param place      where the delay goes ({@code Class.method})
     * @param asked      the delay as asked
     * @param delayNanos the delay per call
     * @param configs    the configurations
     * @param repeat     runs per configuration and side
     * @param seed       the order's seed
     * @param notes      what the study measured before its children, one line each
     * @return the study as planned, no runs yet
     */
    public static AccuracyStudy plan(String id, String name, Target target, String place, String asked,
                                     long delayNanos, List<Configuration> configs, int repeat, long seed,
                                     List<String> notes) {
        List<String> labels = configs.stream().map(Configuration::label).toList();
        return new AccuracyStudy(id, name, target, ProfileSession.jvm(), Instant.now().toString(), function(place),
                place, asked, delayNanos, repeat, seed, labels, StudyOrder.shuffled(labels, 2 * repeat, seed),
                List.of(), Map.of(), new ArrayList<>(notes));
    }

    /**
     * @param place where the delay goes
     * @return for a line target, the line mode's function pattern: its method ({@code Class.method}); else none
     */
    static List<String> lineFunctions(String place) {
        return place.contains(":") ? List.of(place.substring(0, place.lastIndexOf(':'))) : List.of();
    }

    /**
     * @param place {@code Class.method:LINE}
     * @return the line
     */
    private static int line(String place) {
        return Integer.parseInt(place.substring(place.lastIndexOf(':') + 1));
    }

    /**
     * @param place {@code pkg.Class.method} or {@code Class.method[:LINE]}
     * @return the function as profiles name it: {@code Class.method}
     */
    public static String function(String place) {
        String p = place.contains(":") ? place.substring(0, place.lastIndexOf(':')) : place;
        int dot = p.lastIndexOf('.');
        String cls = p.substring(0, dot);
        String simple = cls.substring(cls.lastIndexOf('.') + 1).replace('$', '.');
        return simple + "." + p.substring(dot + 1);
    }
}
