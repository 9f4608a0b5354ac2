package workbench.growth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import workbench.model.OverheadStudy.Slot;
import workbench.model.SweepPoint;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import workbench.model.Target;
import workbench.overhead.Configuration;
import workbench.overhead.StudyOrder;
import workbench.session.ChildRun;
import workbench.session.ChildSetup;
import workbench.session.ModeRecorder;
import workbench.session.ProfileSession;
import workbench.session.ProgramCommand;
import workbench.store.ProfileStore;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/**
 * Runs a sweep: each child of the shuffled order in turn, through the profile session as {@code overhead} runs its
 * children, the sweep saved again after every child so that an interrupted sweep keeps what it measured.
 */
public final class SweepRunner {

    private final ProfileStore store;
    private final ProfileSession session;
    private final Consumer<String> progress;
    private final Path work;
    private final List<String> program;
    private SweepStudy sweep;

    /**
     * @param store    where the sweep is saved
     * @param session  how children run; it must pass {@code -Dworkbench.heap=true} for the peak heap
     * @param progress told one line per finished child
     * @param work     a directory for the children's files, emptied as they are read
     */
    public SweepRunner(ProfileStore store, ProfileSession session, Consumer<String> progress, Path work) {
        this(store, session, progress, work, null);
    }

    private SweepRunner(ProfileStore store, ProfileSession session, Consumer<String> progress, Path work,
                        List<String> program) {
        this.store = store;
        this.session = session;
        this.progress = progress;
        this.work = work;
        this.program = program == null ? null : List.copyOf(program);
    }

    /**
     * @param words a program's launch words ({@code -cp DIR Main {n}}), {@link #SIZE} standing for each point's size
     * @return a runner that sweeps that program instead of the workload; its own time is the child's CPU time (user
     *         and system, the JVM's start included), its wall time where that is unknown
     */
    public SweepRunner withProgram(List<String> words) {
        return new SweepRunner(store, session, progress, work, words);
    }

    /** What a program's launch words say where each point's size goes. */
    public static final String SIZE = "{n}";

    /**
     * @param words a program's launch words with {@link #SIZE} in them
     * @param n     a size
     * @return the program at that size, checked as {@code profile --} checks it
     * @throws IllegalArgumentException when the words do not make a program
     */
    public static ProgramCommand program(List<String> words, int n) {
        return program(words, n, 0);
    }

    /** What a program's launch words say where each point's warm-up runs go ({@code sweep --warmup-at}). */
    public static final String WARMUP = "{warmup}";

    /**
     * @param words      a program's launch words with {@link #SIZE} in them, and {@link #WARMUP} for a warm-up
     * @param n          a size
     * @param warmupRuns the point's warm-up runs
     * @return the program at that size and warm-up
     * @throws IllegalArgumentException when the words do not make a program
     */
    public static ProgramCommand program(List<String> words, int n, int warmupRuns) {
        return ProgramCommand.parse(words.stream().map(w -> w.replace(SIZE, Integer.toString(n))
                .replace(WARMUP, Integer.toString(warmupRuns))).toList());
    }

    /**
     * @param plan    the sweep as planned, no runs yet
     * @param maxRuns stop after this many children (a partial sweep), 0 for all
     * @return the sweep
     * @throws IOException when a child fails
     */
    public SweepStudy run(SweepStudy plan, int maxRuns) throws IOException {
        synchronized (this) {
            sweep = plan;
        }
        Map<String, SweepPoint> points = new HashMap<>();
        plan.points().forEach(p -> points.put(p.key(), p));
        List<Slot> order = plan.order();
        int total = maxRuns > 0 ? Math.min(maxRuns, order.size()) : order.size();
        long started = System.nanoTime();
        for (int i = 0; i < total; i++) {
            Slot slot = order.get(i);
            SweepRun run = measure(points.get(slot.config()), slot.run(), plan);
            synchronized (this) {
                sweep = sweep.plus(run);
            }
            store.save(current());
            // time left: the mean child so far times those to come; the shuffle mixes sizes, so it settles quickly
            double left = (System.nanoTime() - started) / 1e9 / (i + 1) * (total - i - 1);
            progress.accept(String.format(Locale.ROOT, "%d/%d %s#%d %.3f s, about %s left", i + 1, order.size(),
                    slot.config(), slot.run(), run.ownNanos() / 1e9, duration(left)));
        }
        return current();
    }

    /** @return the sweep as far as it got */
    public synchronized SweepStudy current() {
        return sweep;
    }

