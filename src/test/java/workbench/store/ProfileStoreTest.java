package workbench.store;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.FrameKey;
import workbench.model.FunctionProfile;
import workbench.model.FunctionStats;
import workbench.model.LineProfile;
import workbench.model.Profile;
import workbench.model.RunInfo;
import workbench.model.SampleProfile;

/** Saved runs: what is saved loads back equal, writes are atomic, and a bad file is one line for the user. */
class ProfileStoreTest {

    @TempDir
    Path dir;

    @Test
    void everyPartRoundTrips() {
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        Profile p = profile("20261125-064500-deterministic");
        Path file = store.save(p);
        assertEquals(store.file(p.run().id()), file);
        assertEquals(p, store.load(p.run().id()));
        assertEquals(p, store.load(file.toString()), "by path as well as by id");
    }

    @Test
    void optionsKeepTheirOrder() throws IOException {
        // The options are printed in a report's header: they must come back in the order they were given, on every
        // JVM (Map.copyOf would iterate in an order salted per JVM).
        ProfileStore store = new ProfileStore(dir);
        Profile p = profile("ordered");
        store.save(p);
        List<String> keys = List.of("n", "iterations", "runs", "alpha", "variant", "seed", "data", "mode");
        assertEquals(keys, new ArrayList<>(p.run().options().keySet()));
        assertEquals(keys, new ArrayList<>(store.load("ordered").run().options().keySet()));
        String json = Files.readString(store.file("ordered"));
        int last = json.indexOf("\"options\" :");
        for (String k : keys) {
            int at = json.indexOf("\"" + k + "\" :", last);
            assertTrue(at > last, k + " out of order in " + json);
            last = at;
        }
    }

    @Test
    void savingLeavesOnlyTheRunAndReplacesAtomically() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        store.save(profile("a"));
        store.save(profile("a").withRun(profile("a").run().withId("a")));
        assertEquals(List.of("a.json"), names(dir));
        assertEquals(List.of("a"), store.list());
    }

    @Test
    void failedWriteLeavesNoTemporaryFileAndTheTargetUntouched() throws IOException {
        Path target = Files.createDirectories(dir.resolve("taken.json"));
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(IOException.class, () -> workbench.io.AtomicFiles.write(target, new byte[] {1, 2, 3}));
        assertEquals(List.of("taken.json"), names(dir));
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void newIdsAreFreshAndNamedByMode() {
        ProfileStore store = new ProfileStore(dir);
        String first = store.newId("line");
        assertTrue(first.matches("\\d{8}-\\d{6}-line"), first);
        store.save(profile(first));
        String second = store.newId("line");
        assertNotEquals(first, second);
        assertFalse(Files.exists(store.file(second)));
    }

    @Test
    void listIsSortedAndIgnoresOtherFiles() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        assertEquals(List.of(), new ProfileStore(dir.resolve("absent")).list());
        store.save(profile("20261125-070000-line"));
        store.save(profile("20261125-060000-sampling"));
        Files.writeString(dir.resolve("20261125-060000-sampling.jfr"), "raw");
        Files.writeString(dir.resolve("README.md"), "saved runs");
        assertEquals(List.of("20261125-060000-sampling", "20261125-070000-line"), store.list());
    }

    @Test
    void badFilesAreOneLineStoreExceptions() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        assertOneLine(assertThrows(StoreException.class, () -> store.load("nope")), "no saved run 'nope'");
        Files.writeString(dir.resolve("garbage.json"), "{ not json", StandardCharsets.UTF_8);
        assertOneLine(assertThrows(StoreException.class, () -> store.load("garbage")), "is not a saved run");
        store.save(profile("old"));
        String old = Files.readString(store.file("old")).replace("\"formatVersion\" : 1", "\"formatVersion\" : 99");
        Files.writeString(store.file("old"), old);
        assertOneLine(assertThrows(StoreException.class, () -> store.load("old")),
                "has format version 99; this build reads 1");
    }

    private static void assertOneLine(StoreException e, String expected) {
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static Profile profile(String id) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("n", "100000");
        options.put("iterations", "10");
        options.put("runs", "4");
        options.put("alpha", "0.05");
        options.put("variant", "boxed");
        options.put("seed", "1");
        options.put("data", "/tmp/x.csv");
        options.put("mode", "deterministic");
        RunInfo run = new RunInfo(id, "deterministic", "2026-11-25T06:45:00Z", List.of("java", "-jar", "w.jar"),
                options, "17.0.15", "host", 2, 1_234_567_890L, 0);
        FrameKey ci = new FrameKey("BoxedBootstrap.java", 19, "workbench.workload.BoxedBootstrap.confidenceInterval");
        FrameKey randint = new FrameKey("Data.java", 22, "workbench.workload.Data.randint");
        FrameKey nextInt = new FrameKey(FrameKey.BUILTIN_FILE, 0, "java.util.Random.nextInt");
        FunctionStats stats = new FunctionStats(randint, 4_000_100, 4_000_100, 900, 1500,
                List.of(new FunctionStats.CallerStats(ci, 4_000_000, 4_000_000, 890, 1480)));
        FunctionProfile functions = new FunctionProfile(12.5, true,
                List.of(new FunctionProfile.ThreadFunctions("main", List.of(stats))));
        SampleProfile samples = new SampleProfile("jfr", "cpu", 10_000_000L, 0, "run.jfr", List.of(ci, randint, nextInt),
                List.of(new SampleProfile.StackCount("main", List.of(2, 1, 0), 321)));
        LineProfile lines = new LineProfile("wall", 25.0, List.of(new LineProfile.FunctionLines("BoxedBootstrap.java",
                "workbench.workload.BoxedBootstrap.confidenceInterval", 19,
                List.of(new LineProfile.LineStats(26, 4_000_040, 123_456_789L)))));
        return new Profile(Profile.FORMAT_VERSION, run, functions, samples, lines);
    }
}
