package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.compare.SyntheticSets;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.Profile;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEvent;
import workbench.model.Target;
import workbench.store.ProfileStore;
import workbench.store.SampleRuns;

/** {@code compare} on saved run sets with a known truth, and its bad input: one line, exit code 2. */
class CompareCommandTest {

    private static final Frame WORK = SyntheticSets.function("Boot", "work", 20);

    @TempDir
    Path dir;
    private ProfileStore store;

    private RunSet set(String id, double seconds, long seed) {
        return SyntheticSets.deterministic(id, 6, Map.of(WORK, seconds), Map.of(WORK, 10L), 0.02, seed);
    }

    @BeforeEach
    void save() {
        store = new ProfileStore(dir);
        store.save(set("20261130-010000-deterministic", 1.0, 1));
        store.save(set("20261130-010100-deterministic", 1.5, 2));
    }

    private Cli.Result compare(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "compare";
        all[1] = "--profiles";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    @Test
    void a_run_with_a_damaged_clock_setting_is_refused_in_one_line() throws Exception {
        Path file = store.file("20261130-010100-deterministic");
        String json = java.nio.file.Files.readString(file);
        assertTrue(json.contains("\"settings\" : { }"), json);
        java.nio.file.Files.writeString(file, json.replace("\"settings\" : { }", "\"settings\" : {\"clock\" : \"w\"}"));
        Cli.Result r = compare("last~1", "last");
        assertEquals(2, r.code(), r.err());
        assertEquals("workbench: " + file + " is not a valid saved run: its clock setting is 'w', neither wall nor cpu",
                r.err().strip());
    }

    @Test
    void a_fifty_percent_slowdown_is_called_slower_with_its_interval() {
        Cli.Result r = compare("last~1", "last");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(".*\\+[45][0-9]\\.[0-9]% \\[\\+[0-9.]+%, \\+[0-9.]+%\\] +slower"
                + " \\(q=[0-9.]+\\) +10 +Boot\\.java:20\\(Boot\\.work\\)")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void json_carries_every_row_with_its_verdict() {
        Cli.Result r = compare("--json", "last~1", "last");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"verdict\" : \"SLOWER\""), r.out());
        assertTrue(r.out().contains("\"className\" : \"demo.Boot\""), r.out());
    }