    private SweepRun measure(SweepPoint point, int k, SweepStudy sweep) throws IOException {
        Target base = sweep.base();
        boolean warm = sweep.warmup() > 0 && SweepModes.configuration(point.mode()) == Configuration.DETERMINISTIC;
        int warmupRuns = warm ? warmupRuns(sweep, point) : 0;
        ProgramCommand command = program == null ? null : program(program, point.n(), warmupRuns);
        Target target = command == null ? target(point, base) : command.target();
        ProfileSession session = command == null ? this.session : this.session.withProgram(command);
        Configuration c = SweepModes.configuration(point.mode());
        ChildRun child;
        List<SweepRun.FunctionCost> functions = new ArrayList<>();
        if (c == Configuration.PLAIN) {
            child = session.plain(target, ChildSetup.NONE);
        } else {
            // the deterministic mode's counts leave the warm-up out: its cold first calls bend the small sizes
            ModeRecorder recorder = !warm ? c.recorder(command) : c.recorder(command, warmupRuns,
                    sweep.warmupAt() != null ? sweep.warmupAt()
                            : ProfileSession.workloadRun(Variant.fromCliName(point.variant())));
            if (warm && command == null) target = target(point, base, warmupRuns);
            ProfileSession.Recorded recorded = session.recordChild(recorder, target, "sweep", "",
                    suffix -> work.resolve("child" + suffix));
            child = recorded.child();
            // the exact calls and times per function, for growth per function; the profile itself is not kept
            recorded.profile().data().functionData().ifPresent(data -> {
                for (FunctionStats f : data.merged()) {
                    functions.add(new SweepRun.FunctionCost(f.function(), f.calls(), f.totalNanos()));
                }
            });
            try (var files = Files.list(work)) {
                for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f); // a sweep keeps no profiles
            }
        }
        if (child.exitCode() != 0 || child.timedOut()) {
            throw new IOException("a child " + (child.timedOut() ? "timed out" : "exited with " + child.exitCode())
                    + ": " + String.join(" ", child.command()));
        }
        // a program reports no own time: its CPU time stands for it, which a neighbour's load does not stretch
        long own = command == null || child.cpuNanos() <= 0 ? child.ownNanos() : child.cpuNanos();
        return new SweepRun(point, k, child.wallNanos(), own, child.peakHeapBytes(), functions);
    }

    /** The point's workload: the base's runs, alpha and seed at the point's size, iterations and variant. */
    static Target target(SweepPoint p, Target base) {
        return target(p, base, 0);
    }

    /** {@link #target(SweepPoint, Target)} with warm-up runs before the base's runs. */
    private static Target target(SweepPoint p, Target base, int warmupRuns) {
        Map<String, String> w = base.workload();
        return ProfileSession.workloadTarget(ProfileSession.withWarmup(new WorkloadConfig(p.n(), p.iterations(),
                Integer.parseInt(w.get("runs")), Double.parseDouble(w.get("alpha")), Variant.fromCliName(p.variant()),
                Long.parseLong(w.get("seed")), null), warmupRuns));
    }

    /** The most warm-up runs a child makes, whatever the ratio of the sizes. */
    static final int MAX_WARMUP_RUNS = 1000;

    /**
     * The JIT compiles a method once it has run enough (calls and loop iterations), whatever the size of the runs: a
     * fixed number of warm-up runs would leave the small sizes colder than the large ones, which is the bend the
     * warm-up is there to remove. So every child warms up on the same work: the sweep's warm-up runs at the series'
     * largest point, and as many more at a smaller point as make the same work ({@code runs x largest / work},
     * rounded up, at most {@value #MAX_WARMUP_RUNS}).
     *
     * @param sweep a sweep with a warm-up
     * @param p     a point of it
     * @return the warm-up runs of its children
     */
    public static int warmupRuns(SweepStudy sweep, SweepPoint p) {
        double largest = sweep.points().stream().filter(q -> q.series().equals(p.series()))
                .mapToDouble(SweepPoint::work).max().orElse(p.work());
        double runs = sweep.warmup() * Math.ceil(largest / p.work() - 1e-9);
        return (int) Math.min(MAX_WARMUP_RUNS, runs);
    }

    /**
     * @param id         the sweep's id
     * @param name       its name
     * @param base       the workload of the first point (its runs, alpha and seed hold for all)
     * @param sizes      sizes, ascending
     * @param iterations iterations, ascending
     * @param variants   variants
     * @param modes      modes
     * @param repeat     runs per point
     * @param seed       the order's seed
     * @param notices    what differs from what was asked
     * @return the sweep as planned, no runs yet
     */
    public static SweepStudy plan(String id, String name, WorkloadConfig base, List<Integer> sizes,
                                  List<Integer> iterations, List<String> variants, List<String> modes, int repeat,
                                  long seed, List<String> notices) {
        return plan(id, name, ProfileSession.workloadTarget(base), sizes, iterations, variants, modes, repeat, seed,
                notices);
    }

    /**
     * @param plan   a sweep as planned
     * @param warmup the warm-up runs at the largest point ({@link SweepStudy#warmup})
     * @param at     the method whose calls start a program's runs, {@code null} for the workload
     * @return the plan with that warm-up
     */
    public static SweepStudy withWarmup(SweepStudy plan, int warmup, String at) {
        return new SweepStudy(plan.id(), plan.name(), plan.base(), plan.jvm(), plan.startedAt(), plan.repeat(),
                plan.orderSeed(), plan.sizes(), plan.iterations(), plan.variants(), plan.modes(), plan.order(),
                plan.runs(), plan.notices(), warmup, at);
    }

    /**
     * {@link #plan(String, String, WorkloadConfig, List, List, List, List, int, long, List)} of any target: for a
     * program, its main class and arguments at the first size, one iteration and one variant, its label.
     *
     * @return the sweep as planned, no runs yet
     */
    public static SweepStudy plan(String id, String name, Target base, List<Integer> sizes,
                                  List<Integer> iterations, List<String> variants, List<String> modes, int repeat,
                                  long seed, List<String> notices) {
        SweepStudy empty = new SweepStudy(id, name, base, ProfileSession.jvm(),
                Instant.now().toString(), repeat, seed, sizes, iterations, variants, modes, List.of(), List.of(),
                notices);
        List<String> keys = new ArrayList<>();
        empty.points().forEach(p -> keys.add(p.key()));
        return new SweepStudy(id, name, empty.base(), empty.jvm(), empty.startedAt(), repeat, seed, sizes, iterations,
                variants, modes, StudyOrder.shuffled(keys, repeat, seed), List.of(), notices);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + "s" : s < 3600 ? s / 60 + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s"
                : s / 3600 + "h" + String.format(Locale.ROOT, "%02d", s % 3600 / 60) + "m";
    }
}
