package workbench.instrument;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionSelectorTest {

    @Test
    void default_selects_every_workload_variants_confidence_interval_and_nothing_else() {
        FunctionSelector s = FunctionSelector.defaults();
        assertTrue(s.matches("workbench/workload/BoxedBootstrap", "confidenceInterval"));
        assertTrue(s.matches("workbench/workload/ParallelBootstrap", "confidenceInterval"));
        assertFalse(s.matches("workbench/workload/BoxedBootstrap", "mean"));
        assertFalse(s.matches("com/acme/BoxedBootstrap", "confidenceInterval"));
    }

    @Test
    void class_part_matches_the_qualified_or_the_simple_name_and_stars_match_anything() {
        FunctionSelector s = new FunctionSelector(List.of("BoxedBootstrap.mean", "*.rand*", "Outer$Inner.run",
                "com.acme.*.go"));
        assertTrue(s.matches("workbench/workload/BoxedBootstrap", "mean"));
        assertFalse(s.matches("workbench/workload/TwoLineBootstrap", "mean"));
        assertTrue(s.matches("workbench/workload/Data", "randint"));
        assertTrue(s.matches("x/Outer$Inner", "run"));
        assertTrue(s.matches("com/acme/deep/Thing", "go"));
        assertFalse(s.matches("org/acme/deep/Thing", "go"));
        assertTrue(s.mayMatchClass("com/acme/x/Y"));
    }

    @Test
    void a_pattern_without_a_dot_is_a_method_name_in_any_class() {
        FunctionSelector s = new FunctionSelector(List.of("fib"));
        assertTrue(s.matches("a/b/Recursion", "fib"));
        assertFalse(s.matches("a/b/Recursion", "fibonacci"));
    }

    @Test
    void empty_parts_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new FunctionSelector(List.of("Foo.")));
        assertThrows(IllegalArgumentException.class, () -> new FunctionSelector(List.of(".bar")));
        assertThrows(IllegalArgumentException.class, () -> new FunctionSelector(List.of()));
    }
}
