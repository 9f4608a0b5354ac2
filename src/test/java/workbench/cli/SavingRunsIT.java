package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbench.model.RunSet;
import workbench.store.ProfileStore;

/**
 * Issue 27, what the driver guarantees (docs/saving-runs.md): profiles started at once each keep their own run; the
 * workbench exits with the program's code whether or not its run was saved; a workbench killed outright leaves no
 * program running; a store that becomes unwritable during a run costs that run only, in one line.
 */
class SavingRunsIT {

    /** Works a known amount, says so on stdout, then ends as its arguments say. */
    private static final String FAULTS = """
            package demo;

            public class Faults {
                static long square(int i) {
                    return (long) i * i;
                }

                public static void main(String[] args) throws Exception {
                    long sum = 0;
                    for (int i = 0; i < 1000; i++) sum += square(i);
                    System.out.println("sum " + sum);
                    System.out.flush();
                    switch (args[0]) {
                        case "halt" -> Runtime.getRuntime().halt(Integer.parseInt(args[1]));
                        case "wait" -> { // until the test writes a line: it changes the store meanwhile
                            new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
                            System.exit(Integer.parseInt(args[1]));
                        }
                        case "sleep" -> Thread.sleep(600_000);
                        default -> { }
                    }
                }
            }
            """;
    private static final Pattern SAVED = Pattern.compile("workbench: saved run (\\S+)");

    @TempDir
    static Path shared;
    static Path classes;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws IOException {
        classes = Programs.compile(shared.resolve("app"), Map.of("demo/Faults.java", FAULTS), List.of());
    }

    private List<String> profile(Path profiles, String mode, String... programArgs) {
        List<String> words = new ArrayList<>(List.of("-cp", classes.toString(), "demo.Faults"));
        words.addAll(List.of(programArgs));
        return Programs.with(Programs.workbench("--profiles", profiles.toString(), "--mode", mode), words);
    }

