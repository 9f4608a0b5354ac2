package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault suite: a profiled program that dies of {@code OutOfMemoryError}, halts, or is killed with SIGKILL still
 * leaves its profile, with counts exact up to where it got (each target counts its own calls and prints the count),
 * and a run that ended without shutdown hooks is saved as partial, with its exit code passed through.
 */
class FaultsIT {

    @TempDir
    Path dir;

    private static Path testClasses() throws Exception {
        return Path.of(FaultsIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private List<String> profile(String mode, String... program) throws Exception {
        // every row: under load a function of a thousand tiny calls can fall below the default 20 rows by tottime
        List<String> cmd = Programs.workbench("--mode", mode, "--profiles", dir.resolve("profiles").toString(),
                "--source-path", Path.of("src", "test", "java").toAbsolutePath().toString(), "--limit", "1000");
        return Programs.with(cmd, List.of(program));
    }

    private static long count(String output, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(output);
        assertTrue(m.find(), "'" + prefix + "' in\n" + output);
        return Long.parseLong(m.group(1));
    }

    /** @return the ncalls of a function's row in the deterministic table */
    private static long calls(String table, String function) {
        Matcher m = Pattern.compile("(?m)^\\s*(\\d+)(?:/\\d+)?\\s+\\S+.*\\(" + Pattern.quote(function) + "\\)$")
                .matcher(table);
        assertTrue(m.find(), function + " in\n" + table);
        return Long.parseLong(m.group(1));
    }

    /** @return the hits of the line whose text ends in the given marker, in the line table */
    private static long hits(String table, String marker) {
        Matcher m = Pattern.compile("(?m)^\\s*\\d+\\s+(\\d+)\\s.*" + Pattern.quote(marker) + "$").matcher(table);
        assertTrue(m.find(), marker + " in\n" + table);
        return Long.parseLong(m.group(1));
    }

    @Test
    void out_of_memory_deterministic_counts_every_call_up_to_the_failure() throws Exception {
        Programs.Run run = Programs.run(dir, "", profile("deterministic", "-Xmx32m", "-cp", testClasses().toString(),
                "demo.faults.Grow"));
        long grows = count(run.out(), "grow calls: ");
        assertTrue(grows > 10, run.out());
        assertEquals(grows, calls(run.err(), "Grow.grow"), run.err());
        assertTrue(run.err().contains("saved run"), run.err());
        assertTrue(!run.err().contains("ASSERTION FAILED"), run.err());
    }

    @Test
    void out_of_memory_line_counts_every_hit_up_to_the_failure() throws Exception {
        Programs.Run run = Programs.run(dir, "", profile("line", "-Xmx32m", "-cp", testClasses().toString(),
                "demo.faults.Grow"));
        long grows = count(run.out(), "grow calls: ");
        assertEquals(grows, hits(run.err(), "// the growing function"), run.err());
        assertTrue(run.err().contains("saved run"), run.err());
    }

    @Test
    void out_of_memory_sampled_allocations_show_the_growing_function_on_top() throws Exception {
        List<String> cmd = profile("sampling", "-Xmx32m", "-cp", testClasses().toString(), "demo.faults.Grow");
        cmd.addAll(4, List.of("--event", "alloc"));
        Programs.Run run = Programs.run(dir, "", cmd);
        assertTrue(run.err().contains("saved run"), run.err());
        Matcher top = Pattern.compile("(?m)^\\s*[\\d.]+\\s+\\S+ \\S+\\s+\\S+ \\S+\\s+\\d+\\s+(\\S+)$").matcher(run.err());
        assertTrue(top.find(), run.err());
        assertTrue(top.group(1).endsWith("Grow.grow"), "top row " + top.group(1) + " in\n" + run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"deterministic", "line"})
    void a_halted_program_keeps_its_counts_up_to_the_last_checkpoint_as_a_partial_run(String mode) throws Exception {
        Programs.Run run = Programs.run(dir, "", profile(mode, "-cp", testClasses().toString(),
                "demo.faults.Checkpointed", "halt"));
        assertEquals(7, run.code(), run.err());
        long calls = count(run.out(), "work calls: ");
        assertEquals(calls, mode.equals("line") ? hits(run.err(), "// counted")
                : calls(run.err(), "Checkpointed.work"), run.err());
        assertTrue(run.err().contains("partial run: counts up to"), run.err());
        assertTrue(run.err().contains("exit code 7"), run.err());
        Programs.Run stats = Programs.run(dir, "", statsLast());
        assertTrue(stats.out().contains("partial run: counts up to"), stats.out() + stats.err());
    }

    @Test
    void a_program_killed_with_sigkill_keeps_its_counts_up_to_the_last_checkpoint() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process workbench = profileWaiting(out, err);
        long pid = awaitPid(out, workbench);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL of the profiled JVM
        assertTrue(workbench.waitFor(120, TimeUnit.SECONDS));
        String table = Files.readString(err, StandardCharsets.UTF_8); // the program's stdout is its own
        assertEquals(137, workbench.exitValue(), table);
        assertEquals(count(Files.readString(out), "work calls: "), calls(table, "Checkpointed.work"),
                table);
        assertTrue(table.contains("partial run: counts up to") && table.contains("killed, SIGKILL"), table);
    }

    @Test
    void a_workbench_stopped_with_sigterm_saves_the_run_as_far_as_it_got_and_says_it_is_partial() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process workbench = profileWaiting(out, err);
        awaitPid(out, workbench);
        workbench.destroy(); // SIGTERM of the workbench
        assertTrue(workbench.waitFor(120, TimeUnit.SECONDS));
        String table = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(table.contains("saved run"), table);
        assertTrue(table.contains("partial run: counts up to") && table.contains("the workbench was stopped"), table);
        assertEquals(count(Files.readString(out), "work calls: "), calls(table, "Checkpointed.work"), table);
        Programs.Run stats = Programs.run(dir, "", statsLast());
        assertTrue(stats.out().contains("the workbench was stopped"), stats.out() + stats.err());
    }

