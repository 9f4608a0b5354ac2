package workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.io.AtomicFiles;
import workbench.model.RunSet;

/**
 * Issue 27: runs made at once on one directory each keep their own id and file, and a save that fails (a full disk)
 * leaves no half file and harms no run saved before.
 */
class ConcurrentSavesTest {

    private static final int THREADS = 8;
    private static final int RUNS_EACH = 25;

    @TempDir
    Path dir;

    /** Each thread has its own store, as each process does: nothing but the directory is shared. */
    @Test
    void racing_threads_each_claim_and_save_their_own_runs() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> claimed = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                claimed.add(pool.submit(() -> {
                    ProfileStore store = new ProfileStore(dir.resolve("profiles"));
                    start.await();
                    List<String> ids = new ArrayList<>();
                    for (int k = 0; k < RUNS_EACH; k++) {
                        String id = store.newId("deterministic");
                        ids.add(id);
                        store.save(SampleRuns.profile(id, SampleRuns.functions()));
                    }
                    return ids;
                }));
            }
            Set<String> all = new TreeSet<>();
            for (Future<List<String>> f : claimed) all.addAll(f.get(60, TimeUnit.SECONDS));
            assertEquals(THREADS * RUNS_EACH, all.size(), "every id once: " + all);
            ProfileStore store = new ProfileStore(dir.resolve("profiles"));
            assertEquals(all, new TreeSet<>(store.list()), "one file per run, and nothing but runs listed");
            for (String id : all) {
                assertTrue(id.matches("\\d{8}-\\d{6}-deterministic(-\\d+)?"), id);
                assertEquals(id, store.load(store.file(id)).runs().get(0).run().id(), "the file holds its own run");
            }
            assertEquals(List.of(), hidden(dir.resolve("profiles")), "no claim and no temporary file left");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_id_being_made_is_not_given_again_until_released() throws IOException {
        ProfileStore a = new ProfileStore(dir);
        ProfileStore b = new ProfileStore(dir);
        String first = a.newId("line");
        String second = b.newId("line");
        assertFalse(first.equals(second), first);
        assertFalse(Files.exists(a.file(first)), "a claim is not a run: listings do not see it");
        assertEquals(List.of(), a.list());
        a.release(first);
        b.release(second);
        assertEquals(List.of(), hidden(dir));
    }

    /** A disk that fills halfway through the write: the run is refused in one line, the earlier run is untouched. */
    @Test
    void a_full_disk_leaves_no_half_file_and_harms_no_saved_run() throws IOException {
        ProfileStore healthy = new ProfileStore(dir);
        Path before = healthy.save(SampleRuns.profile("20261206-100000-deterministic", SampleRuns.functions()));
        byte[] saved = Files.readAllBytes(before);
        ProfileStore full = new ProfileStore(dir, (target, content, createNew) -> AtomicFiles.writeNew(target,
                out -> content.writeTo(new FillingUp(out, 1000))));
        String id = full.newId("deterministic");
        StoreException e = assertThrows(StoreException.class,
                () -> full.save(SampleRuns.profile(id, SampleRuns.functions())));
        assertFalse(e.badInput(), "the machine failed, not the input");
        assertEquals("cannot save run to " + full.file(id) + ": No space left on device", e.getMessage());
        assertFalse(Files.exists(full.file(id)), "no half file");
        assertArrayEquals(saved, Files.readAllBytes(before), "the run saved before is as it was");
        assertEquals(List.of("20261206-100000-deterministic"), healthy.list());
        assertEquals(RunSet.of(SampleRuns.profile("20261206-100000-deterministic", SampleRuns.functions())),
                healthy.load(before));
        full.release(id); // what the session does with a run it could not save
        assertEquals(List.of(), hidden(dir), "no temporary file left");
    }

    /** A stream that takes some bytes, then fails as a write to a full disk fails. */
    private static final class FillingUp extends OutputStream {
        private final OutputStream out;
        private long room;

        FillingUp(OutputStream out, long room) {
            this.out = out;
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) throw new IOException("No space left on device");
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) write(b[off + i]);
        }
    }

    private static List<String> hidden(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    /**
     * A name is claimed when it is checked, so that two runs started side by side with one {@code --name} cannot both
     * pass the check of the saved runs and both save under it. The claim is a lock another process holds for as long
     * as it lives: while it does the name is refused, with its process id; once it is killed (no hook, no release)
     * the name is taken over at once.
     */
    @Test
    void a_name_held_by_a_running_process_is_refused_and_free_again_the_moment_it_is_killed() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), NameClaimHolder.class.getName(), profiles.toString(), "fast")
                .redirectErrorStream(true).start();
        try {
            String said = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine();
            assertEquals("held", said);
            StoreException refused = assertThrows(StoreException.class,
                    () -> new ProfileStore(profiles).checkNewName("fast"));
            assertEquals("--name 'fast' is taken by a run being made (process " + other.pid() + ")",
                    refused.getMessage());
            assertTrue(refused.badInput());
        } finally {
            other.destroyForcibly().waitFor(); // SIGKILL: the claim file stays, its lock is gone
        }
        assertTrue(Files.exists(profiles.resolve(".name.fast.claim")), "a killed run leaves its file");
        ProfileStore store = new ProfileStore(profiles);
        store.checkNewName("fast"); // taken over
        assertEquals(Long.toString(ProcessHandle.current().pid()),
                Files.readString(profiles.resolve(".name.fast.claim")));
        store.checkNewName("fast"); // this process's own claim
        String id = store.newId("deterministic");
        store.save(SampleRuns.profile(id, "fast", SampleRuns.functions()));
        // the saved file carries the name now; the claim's file stays (see ProfileStore.claimName), unlocked
        StoreException saved = assertThrows(StoreException.class, () -> new ProfileStore(profiles).checkNewName("fast"));
        assertEquals("--name 'fast' is taken by run " + id, saved.getMessage());
        // and this process's refused claim was let go: another process is refused for the saved run, not for it
        Process after = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), NameClaimHolder.class.getName(), profiles.toString(), "fast")
                .redirectErrorStream(true).start();
        after.getOutputStream().close();
        assertEquals("refused: --name 'fast' is taken by run " + id + "\n",
                new String(after.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(2, after.waitFor());
    }

    /** Six processes claiming one name at once, over a claim a killed run left: exactly one holds it. */
    @Test
    void of_processes_claiming_one_name_at_once_exactly_one_holds_it() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve(".name.race.claim"), "999999999"); // left by a run that was killed
        List<Process> claimants = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            claimants.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    NameClaimHolder.class.getName(), profiles.toString(), "race").redirectErrorStream(true).start());
        }
        List<String> said = new java.util.ArrayList<>();
        Process holder = null;
        for (Process p : claimants) {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
            said.add(line);
            if ("held".equals(line)) holder = p;
        }
        try {
            assertEquals(1, said.stream().filter("held"::equals).count(), said.toString());
            long holderPid = holder.pid();
            for (String line : said) {
                if (!line.equals("held")) {
                    assertEquals("refused: --name 'race' is taken by a run being made (process " + holderPid + ")",
                            line);
                }
            }
        } finally {
            for (Process p : claimants) {
                p.getOutputStream().close();
                p.waitFor();
            }
        }
    }

    /**
     * Threads of one process claiming one name at once: each finds it this process's own, and the process keeps the
     * lock (a second descriptor of the file, closed, would have let it go).
     */
    @Test
    void threads_of_one_process_claiming_one_name_share_it_and_the_lock_stays_held() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 8; i++) {
            threads.add(new Thread(() -> {
                try {
                    new ProfileStore(profiles).checkNewName("shared");
                } catch (Throwable e) {
                    failed.add(e);
                }
            }));
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        assertEquals(List.of(), failed);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), NameClaimHolder.class.getName(), profiles.toString(), "shared")
                .redirectErrorStream(true).start();
        other.getOutputStream().close();
        assertEquals("refused: --name 'shared' is taken by a run being made (process " + ProcessHandle.current().pid()
                + ")\n", new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(2, other.waitFor());
    }
}
