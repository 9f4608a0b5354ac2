package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.overhead.AccuracyFiguresTest;
import workbench.store.ProfileStore;

/** {@code accuracy}'s bad input (one line, exit 2, before any child runs), its JSON, and stats on a saved study. */
class AccuracyCommandTest {

    @TempDir
    Path dir;

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "accuracy";
        all[1] = "--profiles";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    @Test
    void bad_injections_are_one_line_and_exit_2() {
        String[][] cases = {{"--inject", "randint=200ns", "1000"}, {"--inject", "Data.randint", "1000"},
            {"--inject", "Data.randint=fast", "1000"}, {"--inject", "Data.randint=+0%", "1000"},
            {"--inject", "Data.randint:12=1us", "--modes", "line-hits", "1000"},
            {"--inject", "Data.randint:12=1us", "--modes", "deterministic", "1000"},
            {"--inject", "Data.randint=1us", "--modes", "line", "1000"},
            {"--inject", "Data.randint=1us", "--repeat", "0", "1000"}};
        for (String[] c : cases) {
            Cli.Result r = run(c);
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("workbench: "), r.err());
        }
    }

    @Test
    void a_line_target_refuses_line_hits_with_the_reason_it_is_left_out() {
        Cli.Result r = run("--inject", "Data.randint:12=1us", "--modes", "line-hits", "1000");
        assertEquals("workbench: --modes: " + workbench.overhead.AccuracyRunner.HITS_LEFT_OUT, r.err().strip());
    }

    @Test
    void json_of_a_line_study_has_the_place_and_what_went_to_the_neighbouring_lines() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        var study = workbench.overhead.AccuracyFiguresTest.lineStudy();
        StringWriter w = new StringWriter();
        AccuracyCommand.print(study, true, store, new PrintWriter(w));
        JsonNode json = new ObjectMapper().readTree(w.toString());
        assertEquals("A.f:10", json.get("place").asText());
        JsonNode async = json.get("rows").get(1);
        assertEquals(0.7, async.get("onMethod").get("value").asDouble(), 1e-9);
        assertEquals(0.2, async.get("neighbours").get("value").asDouble(), 1e-9);
    }

    @Test
    void json_holds_every_configurations_figures_and_stats_prints_the_table() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        var study = AccuracyFiguresTest.study();
        store.save(study);
        StringWriter w = new StringWriter();
        AccuracyCommand.print(study, true, store, new PrintWriter(w));
        JsonNode json = new ObjectMapper().readTree(w.toString());
        assertEquals("A.f", json.get("function").asText());
        assertEquals(3, json.get("rows").size());
        JsonNode jfr = json.get("rows").get(2);
        assertEquals("sampling jfr 1ms", jfr.get("config").asText());
        assertEquals(0.5, jfr.get("onMethod").get("value").asDouble(), 1e-9);
        assertTrue(jfr.get("onMethod").get("upper").asDouble() < 1);
        assertEquals("B.g", jfr.get("elsewhere").get(0).get("function").asText());

        Cli.Result stats = Cli.run("stats", "--profiles", dir.toString(), study.id());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().startsWith("accuracy of each profiler: a busy delay of 100us"), stats.out());
        Cli.Result last = Cli.run("stats", "--profiles", dir.toString(), "last");
        assertEquals(stats.out(), last.out(), last.err());
        Cli.Result runs = Cli.run("runs", "--profiles", dir.toString());
        assertTrue(runs.out().lines().anyMatch(l -> l.startsWith(study.id() + " ") && l.contains(" accuracy ")),
                runs.out());
    }

    @Test
    void runs_lists_a_study_with_its_childrens_wall_time_and_an_old_study_without_one() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        var study = AccuracyFiguresTest.study();
        java.nio.file.Path file = store.save(study);
        // 30 children of 1.3 s wall each (their own times, 1 s each, are not the study's time)
        Cli.Result runs = Cli.run("runs", "--profiles", dir.toString());
        assertTrue(runs.out().lines().anyMatch(l -> l.startsWith(study.id() + " ") && l.contains("  39.00  ")),
                runs.out());
        // a study saved before the children's wall times were kept: unknown, not their own times summed
        String json = java.nio.file.Files.readString(file);
        String old = json.replaceAll(",\\s*\"wallNanos\" : [0-9]+", "");
        assertTrue(old.length() < json.length() && !old.contains("wallNanos"), old);
        java.nio.file.Files.writeString(file, old);
        Cli.Result before = Cli.run("runs", "--profiles", dir.toString());
        assertTrue(before.out().lines().anyMatch(l -> l.startsWith(study.id() + " ")
                && l.matches(".* accuracy .* 30  [^ ]+ +-  .*")), before.out());
    }
}
