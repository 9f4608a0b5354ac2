package workbench.overhead;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverheadSummaryTest {

    private static List<String> summary(double deterministic, double async, double jfrOff, Map<Integer, Double> lines) {
        return OverheadSummary.sentences(StudyFigures.of(new Studies(5)
                .add(Configuration.PLAIN, 1.0)
                .add(Configuration.DETERMINISTIC, deterministic, 10_000_000, Studies.shares("a", 0.6, "b", 0.3,
                        "c", 0.1), Map.of())
                .add(Configuration.ASYNC_1MS, async, 1000, Studies.shares("a", 0.5, "c", 0.3, "b", 0.2), Map.of())
                .add(Configuration.JFR_1MS, 1.3, 800, Studies.shares("b", 0.6, "a", 0.3, "c", 0.1), Map.of())
                .add(Configuration.JFR_OFF, jfrOff)
                .add(Configuration.LINE_EXACT, 1.5, 100_000, Map.of(), lines)
                .add(Configuration.REFERENCE, 1.2, 100, Studies.shares("a", 0.6, "b", 0.3, "c", 0.1),
                        Map.of(26, 0.6, 28, 0.3, 20, 0.1))
                .build()));
    }

    private static String starting(List<String> sentences, String start) {
        return sentences.stream().filter(s -> s.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starting '" + start + "' in " + sentences));
    }

    private static final Map<Integer, Double> RIGHT_LINES = Map.of(26, 0.7, 28, 0.2, 20, 0.1);

    @Test
    void the_cheapest_and_dearest_follow_the_slowdowns() {
        List<String> s = summary(15, 1.02, 1.25, RIGHT_LINES);
        assertTrue(starting(s, "Cheapest profiler here: ").contains("sampling async 1ms (1.02x"), s.toString());
        assertTrue(starting(s, "Cheapest profiler here: ").contains("dearest: deterministic (15.00x)"), s.toString());
        List<String> t = summary(1.01, 2.0, 1.25, RIGHT_LINES); // now the tracer is cheap and the sampler dear
        assertTrue(starting(t, "Cheapest profiler here: ").contains("deterministic (1.01x"), t.toString());
        assertTrue(starting(t, "Cheapest profiler here: ").contains("dearest: sampling async 1ms"), t.toString());
    }

    @Test
    void measurably_slower_lists_only_intervals_above_the_noise() {
        List<String> s = summary(15, 1.0, 1.0, RIGHT_LINES);
        String slower = starting(s, "Measurably slower than plain");
        assertTrue(slower.contains("deterministic 15.00x"), slower);
        assertTrue(!slower.contains("sampling async 1ms"), slower);
        assertTrue(starting(s, "Not told apart from plain").contains("sampling async 1ms"), s.toString());
    }

    @Test
    void the_jfr_sentence_says_whether_the_recorder_or_the_sampling_costs() {
        assertTrue(starting(summary(15, 1.0, 1.25, RIGHT_LINES), "The JFR recorder")
                .contains("most of JFR's cost at 1 ms is the recorder being on"));
        assertTrue(starting(summary(15, 1.0, 1.02, RIGHT_LINES), "The JFR recorder")
                .contains("most of JFR's cost at 1 ms is the sampling"));
    }

    @Test
    void the_line_sentence_names_a_mode_that_puts_another_line_first() {
        String right = starting(summary(15, 1.0, 1.0, RIGHT_LINES), "The reference's hottest line");
        assertTrue(right.contains("line exact agrees (70.0 %)"), right);
        String wrong = starting(summary(15, 1.0, 1.0, Map.of(28, 0.57, 26, 0.3, 20, 0.13)),
                "The reference's hottest line");
        assertTrue(wrong.contains("line exact puts line 28 first (57.0 %; line 26 30.0 %)"), wrong);
    }

    @Test
    void changing_a_figure_changes_the_sentences_that_use_it() {
        assertNotEquals(summary(15, 1.0, 1.0, RIGHT_LINES), summary(14, 1.0, 1.0, RIGHT_LINES));
        List<String> s = summary(15, 1.0, 1.0, RIGHT_LINES);
        assertTrue(starting(s, "Closest to the reference's ranking of functions: ").contains("deterministic (tau 1.00"),
                s.toString());
        assertTrue(starting(s, "The reference's hottest function is a; ").contains("sampling jfr 1ms names b"),
                s.toString());
        assertTrue(starting(s, "To see where the time goes, reach for ").contains("sampling async 1ms"), s.toString());
    }
}
