package workbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceRefTest {

    private static final MethodId RANDINT = new MethodId("workbench.workload.Data", "randint", "(II)I");

    @Test
    void a_source_file_attribute_is_placed_in_its_package_directory() {
        assertEquals(new SourceRef("workbench/workload/Data.java", 23), SourceRef.of(RANDINT, "Data.java", 23));
    }

    @Test
    void without_a_source_file_attribute_the_outer_classes_file_is_assumed() {
        MethodId inner = new MethodId("a.b.Outer$Inner", "m", "()V");
        assertEquals(new SourceRef("a/b/Outer.java", 7), SourceRef.of(inner, null, 7));
        assertEquals(new SourceRef("a/b/Outer.java", 7), SourceRef.of(inner, "", 7));
        MethodId lambda = new MethodId("a.B$$Lambda.0x0000000801001234", "run", "()V");
        assertEquals(new SourceRef("a/B.java", 3), SourceRef.of(lambda, null, 3));
    }

    @Test
    void the_attribute_wins_over_the_class_name() {
        // a class whose source file is named otherwise (Kotlin, several top-level classes in one file)
        MethodId helper = new MethodId("demo.Helper", "go", "()V");
        assertEquals(new SourceRef("demo/Main.java", 4), SourceRef.of(helper, "Main.java", 4));
    }

    @Test
    void the_default_package_has_no_directory() {
        assertEquals(new SourceRef("Main.java", 5), SourceRef.of(new MethodId("Main", "main", ""), "Main.java", 5));
    }

    @Test
    void file_name_strips_the_directories() {
        assertEquals("Data.java", new SourceRef("workbench/workload/Data.java", 23).fileName());
        assertEquals("Main.java", new SourceRef("Main.java", 5).fileName());
        assertEquals("", SourceRef.UNKNOWN.fileName());
    }

    @Test
    void at_line_keeps_the_file() {
        assertEquals(new SourceRef("a/B.java", 9), new SourceRef("a/B.java", 3).atLine(9));
    }

    @Test
    void a_negative_line_is_unknown_and_a_null_path_is_refused() {
        assertEquals(0, new SourceRef("a/B.java", -1).line());
        assertThrows(IllegalArgumentException.class, () -> new SourceRef(null, 1));
    }
}
