package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static workbench.model.Frames.builtin;
import static workbench.model.Frames.java;
import static workbench.model.Frames.nativeCode;

import org.junit.jupiter.api.Test;
import workbench.model.Frame;
import workbench.model.Frames;

class LabelsTest {

    private static final Labels FULL = new Labels(false);
    private static final Labels STRIPPED = Labels.STRIPPED;

    @Test
    void stripped_labels_are_pstats_file_line_and_simple_class_dot_method() {
        assertEquals("Data.java:23(Data.randint)", STRIPPED.label(Frames.RANDINT));
        assertEquals("Data.java", STRIPPED.file(Frames.RANDINT));
        assertEquals("Data.randint", STRIPPED.function(Frames.RANDINT));
    }

    @Test
    void full_labels_give_the_source_path_and_the_binary_class_name() {
        assertEquals("workbench/workload/Data.java:23(workbench.workload.Data.randint)", FULL.label(Frames.RANDINT));
        assertEquals("workbench/workload/Data.java", FULL.file(Frames.RANDINT));
        assertEquals("workbench.workload.Data.randint", FULL.function(Frames.RANDINT));
    }

    @Test
    void two_classes_of_one_simple_name_share_a_stripped_name_but_not_a_full_label() {
        Frame a = java("a.Util", "run", "()V", 3);
        Frame b = java("b.Util", "run", "()V", 3);
        assertEquals("Util.run", STRIPPED.function(a));
        assertEquals(STRIPPED.function(a), STRIPPED.function(b));
        assertEquals(STRIPPED.label(a), STRIPPED.label(b));
        assertEquals("a/Util.java:3(a.Util.run)", FULL.label(a));
        assertEquals("b/Util.java:3(b.Util.run)", FULL.label(b));
        assertNotEquals(FULL.label(a), FULL.label(b));
    }

    @Test
    void builtins_are_braced_full_names_in_the_tilde_file_stripped_or_not() {
        Frame next = builtin("java.util.Random", "nextInt");
        assertEquals("{java.util.Random.nextInt}", STRIPPED.label(next));
        assertEquals("{java.util.Random.nextInt}", FULL.label(next));
        assertEquals("~", STRIPPED.file(next));
        assertEquals("~", FULL.file(next));
    }

    @Test
    void native_frames_are_named_as_async_profiler_names_them() {
        assertEquals("{libjvm.so`Symbol}", STRIPPED.label(nativeCode("libjvm.so", "Symbol")));
        assertEquals("{libjvm.so`Symbol}", FULL.label(nativeCode("libjvm.so", "Symbol")));
        assertEquals("{sym_[k]}", STRIPPED.label(nativeCode("[kernel]", "sym")));
        assertEquals("{sym_[k]}", FULL.label(nativeCode("[kernel]", "sym")));
        assertEquals("{__memcpy_avx}", STRIPPED.label(nativeCode("", "__memcpy_avx")));
    }

    @Test
    void a_nested_class_is_outer_dot_inner_in_the_outer_classes_file() {
        Frame m = java("a.Outer$Inner", "m", "()V", 12);
        assertEquals("Outer.Inner.m", STRIPPED.function(m));
        assertEquals("Outer.java:12(Outer.Inner.m)", STRIPPED.label(m));
        assertEquals("a/Outer.java:12(a.Outer$Inner.m)", FULL.label(m));
    }

    @Test
    void a_hidden_lambda_class_keeps_its_double_dollar() {
        assertEquals("B$$Lambda.run", STRIPPED.function(java("a.B$$Lambda", "run", 0)));
        // JDK 21+ names: the dots after $$Lambda are not package separators, and the address is dropped
        assertEquals("B$$Lambda.run", STRIPPED.function(java("a.B$$Lambda.0x0000000801001234", "run", 0)));
        // JDK 17 names
        assertEquals("B$$Lambda.run", STRIPPED.function(java("a.B$$Lambda$14/0x0000000800c03000", "run", 0)));
        assertEquals("B.Inner$$Lambda.run", STRIPPED.function(java("a.B$Inner$$Lambda", "run", 0)));
        assertEquals("a.B$$Lambda.run", FULL.function(java("a.B$$Lambda", "run", 0)));
        assertEquals("B.java", STRIPPED.file(java("a.B$$Lambda", "run", 0)));
    }

    @Test
    void statprof_names_a_line_and_a_function() {
        assertEquals("Data.java:23:Data.randint", STRIPPED.line(Frames.RANDINT));
        assertEquals("Data.java:Data.randint", STRIPPED.functionOnly(Frames.RANDINT));
        assertEquals("workbench/workload/Data.java:23:workbench.workload.Data.randint", FULL.line(Frames.RANDINT));
        assertEquals("~:0:libjvm.so`Spin", STRIPPED.line(nativeCode("libjvm.so", "Spin")));
    }

    @Test
    void a_class_in_the_default_package_has_no_directory_either_way() {
        Frame main = java("Main", "main", "([Ljava/lang/String;)V", 5);
        assertEquals("Main.java:5(Main.main)", STRIPPED.label(main));
        assertEquals("Main.java:5(Main.main)", FULL.label(main));
    }

    @Test
    void a_function_without_a_line_shows_its_first_line_or_none_never_zero() {
        Frame sampled = java("demo.shift.Shift", "beta", "(J)J", 0);
        assertEquals("Shift.java(Shift.beta)", STRIPPED.label(sampled));
        assertEquals("Shift.java:31(Shift.beta)", STRIPPED.withFirstLines(m -> 31).label(sampled));
        assertEquals("Shift.java:7(Shift.beta)", STRIPPED.withFirstLines(m -> 31).label(java("demo.shift.Shift", "beta", "(J)J", 7)));
    }
}
