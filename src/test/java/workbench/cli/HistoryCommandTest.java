package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.history.Stores;
import workbench.model.RunSet;
import workbench.store.ProfileStore;

/** history over a synthetic store: the step flagged at the right run set, nothing on a flat one, bad input in one line. */
class HistoryCommandTest {

    @TempDir
    Path dir;

    private void save(Path store, int step) {
        ProfileStore s = new ProfileStore(store);
        for (RunSet set : Stores.series(step)) s.save(set);
    }

    @Test
    void a_step_is_flagged_at_the_right_run_set() {
        save(dir, 5);
        Cli.Result r = Cli.run("history", "--profiles", dir.toString(), "--function", "Data.randint");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("history of Data.randint (deterministic tottime), boxed n=100000 10x4, 8 run"
                + " set(s), oldest first"), r.out());
        assertTrue(r.out().lines().filter(l -> l.contains("<- ")).toList()
                .equals(java.util.List.of(r.out().lines().filter(l -> l.startsWith("20261106-060000-deterministic"))
                        .findFirst().orElseThrow())), r.out());
        assertTrue(r.out().contains("change point: regressed from 20261106-060000-deterministic on"), r.out());
        Cli.Result since = Cli.run("history", "--profiles", dir.toString(), "--function", "randint", "--since",
                "2026-11-06");
        assertTrue(since.out().contains("3 run set(s)") && since.out().contains("no change point"), since.out());
    }

    @Test
    void a_flat_store_flags_nothing() {
        save(dir, -1);
        Cli.Result r = Cli.run("history", "--profiles", dir.toString(), "--function", "randint", "--match", "night");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no change point"), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.contains("<- ")), r.out());
    }

    @Test
    void unknown_functions_and_bad_options_are_one_line_and_exit_2() {
        save(dir, -1);
        for (String[] args : new String[][] {{"--function", "nosuch"}, {"--line", "Data.java:23"},
                {"--function", "randint", "--since", "yesterday"}, {"--function", "randint", "--match", "("},
                {"--function", "randint", "--match", "nomatch"}, {}, {"--function", "a", "--line", "B.java:1"}}) {
            String[] all = new String[args.length + 3];
            all[0] = "history";
            all[1] = "--profiles";
            all[2] = dir.toString();
            System.arraycopy(args, 0, all, 3, args.length);
            Cli.Result r = Cli.run(all);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), String.join(" ", args) + ": " + r.err());
        }
        assertTrue(Cli.run("history", "--profiles", dir.toString(), "--function", "nosuch").err()
                .startsWith("workbench: no function 'nosuch' in the 8 run set(s)"));
    }

    @Test
    void o_draws_the_chart_and_refuses_other_formats() throws Exception {
        save(dir, 5);
        Path svg = dir.resolve("out").resolve("history.svg");
        java.nio.file.Files.createDirectories(svg.getParent());
        Cli.Result r = Cli.run("history", "--profiles", dir.toString(), "--function", "randint", "-o", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("chart " + svg), r.err());
        assertTrue(java.nio.file.Files.readString(svg).contains("<svg"));
        Cli.Result bad = Cli.run("history", "--profiles", dir.toString(), "--function", "randint", "-o", "h.pdf");
        assertEquals(2, bad.code(), bad.err());
        assertEquals("workbench: -o h.pdf: the chart is written as .svg or .png", bad.err().strip());
    }
}
