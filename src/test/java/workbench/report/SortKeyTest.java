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
        list.sort(SortKey.comparator(keys, Labels.STRIPPED));
        assertEquals("Data.randint", Labels.STRIPPED.function(list.get(0).function()));
        assertEquals("java.util.Random.nextInt", Labels.STRIPPED.function(list.get(1).function()));
        assertEquals("Fib.fib", Labels.STRIPPED.function(list.get(2).function()));
        assertEquals("call count, function name", SortKey.describe(keys));
    }

    @Test
    void name_keys_sort_by_the_label_shown_so_full_labels_sort_by_package() {
        // stripped, the workload's classes sort first (capitals before the builtin's "java"); in full, by package
        List<FunctionStats> list = new ArrayList<>(FunctionTableTest.stats());
        list.sort(SortKey.comparator(List.of(SortKey.parse("name")), Labels.STRIPPED));
        assertEquals(List.of("BoxedBootstrap.confidenceInterval", "Data.randint", "Fib.fib", "Zero.never",
                "java.util.Random.nextInt"), list.stream().map(s -> Labels.STRIPPED.function(s.function())).toList());
        Labels full = new Labels(false);
        list.sort(SortKey.comparator(List.of(SortKey.parse("name")), full));
        assertEquals(List.of("demo.Fib.fib", "demo.Zero.never", "java.util.Random.nextInt",
                "workbench.workload.BoxedBootstrap.confidenceInterval", "workbench.workload.Data.randint"),
                list.stream().map(s -> full.function(s.function())).toList());
    }

    @Test
    void the_file_key_sorts_builtins_by_their_tilde_file_after_source_files() {
        List<FunctionStats> list = new ArrayList<>(FunctionTableTest.stats());
        list.sort(SortKey.comparator(List.of(SortKey.parse("file"), SortKey.parse("line")), Labels.STRIPPED));
        assertEquals(FunctionTableTest.NEXT, list.get(list.size() - 1).function());
        assertEquals(FunctionTableTest.CI, list.get(0).function());
    }
}
