package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.growth.Sweeps;
import workbench.history.Stores;
import workbench.model.SweepStudy;
import workbench.store.ProfileStore;

/** {@code compare} on two saved sweeps: the point-by-point table; a sweep against a run set is refused. */
class CompareSweepsTest {

    private static final String A = "20261201-000000-sweep";
    private static final String B = "20261202-000000-sweep";

    @TempDir
    Path dir;

    private String runSet;

    @BeforeEach
    void save() {
        ProfileStore store = new ProfileStore(dir);
        SweepStudy a = Sweeps.growing(List.of(1000, 10000), List.of("boxed"), List.of("plain"), 5, 1.0);
        store.save(a);
        store.save(Sweeps.scaled(a, B, 10000, 2.0));
        var set = Stores.series(-1).get(0);
        store.save(set);
        runSet = set.id();
    }

    @Test
    void two_sweeps_compare_point_by_point() {
        Cli.Result r = Cli.run("compare", "--profiles", dir.toString(), A, B);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("A  " + A + "  sweep n=1000..10000 it=10 boxed plain"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(
                "point +A median \\[95% CI] +B median \\[95% CI] +B/A \\[95% CI] +verdict")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("boxed plain n=10000 it=10 ")
                && l.contains("slower (q=")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("boxed plain n=1000 it=10 ")
                && l.contains(" ~ (q=")), r.out());
    }

    @Test
    void a_sweep_and_a_run_set_are_refused_in_one_line() {
        for (String[] pair : new String[][] {{A, runSet}, {runSet, B}}) {
            Cli.Result r = Cli.run("compare", "--profiles", dir.toString(), pair[0], pair[1]);
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("is a sweep and") && r.err().contains("compare two sweeps"), r.err());
        }
    }
}
