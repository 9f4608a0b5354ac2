package workbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffTest {

    private static Map<String, Integer> map(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Integer) kv[i + 1]);
        return m;
    }

    @Test
    void rows_come_in_a_order_then_the_ones_only_b_has_in_b_order() {
        List<Diff.Row<String, Integer>> rows = Diff.of(map("x", 1, "y", 2, "z", 3), map("w", 9, "y", 5, "v", 8));
        assertEquals(List.of(
                new Diff.Row<>("x", 1, null),
                new Diff.Row<>("y", 2, 5),
                new Diff.Row<>("z", 3, null),
                new Diff.Row<>("w", null, 9),
                new Diff.Row<>("v", null, 8)), rows);
        assertEquals(List.of(true, false, true, false, false), rows.stream().map(Diff.Row::removed).toList());
        assertEquals(List.of(false, false, false, true, true), rows.stream().map(Diff.Row::added).toList());
    }

    @Test
    void sum_by_adds_values_of_one_key_in_first_appearance_order() {
        Map<Character, String> sums = Diff.sumBy(List.of("apple", "bean", "avocado", "beet", "cherry"),
                s -> s.charAt(0), (a, b) -> a + "+" + b);
        assertEquals(List.of('a', 'b', 'c'), List.copyOf(sums.keySet()));
        assertEquals("apple+avocado", sums.get('a'));
        assertEquals("bean+beet", sums.get('b'));
    }
}
