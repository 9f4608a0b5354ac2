package workbench.store;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.Clock;
import workbench.model.FunctionData;
import workbench.model.ProcessTimes;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.RunInfo;
import workbench.model.Partial;
import workbench.model.RunSet;

/** Saved runs: what is saved loads back equal, writes are atomic, and a bad file is one line for the user. */
class ProfileStoreTest {

    @TempDir
    Path dir;

    @Test
    void every_kind_of_data_round_trips_equal() {
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        int i = 0;
        for (ProfileData data : SampleRuns.everyKind()) {
            Profile p = SampleRuns.profile("20261125-06450" + i++ + "-" + data.mode().cliName(), data);
            Path file = store.save(p);
            assertEquals(store.file(p.run().id()), file);
            assertEquals(RunSet.of(p), store.load(file));
        }
    }

    @Test
    void the_childs_cpu_time_round_trips_and_a_run_saved_before_the_field_loads_as_unknown() throws IOException {
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        RunInfo r = SampleRuns.profile("20261206-230000-deterministic", SampleRuns.functions()).run();
        Profile p = new Profile(new RunInfo(r.id(), r.name(), r.mode(), r.target(), r.settings(), r.notices(),
                r.startedAt(), r.command(), r.jvm(), r.clock(), r.wallNanos(), 870_000_000L, r.runNanos(),
                r.exitCode(), r.timedOut(), null, null), SampleRuns.functions());
        Path file = store.save(p);
        RunSet loaded = store.load(file);
        assertEquals(RunSet.of(p), loaded);
        assertEquals(870_000_000L, loaded.first().cpuNanos());
        assertEquals(0.87, loaded.cpuSeconds()[0], 1e-12);
        assertEquals(870_000_000L, store.headers().get(0).first().cpuNanos(), "the listing's header has it too");
        // the file of a build that had no such field: the same run, its CPU time unknown
        String json = Files.readString(file);
        assertTrue(json.contains("\"cpuNanos\" : 870000000"), json);
        Files.writeString(file, json.replace("\"cpuNanos\" : 870000000,", ""));
        assertFalse(Files.readString(file).contains("870000000"));
        RunSet old = store.load(file);
        assertNull(old.first().cpuNanos());
        assertFalse(old.cpuKnown());
        assertTrue(Double.isNaN(old.cpuSeconds()[0]));
    }

    @Test
    void a_damaged_clock_setting_is_one_line_naming_the_file_and_the_value() throws IOException {
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        Path file = store.save(SampleRuns.profile("20261206-230100-deterministic", SampleRuns.functions()));
        String json = Files.readString(file);
        assertTrue(json.contains("\"zeta\" : \"1\""), json);
        Files.writeString(file, json.replace("\"zeta\" : \"1\"", "\"clock\" : \"banana\""));
        StoreException e = assertThrows(StoreException.class, () -> store.load(file));
        assertTrue(e.badInput());
        assertEquals(file + " is not a valid saved run: its clock setting is 'banana', neither wall nor cpu",
                e.getMessage());
    }

