package workbench.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import workbench.session.Jdks;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workbench.model.Profile;
import workbench.model.RunInfo;
import workbench.model.Target;
import workbench.session.ChildCpu;
import workbench.session.ChildRun;
import workbench.session.ChildSetup;
import workbench.session.JfrWithoutEvents;
import workbench.session.ClockProbe;
import workbench.session.ModeRecorder;
import workbench.session.ProfileSession;
import workbench.session.RunLog;
import workbench.store.ProfileStore;
import workbench.workload.WorkloadConfig;

/**
 * What every benchmark section shares: where to print, how often to repeat, and how to measure a child side by
 * side with another (interleaved, so that both see the same machine noise), with medians.
 *
 * <p>Every measurement reads the program's own time from a structured channel, never from its printed output: the
 * workload's run log ({@link RunLog}) for a plain child, the saved run's {@link RunInfo#runNanos()} for a profiled
 * one (started by {@link ProfileSession}, as {@code workbench profile} starts it), and a Python wrapper's own
 * {@code seconds=} line for the Python port, a program of its own.
 */
public final class BenchContext implements AutoCloseable {

    /** A line a Python timing wrapper prints: {@code seconds=0.123}. */
    private static final Pattern SECONDS = Pattern.compile("^seconds=([0-9.eE+-]+)\\s*$");
    /** A profiled child taking longer than this is stopped, and the measurement fails. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** How much of a failed child's output an error message quotes. */
    private static final int TAIL = 2000;

    private final PrintStream out;
    private final int repeats;
    private final Path jar;
    private final Path reference;
    private final Path work;
    private final ProfileStore store;
    private final Set<String> noticesSeen = new HashSet<>();
    private int children;

    /**
     * @param out       where the report goes
     * @param repeats   repeats per measurement (medians are reported)
     * @param jar       the workbench jar (the profiled children's class path and agent)
     * @param reference the shared reference folder ({@code ../shared/reference}), may not exist
     * @throws IOException when the temporary directory (run logs, saved runs) cannot be made
     */
    public BenchContext(PrintStream out, int repeats, Path jar, Path reference) throws IOException {
        this.out = out;
        this.repeats = repeats;
        this.jar = jar;
        this.reference = reference;
        this.work = Files.createTempDirectory("workbench-bench-");
        this.store = new ProfileStore(work.resolve("profiles"));
    }

    /** @return where the report goes */
    public PrintStream out() {
        return out;
    }

    /** @return repeats per measurement */
    public int repeats() {
        return repeats;
    }

    /** @return the workbench jar */
    public Path jar() {
        return jar;
    }

    /** @return a temporary directory of this benchmark, deleted by {@link #close()} */
    public Path workDir() {
        return work;
    }

