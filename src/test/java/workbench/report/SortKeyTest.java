package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.FunctionStats;

class SortKeyTest {

    @Test
    void unique_prefixes_select_a_key_as_in_pstats() {
        assertEquals("internal time", SortKey.parse("tim").description());
        assertEquals("internal time", SortKey.parse("to").description());
        assertEquals("internal time", SortKey.parse("tottime").description());
        assertEquals("cumulative time", SortKey.parse("cu").description());
        assertEquals("cumulative time", SortKey.parse("cumulative").description());
        assertEquals("call count", SortKey.parse("ca").description());
        assertEquals("primitive call count", SortKey.parse("p").description());
        assertEquals("name/file/line", SortKey.parse("nf").description());
        assertEquals("standard name", SortKey.parse("std").description());
        assertEquals("file name", SortKey.parse("f").description());
    }

    @Test
    void ambiguous_prefixes_are_rejected() {
        // "c" is claimed by calls and cumtime, "cum" by cumtime and cumulative, "t" by time and tottime:
        // pstats drops them all, even where both claimants mean the same order
        assertThrows(IllegalArgumentException.class, () -> SortKey.parse("c"));
        assertThrows(IllegalArgumentException.class, () -> SortKey.parse("t"));
        assertThrows(IllegalArgumentException.class, () -> SortKey.parse("cum"));
        assertThrows(IllegalArgumentException.class, () -> SortKey.parse("n"));
        assertThrows(IllegalArgumentException.class, () -> SortKey.parse("bogus"));
    }

    @Test
    void several_keys_sort_by_the_first_then_the_next() {
        List<FunctionStats> list = new ArrayList<>(FunctionTableTest.stats());
        List<SortKey> keys = List.of(SortKey.parse("calls"), SortKey.parse("name"));
        list.sort(SortKey.comparator(keys));
        assertEquals("Data.randint", list.get(0).key().function());
        assertEquals("java.util.Random.nextInt", list.get(1).key().function());
        assertEquals("Fib.fib", list.get(2).key().function());
        assertEquals("call count, function name", SortKey.describe(keys));
    }
}