    @Test
    void a_partial_run_round_trips_and_a_run_saved_before_the_field_loads_as_complete() throws IOException {
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        Profile p = SampleRuns.profile("cut-short", SampleRuns.functions());
        RunInfo r = p.run();
        Partial partial = new Partial("2026-11-25T06:45:01Z", 1_000_000_000L, "the program ended without its"
                + " shutdown hooks (killed, SIGKILL); what ran after the last checkpoint is not counted");
        Profile cut = new Profile(new RunInfo(r.id(), r.name(), r.mode(), r.target(), r.settings(), r.notices(),
                r.startedAt(), r.command(), r.jvm(), r.clock(), r.wallNanos(), r.runNanos(), 137, false, partial),
                p.data());
        Path file = store.save(cut);
        assertEquals(RunSet.of(cut), store.load(file));
        // the file of a build that had no such field: the same run without it
        String json = Files.readString(file);
        assertTrue(json.contains("\"partial\""), json);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode root = mapper.readTree(json);
        for (com.fasterxml.jackson.databind.JsonNode run : root.findParents("partial")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) run).remove("partial");
        }
        Files.writeString(file, mapper.writeValueAsString(root));
        assertFalse(Files.readString(file).contains("\"partial\""));
        assertNull(store.load(file).runs().get(0).run().partial());
    }

    @Test
    void the_clock_and_the_process_times_round_trip_and_a_run_saved_before_them_reads_as_wall() throws IOException {
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        FunctionData f = SampleRuns.functions();
        FunctionData cpu = new FunctionData(f.overheadNanosPerCall(), f.calibrated(), f.threads(), Clock.CPU, 312.5,
                new ProcessTimes(2_000_000_000L, 2_500_000_000L));
        Profile p = SampleRuns.profile("cpu-clock", cpu);
        Path file = store.save(p);
        FunctionData loaded = store.load(file).runs().get(0).data().functionData().orElseThrow();
        assertEquals(cpu, loaded);
        assertEquals(Clock.CPU, loaded.clock());
        // the file of a build that had neither: the wall clock, its cost and the process's times unknown
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode root = mapper.readTree(Files.readString(file));
        List<com.fasterxml.jackson.databind.JsonNode> data = root.findParents("clockReadNanos");
        assertEquals(1, data.size(), root.toString());
        for (String field : List.of("clock", "clockReadNanos", "process")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) data.get(0)).remove(field);
        }
        Files.writeString(file, mapper.writeValueAsString(root));
        FunctionData old = store.load(file).runs().get(0).data().functionData().orElseThrow();
        assertEquals(new FunctionData(f.overheadNanosPerCall(), f.calibrated(), f.threads()), old);
        assertEquals(Clock.WALL, old.clock());
        assertEquals(ProcessTimes.UNKNOWN, old.process());
    }

    @Test
    void a_run_set_round_trips_with_its_size_ahead_of_its_runs() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        List<Profile> runs = List.of(SampleRuns.profile("set", "three", SampleRuns.functions()),
                SampleRuns.profile("set", "three", SampleRuns.functions()),
                SampleRuns.profile("set", "three", SampleRuns.functions()));
        RunSet set = new RunSet("set", "three", runs);
        store.save(set);
        assertEquals(set, store.load(store.file("set")));
        String json = Files.readString(store.file("set"));
        assertTrue(json.indexOf("\"size\" : 3") < json.indexOf("\"runs\""), json.substring(0, 200));
        assertEquals(List.of(new ProfileStore.Listing("set", "three", 3, runs.get(0).run())), store.headers());
        assertEquals(3 * 4_000_100, ((workbench.model.FunctionData) set.merged()).totals().calls());
        Path lying = Files.writeString(dir.resolve("lying.json"), json.replace("\"size\" : 3", "\"size\" : 4"));
        assertOneLine(() -> store.load(lying), "not as many as it says");
    }

    @Test
    void the_file_is_a_versioned_envelope_naming_its_kind() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        store.save(SampleRuns.profile("r", SampleRuns.samples()));
        String json = Files.readString(store.file("r"));
        assertTrue(json.startsWith("{\n  \"format\" : 2,\n  \"workbench\" : \""), json);
        assertTrue(json.contains("\"kind\" : \"samples\""), json);
        assertTrue(json.indexOf("\"run\"") < json.indexOf("\"data\""), "the header comes first: " + json);
    }

    @Test
    void settings_and_workload_keep_their_order() throws IOException {
        // They are printed in listings: they must come back in the order given, on every JVM (Map.copyOf would
        // iterate in an order salted per JVM).
        ProfileStore store = new ProfileStore(dir);
        Profile p = SampleRuns.profile("ordered", SampleRuns.functions());
        store.save(p);
        Profile back = store.load(store.file("ordered")).runs().get(0);
        assertEquals(List.of("zeta", "alpha"), new ArrayList<>(back.run().settings().keySet()));
        assertEquals(List.of("n", "iterations", "runs", "alpha", "variant", "seed", "data"),
                new ArrayList<>(back.run().target().workload().keySet()));
    }

    @Test
    void listing_reads_headers_only_and_passes_over_files_that_are_not_runs() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        store.save(SampleRuns.profile("20261125-070000-line", SampleRuns.lines(workbench.model.LineTiming.EXACT)));
        store.save(SampleRuns.profile("20261125-060000-sampling", SampleRuns.samples()));
        Files.writeString(dir.resolve("20261125-060000-sampling.jfr"), "raw");
        Files.writeString(dir.resolve("20261125-065000-deterministic.json"), "{ not json");
        assertEquals(List.of("20261125-060000-sampling", "20261125-065000-deterministic", "20261125-070000-line"),
                store.list());
        assertEquals(List.of("20261125-060000-sampling", "20261125-070000-line"),
                store.headers().stream().map(r -> r.id()).toList());
        assertEquals(List.of(), new ProfileStore(dir.resolve("absent")).list());
    }

    @Test
    void saving_leaves_only_the_run_and_a_failed_write_leaves_no_temporary_file() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        store.save(SampleRuns.profile("a", SampleRuns.functions()));
        // a second run of that id is refused, not written over the first (issue 27)
        StoreException again = assertThrows(StoreException.class,
                () -> store.save(SampleRuns.profile("a", SampleRuns.functions())));
        assertFalse(again.badInput());
        assertTrue(again.getMessage().contains("saved already"), again.getMessage());
        assertEquals(List.of("a.json"), names(dir));
        Path target = Files.createDirectories(dir.resolve("taken.json"));
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(IOException.class, () -> workbench.io.AtomicFiles.write(target, new byte[] {1, 2, 3}));
        assertEquals(List.of("a.json", "taken.json"), names(dir));
    }

    @Test
    void a_save_that_cannot_be_written_is_a_failure_not_bad_input() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        StoreException e = assertThrows(StoreException.class,
                () -> new ProfileStore(file).save(SampleRuns.profile("a", SampleRuns.functions())));
        assertFalse(e.badInput());
    }

    @Test
    void new_ids_are_fresh_and_named_by_mode() {
        ProfileStore store = new ProfileStore(dir);
        String first = store.newId("line");
        assertTrue(first.matches("\\d{8}-\\d{6}-line"), first);
        store.save(SampleRuns.profile(first, SampleRuns.lines(workbench.model.LineTiming.HITS)));
        String second = store.newId("line");
        assertNotEquals(first, second);
        assertFalse(Files.exists(store.file(second)));
    }

    @Test
    void bad_files_are_one_line_of_bad_input() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        Files.writeString(dir.resolve("garbage.json"), "{ not json", StandardCharsets.UTF_8);
        assertOneLine(() -> store.load(dir.resolve("garbage.json")), "is not a saved run");
        store.save(SampleRuns.profile("whole", SampleRuns.functions()));
        byte[] bytes = Files.readAllBytes(store.file("whole"));
        Path cut = Files.write(dir.resolve("cut.json"), Arrays.copyOf(bytes, bytes.length / 2));
        assertOneLine(() -> store.load(cut), "is not a saved run (corrupt or truncated");
        Path newer = Files.writeString(dir.resolve("newer.json"),
                Files.readString(store.file("whole")).replace("\"format\" : 2", "\"format\" : 3"));
        assertOneLine(() -> store.load(newer), "in format 3; this build reads format 2: use a newer workbench");
        Path old = Files.writeString(dir.resolve("old.json"), "{\n  \"formatVersion\" : 1,\n  \"run\" : {}\n}");
        assertOneLine(() -> store.load(old), "is in format 1; this build reads format 2: record the run again");
        assertOneLine(() -> store.load(dir.resolve("none.json")), "no saved run at");
    }

    @Test
    void names_are_checked_before_a_run_is_made() {
        ProfileStore store = new ProfileStore(dir);
        store.save(SampleRuns.profile("20261125-060000-sampling", "baseline", SampleRuns.samples()));
        store.checkNewName("after-fix_2");
        assertOneLine(() -> store.checkNewName("baseline"), "is taken by run 20261125-060000-sampling");
        assertOneLine(() -> store.checkNewName("20261125-060000-sampling"), "is a saved run's id");
        for (String bad : List.of("../escape", "a/b", "last", "last~1", "with space", "..")) {
            assertOneLine(() -> store.checkNewName(bad), "must be letters, digits");
        }
    }

    @Test
    void a_directory_that_is_not_writable_is_found_before_the_run() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertOneLine(() -> new ProfileStore(file.resolve("profiles")).checkWritable(), "cannot create the profiles"
                + " directory");
    }

    static void assertOneLine(org.junit.jupiter.api.function.Executable call, String expected) {
        StoreException e = assertThrows(StoreException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.badInput(), e.getMessage());
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