    /** @return the Python port of the document's program, when the shared folder is there */
    public Optional<Path> pythonScript() {
        Path p = reference.resolve("python").resolve("bootstrap_ci.py");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** @return the {@code python3} on PATH, if any */
    public Optional<String> python() {
        return onPath("python3");
    }

    /** @return whether {@code python3 -c 'import <module>'} works */
    public boolean pythonHas(String module) {
        return python().isPresent() && workbench.overhead.PythonPort.has(python().get(), module);
    }

    /** @return the java executable of this JVM */
    public String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** @return a JDK 25 installed beside the default one (under /usr/lib/jvm), if any */
    public static Optional<Path> jdk25() {
        return Jdks.find(25);
    }

    /** @return the machine's load average ({@code /proc/loadavg}), to print beside timings taken on a shared machine */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** @return a notice consumer for the recorders that prints each distinct notice once, not once per repeat */
    public Consumer<String> notices() {
        return line -> {
            if (noticesSeen.add(line)) printf("%s%n", line);
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Measurements

    /** One thing to time, run once per call. */
    @FunctionalInterface
    public interface Measurement {
        /**
         * @return the run's timing
         * @throws IOException when the measured process fails or reports no time of its own
         */
        Timing measure() throws IOException;
    }

    /**
     * One timed run.
     *
     * @param wallSeconds the child's wall time, start to exit
     * @param ownSeconds  the time the program reports for its own work (the workload's runs, a Python wrapper's
     *                    {@code seconds=}), which leaves JVM and interpreter start-up out; NaN for a command that
     *                    reports none
     * @param cpuSeconds  the child's user + system CPU time, start-up included; NaN where it cannot be read
     * @param clock       the kernel's clock source the times were read with, {@code ""} where unknown
     * @param profile     the saved run of a profiled child, {@code null} for a plain one
     */
    public record Timing(double wallSeconds, double ownSeconds, double cpuSeconds, String clock, Profile profile) {
    }

    /**
     * The workload in a plain child JVM (no profiler), started by {@link ProfileSession#plain} as every child is.
     *
     * @param config     what the workload computes
     * @param jvmOptions extra options for the child, e.g. {@code -Xmx256m}
     * @return the measurement
     */
    public Measurement plain(WorkloadConfig config, List<String> jvmOptions) {
        return child(config, jvmOptions, ChildSetup.NONE);
    }

    /**
     * As {@link #plain(WorkloadConfig, List)}, on another JDK.
     *
     * @param javaHome the JDK the child runs on
     */
    public Measurement plainOn(Path javaHome, WorkloadConfig config, List<String> jvmOptions) {
        return child(javaHome, config, jvmOptions, ChildSetup.NONE);
    }

    /**
     * The workload in a child JVM with options that record nothing to read (e.g. {@link JfrWithoutEvents}), its own
     * time read back from the run log.
     *
     * @param config     what the workload computes
     * @param jvmOptions extra options for the child
     * @param setup      what the child gets besides the workload
     * @return the measurement
     */
    public Measurement child(WorkloadConfig config, List<String> jvmOptions, ChildSetup setup) {
        return child(null, config, jvmOptions, setup);
    }

    private Measurement child(Path javaHome, WorkloadConfig config, List<String> jvmOptions, ChildSetup setup) {
        return () -> {
            double cpu = ChildCpu.seconds();
            ChildRun run = session(javaHome, jvmOptions).withStdout(childOutput())
                    .plain(ProfileSession.workloadTarget(config), setup);
            cpu = ChildCpu.seconds() - cpu;
            if (run.exitCode() != 0 || run.timedOut()) {
                throw new IOException((run.timedOut() ? "timed out after " + TIMEOUT : "exit " + run.exitCode())
                        + "\ncommand: " + String.join(" ", run.command()));
            }
            checkRuns(run.runNanos(), config, run.command());
            return new Timing(run.wallNanos() / 1e9, run.ownNanos() / 1e9, cpu, run.clock().source(), null);
        };
    }

    /**
     * The workload under a profiler, started by {@link ProfileSession} exactly as {@code workbench profile} starts
     * it; its own time is the saved run's {@link RunInfo#runNanos()}.
     *
     * @param config   what the workload computes
     * @param recorder makes the mode's recorder, a fresh one per run (a recorder keeps what it configured)
     * @return the measurement; its timings carry the saved profile
     */
    public Measurement profiled(WorkloadConfig config, Supplier<? extends ModeRecorder> recorder) {
        return profiledOn(null, config, recorder);
    }

    /**
     * As {@link #profiled(WorkloadConfig, Supplier)}, on another JDK.
     *
     * @param javaHome the JDK the child runs on, {@code null} for this JVM's
     */
    public Measurement profiledOn(Path javaHome, WorkloadConfig config, Supplier<? extends ModeRecorder> recorder) {
        return () -> {
            Timing t = profile(javaHome, recorder.get(), ProfileSession.workloadTarget(config), List.of(), List.of());
            checkRuns(t.profile().run().runNanos(), config, t.profile().run().command());
            return t;
        };
    }

    /**
     * Runs any target from the workbench jar through a {@link ProfileSession}, saved to this benchmark's temporary
     * store (and deleted from it again: the returned profile is all that is kept).
     *
     * @param recorder     the mode
     * @param target       the program
     * @param extraJvmArgs options for the child JVM
     * @return the timing, with the profile; own time as {@link RunInfo#ownNanos()} (the wall time for a program
     *         that reports none)
     * @throws IOException when the child fails, times out or leaves nothing to read
     */
    public Timing profile(ModeRecorder recorder, Target target, List<String> extraJvmArgs) throws IOException {
        return profile(recorder, target, extraJvmArgs, List.of());
    }

    /**
     * As {@link #profile(ModeRecorder, Target, List)}, for a target that needs more on its class path than the jar
     * (a benchmark's own target class). The child's standard output goes to {@link #childOutput()}, apart from the
     * figures.
     */
    public Timing profile(ModeRecorder recorder, Target target, List<String> extraJvmArgs, List<Path> classPath)
            throws IOException {
        return profile(null, recorder, target, extraJvmArgs, classPath);
    }

    private Timing profile(Path javaHome, ModeRecorder recorder, Target target, List<String> extraJvmArgs,
                           List<Path> classPath) throws IOException {
        double cpu = ChildCpu.seconds();
        Profile p = session(javaHome, extraJvmArgs).withClassPath(classPath)
                .withStdout(childOutput()).run(recorder, target, "");
        cpu = ChildCpu.seconds() - cpu;
        forget(p.run().id());
        RunInfo run = p.run();
        if (run.exitCode() != 0 || run.timedOut()) {
            throw new IOException((run.timedOut() ? "timed out after " + TIMEOUT : "exit " + run.exitCode())
                    + "\ncommand: " + String.join(" ", run.command()));
        }
        return new Timing(run.wallNanos() / 1e9, run.ownNanos() / 1e9, cpu, run.clock().source(), p);
    }

    /** @return a session of this benchmark's store, its children on the given JDK ({@code null}: this JVM's) */
    private ProfileSession session(Path javaHome, List<String> jvmOptions) {
        ProfileSession session = new ProfileSession(store, TIMEOUT, jvmOptions);
        return javaHome == null ? session : session.withJava(javaHome);
    }

    /**
     * The Python port: its own time is the {@code seconds=} line its wrapper prints ({@link PythonPort}).
     *
     * @param command the command
     * @return the measurement
     */
    public Measurement python(List<String> command) {
        return () -> {
            String clock = ClockProbe.clockSource();
            Finished f = run(command);
            Double seconds = null;
            for (String line : f.stdout.split("\n")) {
                Matcher m = SECONDS.matcher(line);
                if (m.matches()) seconds = Double.parseDouble(m.group(1));
            }
            if (seconds == null) {
                throw new IOException("no seconds= line from " + String.join(" ", command) + "\n" + tail(f.stdout));
            }
            return new Timing(f.wallSeconds, seconds, f.cpuSeconds, clock, null);
        };
    }

    /**
     * Any command, for its wall time only.
     *
     * @param command the command
     * @return the measurement (own time NaN)
     */
    public Measurement command(List<String> command) {
        return () -> {
            String clock = ClockProbe.clockSource();
            Finished f = run(command);
            return new Timing(f.wallSeconds, Double.NaN, f.cpuSeconds, clock, null);
        };
    }

    /**
     * Runs each measurement {@link #repeats()} times, interleaved (each round runs every measurement once), and
     * collects the timings. The order within a round is shuffled (seeded by the round, so reproducible): a fixed order
     * would give each measurement the same neighbour every time, and a heavy child (the timed trace's seconds of work
     * on both cores) would leave the same one to follow it in every round.
     *
     * @param measurements label to measurement
     * @return label to timings, in the order given
     */
    public Map<String, List<Timing>> interleave(Map<String, Measurement> measurements) throws IOException {
        return interleave(measurements, repeats);
    }

    /** As {@link #interleave(Map)} with an explicit number of repeats. */
    public Map<String, List<Timing>> interleave(Map<String, Measurement> measurements, int times)
            throws IOException {
        Map<String, List<Timing>> result = new LinkedHashMap<>();
        measurements.keySet().forEach(k -> result.put(k, new ArrayList<>()));
        List<String> order = new ArrayList<>(measurements.keySet());
        for (int r = 0; r < times; r++) {
            java.util.Collections.shuffle(order, new java.util.Random(r));
            for (String key : order) result.get(key).add(measurements.get(key).measure());
        }
        return result;
    }

    /** @return where profiled children's standard output goes (their "run k: ..." lines), apart from the report */
    public Path childOutput() {
        return work.resolve("children.out");
    }

    /** How a plain child ended. */
    private record Finished(double wallSeconds, double cpuSeconds, String stdout) {
    }

    /**
     * Runs one command to its end, its standard output kept (for a Python wrapper's line and error messages) and its
     * standard error in a file (for error messages).
     */
    private Finished run(List<String> command) throws IOException {
        int k = ++children;
        Path stdout = work.resolve("child-" + k + ".out");
        Path stderr = work.resolve("child-" + k + ".err");
        try {
            double cpu = ChildCpu.seconds();
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start();
            int exit;
            try {
                exit = p.waitFor();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            cpu = ChildCpu.seconds() - cpu;
            String output = Files.readString(stdout, StandardCharsets.UTF_8);
            if (exit != 0) {
                String errors = Files.readString(stderr, StandardCharsets.UTF_8);
                throw new IOException("exit " + exit + firstError(errors) + "\ncommand: " + String.join(" ", command)
                        + "\n" + tail(output) + tail(errors));
            }
            return new Finished(wall, cpu, output);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** @return {@code " (java.lang.OutOfMemoryError: ...)"}: the first line of the error output naming an error */
    private static String firstError(String errors) {
        return errors.lines().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst()
                .map(l -> " (" + l.replaceFirst("^Exception in thread \"[^\"]*\" ", "").trim() + ")").orElse("");
    }

    private static String tail(String text) {
        return text.length() <= TAIL ? text : "..." + text.substring(text.length() - TAIL);
    }

    /** The workload reports one time per run: anything else means the run log did not work. */
    private static void checkRuns(List<Long> runs, WorkloadConfig config, List<String> command) throws IOException {
        if (runs.size() != config.runs()) {
            throw new IOException("the workload reported " + runs.size() + " run times instead of " + config.runs()
                    + " (run log, -D" + RunLog.PROPERTY + "): " + String.join(" ", command));
        }
    }

    private static double sumSeconds(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    /** Deletes a saved run's files from the temporary store: its JSON and the files beside it (a {@code .jfr}). */
    private void forget(String id) throws IOException {
        if (!Files.isDirectory(store.dir())) return;
        try (Stream<Path> files = Files.list(store.dir())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith(id + ".")) Files.deleteIfExists(f);
            }
        }
    }

    /** Deletes the temporary directory: run logs, the store and whatever a section left there. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Figures

    /** @return the median of the programs' own times */
    public static double medianOwn(List<Timing> timings) {
        return median(timings.stream().mapToDouble(Timing::ownSeconds).toArray());
    }

    /** @return the median of the wall times */
    public static double medianWall(List<Timing> timings) {
        return median(timings.stream().mapToDouble(Timing::wallSeconds).toArray());
    }

    /** @return the median of the CPU times, NaN when any is unknown */
    public static double medianCpu(List<Timing> timings) {
        return median(timings.stream().mapToDouble(Timing::cpuSeconds).toArray());
    }

    /** @return the median (mean of the middle two for an even count); NaN for none, or when any value is NaN */
    public static double median(double[] values) {
        if (values.length == 0 || Arrays.stream(values).anyMatch(Double::isNaN)) return Double.NaN;
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /**
     * @param timings the timings of one table
     * @return the clock source(s) they were read with: {@code tsc}, or {@code tsc, hpet (changed between runs)}
     */
    public static String clock(Collection<List<Timing>> timings) {
        Set<String> sources = new LinkedHashSet<>();
        timings.forEach(list -> list.forEach(t -> sources.add(t.clock().isEmpty() ? "unknown" : t.clock())));
        if (sources.isEmpty()) {
            String now = ClockProbe.clockSource();
            return now.isEmpty() ? "unknown" : now;
        }
        return String.join(", ", sources) + (sources.size() > 1 ? " (changed between runs)" : "");
    }

    /** Prints a formatted line (Locale.ROOT, so decimal points are points). */
    public void printf(String format, Object... args) {
        out.printf(Locale.ROOT, format, args);
        out.flush();
    }

    private static Optional<String> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return Optional.of(p.toString());
        }
        return Optional.empty();
    }
}