    @Test
    void a_workbench_killed_with_sigkill_leaves_the_last_checkpoint_where_runs_says_and_stats_opens_it()
            throws Exception {
        Path out = dir.resolve("out.txt");
        Process workbench = profileWaiting(out, dir.resolve("err.txt"));
        long child = awaitPid(out, workbench);
        long driver = workbench.pid();
        workbench.destroyForcibly(); // SIGKILL of the workbench: nothing of it runs any more
        workbench.waitFor();
        ProcessHandle.of(child).ifPresent(ProcessHandle::destroyForcibly); // what its parent watcher does, at the latest
        while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)) Thread.onSpinWait();
        List<String> runs = new ArrayList<>(Programs.workbench());
        runs.set(runs.size() - 1, "runs");
        runs.addAll(List.of("--profiles", dir.resolve("profiles").toString()));
        String said = Programs.run(dir, "", runs).err();
        Matcher m = Pattern.compile("left its counts in (\\S+) ").matcher(said);
        Path file = null;
        while (m.find()) {
            Path f = Path.of(m.group(1));
            if (Files.readString(f.resolveSibling("driver.pid")).trim().equals(Long.toString(driver))) file = f;
        }
        assertTrue(file != null && file.toString().endsWith(".checkpoint"), said);
        try {
            List<String> stats = new ArrayList<>(Programs.workbench());
            stats.set(stats.size() - 1, "stats");
            stats.add(file.toString());
            Programs.Run opened = Programs.run(dir, "", stats);
            assertEquals(0, opened.code(), opened.err());
            assertEquals(count(Files.readString(out), "work calls: "), calls(opened.out(), "Checkpointed.work"),
                    opened.out());
        } finally {
            for (Path f : Files.list(file.getParent()).toList()) Files.delete(f);
            Files.delete(file.getParent());
        }
    }

    /** @return the workbench profiling a program that, once checkpointed, prints its pid and waits to be killed */
    private Process profileWaiting(Path out, Path err) throws Exception {
        return new ProcessBuilder(profile("deterministic", "-cp", testClasses().toString(), "demo.faults.Checkpointed",
                "wait")).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** Waits on the program's output for the pid it prints once its calls are checkpointed. */
    private static long awaitPid(Path out, Process workbench) throws IOException, InterruptedException {
        Pattern pid = Pattern.compile("pid (\\d+)");
        while (true) {
            Matcher m = pid.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (m.find()) return Long.parseLong(m.group(1));
            if (!workbench.isAlive()) throw new AssertionError("the workbench ended first: " + workbench.exitValue());
            workbench.waitFor(20, TimeUnit.MILLISECONDS);
        }
    }

    private List<String> statsLast() {
        List<String> cmd = new ArrayList<>(Programs.workbench());
        cmd.set(cmd.size() - 1, "stats");
        cmd.addAll(List.of("last", "--profiles", dir.resolve("profiles").toString()));
        return cmd;
    }
}
