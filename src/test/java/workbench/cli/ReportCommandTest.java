package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.compare.SyntheticSets;
import workbench.model.Frame;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.RunSet;
import workbench.model.SourceRef;
import workbench.store.ProfileStore;
import workbench.store.RunResolver;

/** {@code report}: a page from saved runs, and bad input refused in one line before any file is written. */
class ReportCommandTest {

    private static final String A = "20261130-000001-deterministic";
    private static final String B = "20261130-000002-deterministic";
    private static final String L = "20261130-000003-line";

    @TempDir
    Path dir;

    private Path profiles;

    @BeforeEach
    void store() {
        profiles = dir.resolve("profiles");
        ProfileStore store = new ProfileStore(profiles);
        Frame slow = SyntheticSets.function("Work", "slow", 10);
        Frame same = SyntheticSets.function("Work", "same", 20);
        Map<Frame, Long> calls = Map.of(slow, 10L, same, 10L);
        store.save(SyntheticSets.deterministic(A, 6, new LinkedHashMap<>(Map.of(slow, 0.1, same, 0.2)), calls, 0.01, 1));
        store.save(SyntheticSets.deterministic(B, 6, new LinkedHashMap<>(Map.of(slow, 0.3, same, 0.2)), calls, 0.01, 2));
        MethodId m = new MethodId("demo.Loop", "run", "()V");
        LineData lines = new LineData(LineTiming.EXACT, 30, List.of(new LineData.FunctionLines(m,
                new SourceRef("demo/Loop.java", 3), List.of(new LineData.LineStats(3, 1, 1_000)))));
        store.save(RunSet.of(SyntheticSets.profile(L, lines, 1_000)));
    }

    private Cli.Result report(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "report";
        all[1] = "--profiles";
        all[2] = profiles.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    @Test
    void writes_one_page_with_a_tab_per_run_and_per_comparison() throws IOException {
        Path page = dir.resolve("r.html");
        Cli.Result r = report(A, L, "--compare", A, B, "-o", page.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(page);
        assertEquals(3, html.split("<section class=\"tab\"", -1).length - 1);
        assertTrue(html.contains("<td class=\"slower\" data-v=\"slower"), "B's slow function is slower");
        assertTrue(r.err().startsWith("workbench: report " + page), r.err());
        assertEquals("", r.out());
    }

    @Test
    void compares_runs_of_different_targets_only_with_force_and_says_so() throws IOException {
        String c = "20261130-000004-deterministic";
        ProfileStore store = new ProfileStore(profiles);
        store.save(SyntheticSets.retargeted(store.load(new RunResolver(store).path(B)), c, "n", "2000"));
        String difference = "--compare " + A + " " + c + ": A and B profile different targets (n 1000 -> 2000)";
        Path page = dir.resolve("forced.html");

        Cli.Result refused = report("--compare", A, c, "-o", page.toString());
        assertEquals(2, refused.code(), refused.err());
        assertEquals(List.of("workbench: " + difference + "; --force compares them anyway"), refused.err().lines().toList());
        assertFalse(Files.exists(page), "a refused comparison writes no page");

        Cli.Result forced = report("--force", "--compare", A, c, "-o", page.toString());
        assertEquals(0, forced.code(), forced.err());
        List<String> err = forced.err().lines().toList();
        assertEquals(2, err.size(), forced.err());
        assertEquals("workbench: warning: " + difference, err.get(0));
        assertTrue(err.get(1).startsWith("workbench: report " + page), forced.err());
        String html = Files.readString(page);
        assertEquals(1, html.split("<section class=\"tab\"", -1).length - 1);
        assertTrue(html.contains("<td class=\"slower\" data-v=\"slower"), "the forced comparison's verdicts are drawn");
    }

    @Test
    void bad_input_is_one_line_and_exit_2_and_writes_nothing() {
        Path page = dir.resolve("bad.html");
        List<List<String>> cases = List.of(
                List.of("-o", page.toString()),
                List.of(A, "-o", dir.resolve("r.txt").toString()),
                List.of("nosuch", "-o", page.toString()),
                List.of(A, "--by", "column", "-o", page.toString()),
                List.of("--compare", A, L, "-o", page.toString()),
                List.of("--compare", A, A, "-o", page.toString()),
                List.of(A, "--threshold", "5", "-o", page.toString()),
                List.of(A));
        for (List<String> args : cases) {
            Cli.Result r = report(args.toArray(String[]::new));
            assertEquals(2, r.code(), args + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), args + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(page), args + " wrote a page");
        }
    }
}
