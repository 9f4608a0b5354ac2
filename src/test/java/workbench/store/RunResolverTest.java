package workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which run a user means: last, last~N, an id, a name, a unique prefix, a path; anything else one line. */
class RunResolverTest {

    @TempDir
    Path dir;

    private ProfileStore store() {
        ProfileStore store = new ProfileStore(dir);
        store.save(SampleRuns.profile("20261125-060000-deterministic", SampleRuns.functions()));
        store.save(SampleRuns.profile("20261125-060500-sampling", "baseline", SampleRuns.samples()));
        store.save(SampleRuns.profile("20261125-070000-deterministic", SampleRuns.functions()));
        return store;
    }

    @Test
    void last_and_last_tilde_n_count_back_from_the_newest() {
        RunResolver r = new RunResolver(store());
        assertEquals(dir.resolve("20261125-070000-deterministic.json"), r.path("last"));
        assertEquals(dir.resolve("20261125-060500-sampling.json"), r.path("last~1"));
        assertEquals(dir.resolve("20261125-060000-deterministic.json"), r.path("last~2"));
        ProfileStoreTest.assertOneLine(() -> r.path("last~3"), "only 3 saved run(s)");
        ProfileStoreTest.assertOneLine(() -> r.path("last~x"), "expected last or last~N");
    }

    @Test
    void ids_names_and_unique_prefixes_find_their_run() {
        RunResolver r = new RunResolver(store());
        assertEquals(dir.resolve("20261125-060000-deterministic.json"), r.path("20261125-060000-deterministic"));
        assertEquals(dir.resolve("20261125-060500-sampling.json"), r.path("baseline"));
        assertEquals(dir.resolve("20261125-0605"+ "00-sampling.json"), r.path("20261125-0605"));
        assertEquals("baseline", r.resolve("baseline").name());
    }

    @Test
    void an_ambiguous_prefix_or_an_unknown_run_is_one_line() {
        RunResolver r = new RunResolver(store());
        ProfileStoreTest.assertOneLine(() -> r.path("20261125-0"), "'20261125-0' is ambiguous: 3 runs start with it");
        ProfileStoreTest.assertOneLine(() -> r.path("nothing-like-it"), "no saved run 'nothing-like-it'");
        ProfileStoreTest.assertOneLine(() -> new RunResolver(new ProfileStore(dir.resolve("empty"))).path("last"),
                "no saved runs in");
    }

    @Test
    void a_path_to_a_run_file_loads_it() {
        store();
        Path file = dir.resolve("20261125-060000-deterministic.json");
        assertEquals("20261125-060000-deterministic",
                new RunResolver(new ProfileStore(dir.resolve("elsewhere"))).resolve(file.toString()).id());
    }
}