    /**
     * Profiles, overhead studies and sweeps started at once on one directory: each keeps its own file. The three
     * profiles claim their ids within a second or two of one another; those of one second differ by their
     * {@code -2}, {@code -3} suffix. (Same-second collisions for certain are {@code ConcurrentSavesTest}'s.)
     */
    @Test
    void profiles_studies_and_sweeps_started_at_once_each_keep_their_own_run() throws Exception {
        Path profiles = dir.resolve("profiles");
        List<List<String>> commands = new ArrayList<>();
        for (int i = 0; i < 3; i++) commands.add(profile(profiles, "deterministic", "none"));
        for (int i = 0; i < 2; i++) {
            commands.add(workbench("overhead", "--profiles", profiles.toString(), "--repeat", "1", "--modes",
                    "deterministic", "1000"));
            commands.add(workbench("sweep", "--profiles", profiles.toString(), "--sizes", "1000,2000",
                    "--iterations", "10", "--repeat", "1", "--modes", "plain"));
        }
        List<Process> started = new ArrayList<>();
        List<Path> errs = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            Path err = dir.resolve("err" + i + ".txt");
            errs.add(err);
            started.add(new ProcessBuilder(commands.get(i)).redirectOutput(dir.resolve("out" + i + ".txt").toFile())
                    .redirectError(err.toFile()).start());
        }
        Set<String> runs = new TreeSet<>();
        Set<String> studies = new TreeSet<>();
        Set<String> sweeps = new TreeSet<>();
        for (int i = 0; i < commands.size(); i++) {
            assertTrue(started.get(i).waitFor(300, TimeUnit.SECONDS), commands.get(i) + " ends");
            String err = Files.readString(errs.get(i));
            assertEquals(0, started.get(i).exitValue(), err);
            Matcher m = Pattern.compile("workbench: saved (run|study|sweep) ([^\\s;,]+)").matcher(err);
            assertTrue(m.find(), err);
            (m.group(1).equals("run") ? runs : m.group(1).equals("study") ? studies : sweeps).add(m.group(2));
            if (m.group(1).equals("run")) assertEquals("1000", AnyProgramIT.calls(err, "Faults.square"), err);
        }
        assertEquals(3, runs.size(), "each profile saved a run of its own: " + runs);
        assertEquals(2, studies.size(), "each overhead saved a study of its own: " + studies);
        assertEquals(2, sweeps.size(), "each sweep saved a sweep of its own: " + sweeps);
        ProfileStore store = new ProfileStore(profiles);
        Set<String> all = new TreeSet<>(runs);
        all.addAll(studies);
        all.addAll(sweeps);
        assertEquals(all, new TreeSet<>(store.list()));
        for (String id : runs) {
            RunSet set = store.load(store.file(id));
            assertEquals(id, set.id());
            assertEquals(id, set.runs().get(0).run().id());
        }
        for (String id : studies) assertEquals(id, store.study(store.file(id)).orElseThrow().id());
        for (String id : sweeps) assertEquals(id, store.sweep(store.file(id)).orElseThrow().id());
        try (Stream<Path> files = Files.list(profiles)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("."))
                    .toList(), "no claim or temporary file left");
        }
    }

    /** @return {@code java -jar workbench.jar COMMAND ARGS} */
    private static List<String> workbench(String... commandAndArgs) {
        List<String> cmd = new ArrayList<>(List.of(Programs.java(), "-jar", Programs.workbenchJar().toString()));
        cmd.addAll(List.of(commandAndArgs));
        return cmd;
    }

    /**
     * {@code halt} skips the shutdown hooks, so an agent writes nothing at exit (a checkpoint may hold a part):
     * whatever was saved, the workbench exits with the program's 7, and says so when nothing was.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deterministic", "sampling", "line"})
    void a_halted_program_passes_its_exit_code_through(String mode) throws Exception {
        Programs.Run r = Programs.run(dir, "", profile(dir.resolve("profiles"), mode, "halt", "7"));
        assertEquals(7, r.code(), r.err());
        assertEquals("sum 332833500\n", r.out());
        List<String> ours = r.err().lines().filter(l -> l.startsWith("workbench: ")).toList();
        boolean saved = ours.stream().anyMatch(l -> l.startsWith("workbench: saved run "));
        List<String> lost = ours.stream().filter(l -> l.endsWith("; no run saved")).toList();
        assertTrue(saved != (lost.size() == 1), "saved, or one line that says it is not: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /**
     * SIGKILL leaves the workbench no hook to stop its child with: the child's own watch of the workbench's pid
     * stops it. Sampling is the mode with no agent of ours; deterministic has one; both get the watch.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sampling", "deterministic"})
    void a_killed_workbench_leaves_no_program_running(String mode) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process workbench = new ProcessBuilder(profile(dir.resolve("profiles"), mode, "sleep"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        awaitLine(out, "sum ", err);
        List<ProcessHandle> children = workbench.toHandle().descendants().toList();
        assertEquals(1, children.size(), "one child JVM: " + children);
        ProcessHandle child = children.get(0);
        assertTrue(child.isAlive());
        workbench.destroyForcibly(); // SIGKILL
        assertTrue(workbench.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, workbench.exitValue());
        assertTrue(ended(child, 60), "the child stopped itself: " + Files.readString(err));
        assertTrue(Files.readString(err).contains("workbench watch: the workbench (pid " + workbench.pid()
                + ") is gone; stopping the program"), Files.readString(err));
    }

    /** SIGTERM (and Ctrl-C, the same path): the workbench stops the child, saves the run, then exits. */
    @Test
    void a_terminated_workbench_stops_the_program_and_saves_the_run() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process workbench = new ProcessBuilder(profile(dir.resolve("profiles"), "deterministic", "sleep"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        awaitLine(out, "sum ", err);
        List<ProcessHandle> children = workbench.toHandle().descendants().toList();
        assertEquals(1, children.size(), "one child JVM: " + children);
        workbench.destroy(); // SIGTERM
        assertTrue(workbench.waitFor(60, TimeUnit.SECONDS), "the workbench ends");
        assertEquals(143, workbench.exitValue());
        assertTrue(ended(children.get(0), 10), "the child is stopped with the workbench");
        String e = Files.readString(err);
        assertEquals("1000", AnyProgramIT.calls(e, "Faults.square"), e);
        assertTrue(SAVED.matcher(e).find(), e);
    }

    /**
     * The store is made unwritable while the program runs (it waits for a line on stdin meanwhile): its path's
     * parent is replaced by a regular file, which stops root too (root writes into a read-only directory, so a
     * chmod would not). The run is lost in one line that names the path; the run saved before is untouched; the
     * exit code is 1 for a program that ended well, and the program's own otherwise.
     */
    @ParameterizedTest(name = "program exits {0}")
    @ValueSource(ints = {0, 5})
    void a_store_made_unwritable_during_the_run_costs_that_run_in_one_line(int programExit) throws Exception {
        Path store = dir.resolve("store");
        Path profiles = store.resolve("profiles");
        Programs.Run first = Programs.run(dir, "", profile(profiles, "deterministic", "none"));
        assertEquals(0, first.code(), first.err());
        Matcher m = SAVED.matcher(first.err());
        assertTrue(m.find(), first.err());
        Path earlier = profiles.resolve(m.group(1) + ".json");
        byte[] earlierBytes = Files.readAllBytes(earlier);

        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process workbench = new ProcessBuilder(profile(profiles, "deterministic", "wait",
                Integer.toString(programExit))).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        awaitLine(out, "sum ", err);
        Path moved = dir.resolve("store-moved");
        Files.move(store, moved);
        Files.writeString(store, "a file where the store's directory was\n");
        try (OutputStream in = workbench.getOutputStream()) {
            in.write("go on\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(workbench.waitFor(120, TimeUnit.SECONDS), "the workbench ends");
        String e = Files.readString(err);
        assertEquals(programExit == 0 ? 1 : programExit, workbench.exitValue(), e);
        List<String> ours = e.lines().filter(l -> l.startsWith("workbench")).toList();
        assertEquals(1, ours.size(), e);
        assertTrue(ours.get(0).startsWith("workbench: cannot save run to " + profiles.resolve("20")), e);
        assertTrue(ours.get(0).contains("Not a directory"), e);
        assertFalse(e.contains("\tat "), e);
        assertEquals("a file where the store's directory was\n", Files.readString(store), "nothing written in its place");
        Path kept = moved.resolve("profiles").resolve(earlier.getFileName());
        assertArrayEquals(earlierBytes, Files.readAllBytes(kept), "the run saved before is as it was");
        try (Stream<Path> files = Files.list(moved.resolve("profiles"))) {
            assertEquals(List.of(earlier.getFileName().toString()), files.map(f -> f.getFileName().toString())
                    .filter(f -> !f.startsWith(".") || f.endsWith(".tmp")).sorted().toList(),
                    "no other run and no half file");
        }
    }

    private static void awaitLine(Path file, String start, Path err) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.readString(file).lines().anyMatch(l -> l.startsWith(start))) return;
            Thread.sleep(50);
        }
        throw new AssertionError("no line starting '" + start + "' in " + file + ": " + Files.readString(err));
    }

    /**
     * @return whether the process ended within the limit; an orphan that ended but is not yet reaped by whoever
     *         adopted it (a zombie, state Z) has ended too
     */
    private static boolean ended(ProcessHandle p, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive() || zombie(p.pid())) return true;
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }
}
