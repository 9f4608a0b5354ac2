package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.FunctionStats;

class RestrictionTest {

    @Test
    void a_count_at_or_above_the_size_keeps_everything_and_says_nothing() {
        StringBuilder msg = new StringBuilder();
        List<FunctionStats> kept = Restriction.count(10).apply(FunctionTableTest.stats(), msg, Labels.STRIPPED);
        assertEquals(5, kept.size());
        assertEquals("", msg.toString());
    }

    @Test
    void a_regex_is_searched_in_the_standard_name() {
        StringBuilder msg = new StringBuilder();
        List<FunctionStats> kept = Restriction.regex("^\\{java").apply(FunctionTableTest.stats(), msg, Labels.STRIPPED);
        assertEquals(1, kept.size());
        assertEquals("   List reduced from 5 to 1 due to restriction <'^\\\\{java'>\n", msg.toString());
    }

    @Test
    void bad_limits_and_patterns_are_rejected_with_a_message() {
        assertThrows(IllegalArgumentException.class, () -> Restriction.parseLimit("ten"));
        assertThrows(IllegalArgumentException.class, () -> Restriction.parseLimit("-1"));
        assertThrows(IllegalArgumentException.class, () -> Restriction.parseLimit("1.5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Restriction.regex("(x"));
        assertEquals(true, e.getMessage().startsWith("invalid regular expression '(x'"));
    }

    @Test
    void a_regex_on_full_labels_can_select_by_package() {
        StringBuilder msg = new StringBuilder();
        List<FunctionStats> kept = Restriction.regex("^workbench/workload/")
                .apply(FunctionTableTest.stats(), msg, new Labels(false));
        assertEquals(List.of(FunctionTableTest.CI, FunctionTableTest.RANDINT),
                kept.stream().map(FunctionStats::function).toList());
        assertEquals("   List reduced from 5 to 2 due to restriction <'^workbench/workload/'>\n", msg.toString());
    }

    @Test
    void stripped_labels_have_no_directories_for_a_regex_to_find() {
        StringBuilder msg = new StringBuilder();
        List<FunctionStats> kept = Restriction.regex("workbench/workload/")
                .apply(FunctionTableTest.stats(), msg, Labels.STRIPPED);
        assertEquals(List.of(), kept);
    }
}
