package workbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.Frame;
import workbench.model.RunSet;
import workbench.report.Labels;
import workbench.statistics.Verdict;

/**
 * The total of {@code compare}: the process's CPU time when both sides recorded it, tested; the wall-clock own time
 * beside it, not tested; the wall time with a note why when a side did not record it.
 */
class CompareTotalTest {

    private static final Frame WORK = SyntheticSets.function("Work", "run", 10);
    /** One side's own times as a neighbour's load stretches them: the second set ran while a build ran beside it. */
    private static final double[] QUIET = {1.00, 1.02, 0.99, 1.01, 1.00, 0.98};
    private static final double[] LOADED = {1.55, 1.71, 1.48, 1.62, 1.66, 1.59};

    private static RunSet set(String id, long seed) {
        return SyntheticSets.deterministic(id, 6, Map.of(WORK, 1.0), Map.of(WORK, 1L), 0.02, seed);
    }

    private static String print(Comparison c) {
        StringWriter sw = new StringWriter();
        new CompareTable(c, Labels.STRIPPED).print(new PrintWriter(sw), 0, null);
        return sw.toString();
    }

    @Test
    void a_to_a_under_load_is_not_called_on_the_cpu_time_and_the_wall_time_shows_beside_untested() {
        RunSet a = SyntheticSets.withCpu(set("a", 1), 1.3, QUIET, 11);
        RunSet b = SyntheticSets.withCpu(set("b", 2), 1.3, LOADED, 12);
        Comparison c = Comparison.of(a, b, Measure.TOTTIME, false, 0.01);
        assertEquals(TotalTime.CPU, c.totalTime());
        assertEquals(Verdict.SAME, c.total().change().verdict());
        assertEquals(Verdict.NOT_TESTED, c.wallTotal().change().verdict());
        assertTrue(c.wallTotal().change().ratio().lower() > 1.4, "the wall moved: " + c.wallTotal().change());
        assertEquals("", c.totalNote());
        List<String> lines = print(c).lines().toList();
        assertTrue(lines.get(2).matches("total: CPU time of the process \\(s\\)  A 1\\.[0-9]+ \\[[0-9.]+, [0-9.]+\\]"
                + "   B 1\\.[0-9]+ \\[[0-9.]+, [0-9.]+\\]   B/A [-+][0-9.]+% \\[[-+][0-9.]+%, [-+][0-9.]+%\\]"
                + "   ~ \\(q=[0-9.e-]+\\)"), lines.get(2));
        assertTrue(lines.get(3).matches("total: own time, wall \\(s\\) {11}A 1(\\.0[0-9]*)? \\[.*\\]   B 1\\.6[0-9]*"
                + " \\[.*\\]   B/A \\+[0-9.]+% \\[.*\\]   not tested"), lines.get(3));
        assertTrue(lines.get(4).startsWith("statistics: "), lines.get(4));
    }

    @Test
    void twice_the_cpu_is_called_slower_at_its_ratio() {
        RunSet a = SyntheticSets.withCpu(set("a", 1), 1.0, null, 21);
        RunSet b = SyntheticSets.withCpu(set("b", 2), 2.0, null, 22);
        Comparison c = Comparison.of(a, b, Measure.TOTTIME, false, 0.01);
        assertEquals(Verdict.SLOWER, c.total().change().verdict());
        assertTrue(c.total().change().ratio().contains(2.0), c.total().change().ratio().toString());
        assertTrue(print(c).lines().toList().get(2).matches("total: CPU time of the process .* B/A \\+(9[0-9]|10[0-9])"
                + "\\.[0-9]% .*   slower \\(q=[0-9.e-]+\\)"), print(c));
    }

    @Test
    void without_the_cpu_time_on_one_side_the_total_is_the_wall_time_and_a_note_says_why() throws Exception {
        RunSet a = set("a", 1);
        RunSet b = SyntheticSets.withCpu(set("b", 2), 1.0, null, 31);
        Comparison c = Comparison.of(a, b, Measure.TOTTIME, false, 0.01);
        assertEquals(TotalTime.WALL, c.totalTime());
        assertNull(c.wallTotal());
        assertEquals(Verdict.SAME, c.total().change().verdict());
        List<String> lines = print(c).lines().toList();
        assertTrue(lines.get(2).startsWith("total: own time, wall (s)  A 0.99"), lines.get(2));
        assertEquals("note: the total is wall time, which the machine's load moves: A's runs did not record their CPU"
                + " time (attached to a running JVM, or saved before runs recorded it)", lines.get(3));

        // --json carries the same: what the total is, the note, and no wall row beside it
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(c));
        assertEquals("WALL", json.get("totalTime").asText());
        assertTrue(json.get("wallTotal").isNull(), json.toString());
        assertTrue(json.get("totalNote").asText().contains("A's runs did not record"), json.toString());
    }

    @Test
    void the_json_of_a_cpu_total_has_both_rows_and_their_verdicts() throws Exception {
        RunSet a = SyntheticSets.withCpu(set("a", 1), 1.0, QUIET, 41);
        RunSet b = SyntheticSets.withCpu(set("b", 2), 2.0, LOADED, 42);
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(
                Comparison.of(a, b, Measure.TOTTIME, false, 0.01)));
        assertEquals("CPU", json.get("totalTime").asText());
        assertEquals("SLOWER", json.get("total").get("change").get("verdict").asText());
        assertEquals("NOT_TESTED", json.get("wallTotal").get("change").get("verdict").asText());
        assertEquals(6, json.get("total").get("b").size());
        assertEquals(1.55, json.get("wallTotal").get("b").get(0).asDouble(), 1e-9);
    }
}