    @Test
    void a_blocking_call_is_marked_waiting_in_the_table_and_in_json() {
        Frame take = workbench.model.Frames.builtin("java.util.concurrent.BlockingQueue", "take");
        store.save(SyntheticSets.deterministic("20261130-011000-deterministic", 6, Map.of(WORK, 1.0, take, 2.0),
                Map.of(WORK, 10L, take, 3L), 0.02, 10));
        store.save(SyntheticSets.deterministic("20261130-011100-deterministic", 6, Map.of(WORK, 1.0, take, 3.0),
                Map.of(WORK, 10L, take, 3L), 0.02, 11));
        Cli.Result table = compare("last~1", "last");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().lines().anyMatch(l -> l.endsWith("{java.util.concurrent.BlockingQueue.take} [waiting]")),
                table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.endsWith("Boot.java:20(Boot.work)")), table.out());
        Cli.Result json = compare("--json", "last~1", "last");
        assertEquals(0, json.code(), json.err());
        assertEquals(1, json.out().split("\"waiting\" : true", -1).length - 1, json.out());
        assertEquals(1, json.out().split("\"waiting\" : false", -1).length - 1, json.out());
    }

    @Test
    void bad_input_is_one_line_and_exit_code_2() {
        store.save(new RunSet("20261130-010200-sampling", "", List.of(SyntheticSets.profile("s",
                workbench.store.SampleRuns.samples(), 1_000_000))));
        Profile other = SyntheticSets.profile("o", set("x", 1.0, 3).runs().get(0).data(), 1_000_000);
        Map<String, String> workload = new LinkedHashMap<>(other.run().target().workload());
        workload.put("n", "2000");
        Profile bigger = new Profile(new workbench.model.RunInfo("20261130-010300-deterministic", "", other.run().mode(),
                new Target("demo.Main", List.of(), workload), Map.of(), List.of(), other.run().startedAt(),
                other.run().command(), other.run().jvm(), other.run().clock(), 1, List.of(1L), 0, false), other.data());
        store.save(bigger);
        assertBad(compare("last~3", "last~3"), "A and B are the same run");
        assertBad(compare("20261130-010000", "20261130-010200"), "A is a deterministic run and B a sampling run");
        assertBad(compare("20261130-010000", "20261130-010300"), "different targets (n 1000 -> 2000); --force");
        assertBad(compare("--measure", "self", "20261130-010000", "20261130-010100"),
                "--measure self: deterministic runs have tottime, cumtime, calls");
        assertBad(compare("20261130-010000", "nope"), "no saved run 'nope'");
        assertBad(compare("--threshold", "150%", "20261130-010000", "20261130-010100"), "--threshold must be");
        assertBad(compare("--flamegraph", dir.resolve("d.html").toString(), "20261130-010000", "20261130-010100"),
                "--flamegraph compares sampled stacks");
        Cli.Result forced = compare("--force", "20261130-010000", "20261130-010300");
        assertEquals(0, forced.code(), forced.err());
        assertEquals("workbench: warning: A and B profile different targets (n 1000 -> 2000)" + System.lineSeparator(),
                forced.err());
    }

    @Test
    void sampling_sets_get_a_normalised_differential_flame_graph() throws Exception {
        store.save(new RunSet("20261130-020000-sampling", "", List.of(SyntheticSets.profile("s1",
                workbench.store.SampleRuns.samples(), 1_000_000))));
        store.save(new RunSet("20261130-020100-sampling", "", List.of(SyntheticSets.profile("s2",
                workbench.store.SampleRuns.samples(), 1_000_000))));
        Path html = dir.resolve("diff.html");
        Cli.Result r = compare("--flamegraph", html.toString(), "last~1", "last");
        assertEquals(0, r.code(), r.err());
        String page = java.nio.file.Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("normalised"), page.substring(0, 300));
        assertTrue(r.err().contains("workbench: differential flame graph " + html), r.err());
        assertTrue(r.out().contains("share A -> B"), r.out());
    }

    @Test
    void runs_timed_by_samples_of_different_events_are_refused_as_sampling_runs_are() {
        SampleData cpu = SampleRuns.samples();
        SamplerInfo c = cpu.sampler();
        SampleData wall = new SampleData(new SamplerInfo(c.engine(), SamplingEvent.WALL, c.sampler(), c.threads(),
                c.intervalNanos(), c.lost(), c.recording()), cpu.frames(), cpu.stacks());
        FunctionData counted = SampleRuns.functions();
        store.save(new RunSet("20261130-030000-deterministic", "", List.of(SyntheticSets.profile("h1",
                new HybridFunctionData(counted, cpu), 1_000_000))));
        store.save(new RunSet("20261130-030100-deterministic", "", List.of(SyntheticSets.profile("h2",
                new HybridFunctionData(counted, wall), 1_000_000))));
        assertBad(compare("last~1", "last"), "A sampled cpu and B wall: their samples stand for different time");
    }

    private static void assertBad(Cli.Result r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("workbench: ") && r.err().contains(expected), r.err());
    }

    /** The set of {@link #set} with each run's header changed: other settings, another JVM. */
    private RunSet measuredAs(String id, Map<String, String> settings, workbench.model.JvmInfo jvm, long seed) {
        List<Profile> runs = new java.util.ArrayList<>();
        for (Profile p : set(id, 1.0, seed).runs()) {
            workbench.model.RunInfo r = p.run();
            runs.add(new Profile(new workbench.model.RunInfo(id, "", r.mode(), r.target(), settings, r.notices(),
                    r.startedAt(), r.command(), jvm == null ? r.jvm() : jvm, r.clock(), r.wallNanos(), r.runNanos(),
                    r.exitCode(), r.timedOut()), p.data()));
        }
        return new RunSet(id, "", runs);
    }

    @Test
    void runs_measured_differently_are_refused_unless_forced_and_other_differences_are_named() {
        store.save(measuredAs("20261130-010400-deterministic", Map.of("calibrated", "true"), null, 4));
        store.save(measuredAs("20261130-010500-deterministic", Map.of("calibrated", "false"), null, 5));
        store.save(measuredAs("20261130-010600-deterministic", Map.of("calibrated", "true"),
                new workbench.model.JvmInfo("25.0.1", "vm", "Linux", "other", 8), 6));
        assertBad(compare("20261130-010400", "20261130-010500"),
                "A and B were measured differently (calibrated true -> false): their numbers do not compare; --force");
        Cli.Result forced = compare("--force", "20261130-010400", "20261130-010500");
        assertEquals(0, forced.code(), forced.err());
        assertEquals("workbench: warning: A and B were measured differently (calibrated true -> false)"
                + System.lineSeparator(), forced.err());
        Cli.Result noted = compare("20261130-010400", "20261130-010600");
        assertEquals(0, noted.code(), noted.err());
        assertEquals("workbench: note: A and B differ in JDK 17.0.15 -> 25.0.1, host h -> other, cores 2 -> 8; a"
                + " change may come from that" + System.lineSeparator(), noted.err());
    }

    @Test
    void runs_of_different_clocks_are_refused_unless_forced_and_a_run_without_a_clock_reads_as_wall() {
        store.save(measuredAs("20261130-010700-deterministic", Map.of("clock", "cpu"), null, 7));
        store.save(measuredAs("20261130-010800-deterministic", Map.of("clock", "wall"), null, 8));
        store.save(measuredAs("20261130-010900-deterministic", Map.of(), null, 9));
        assertBad(compare("20261130-010700", "20261130-010800"),
                "A and B were measured differently (clock cpu -> wall): their numbers do not compare; --force");
        assertBad(compare("20261130-010900", "20261130-010700"),
                "A and B were measured differently (clock wall -> cpu): their numbers do not compare; --force");
        Cli.Result forced = compare("--force", "20261130-010700", "20261130-010800");
        assertEquals(0, forced.code(), forced.err());
        Cli.Result old = compare("20261130-010900", "20261130-010800");
        assertEquals(0, old.code(), old.err());
        assertEquals("", old.err());
    }
}
