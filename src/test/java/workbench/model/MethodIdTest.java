package workbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodIdTest {

    @Test
    void a_nested_class_has_its_package_its_simple_name_and_its_outer_class() {
        MethodId m = new MethodId("a.b.Outer$Inner", "m", "()V");
        assertEquals("a.b", m.packageName());
        assertEquals("Outer$Inner", m.simpleClassName());
        assertEquals("Outer", m.outerClassName());
    }

    @Test
    void a_top_level_class_is_its_own_outer_class() {
        MethodId m = new MethodId("java.util.Random", "nextInt", "(I)I");
        assertEquals("java.util", m.packageName());
        assertEquals("Random", m.simpleClassName());
        assertEquals("Random", m.outerClassName());
    }

    @Test
    void the_default_package_is_empty() {
        MethodId m = new MethodId("Main", "main", "([Ljava/lang/String;)V");
        assertEquals("", m.packageName());
        assertEquals("Main", m.simpleClassName());
    }

    @Test
    void a_hidden_lambda_class_belongs_to_its_host_class() {
        MethodId m = new MethodId("a.B$$Lambda", "run", "()V");
        assertEquals("a", m.packageName());
        assertEquals("B$$Lambda", m.simpleClassName());
        assertEquals("B", m.outerClassName());
    }

    @Test
    void the_dots_in_a_jdk21_hidden_class_suffix_are_not_package_separators() {
        MethodId m = new MethodId("a.b.Host$$Lambda.0x0000000801001234", "run", "()V");
        assertEquals("a.b", m.packageName());
        assertEquals("Host$$Lambda.0x0000000801001234", m.simpleClassName());
        assertEquals("Host", m.outerClassName());
    }

    @Test
    void internal_names_turn_slashes_into_dots() {
        assertEquals(new MethodId("java.util.Random", "next", "(I)I"),
                MethodId.ofInternal("java/util/Random", "next", "(I)I"));
    }

    @Test
    void any_overload_drops_the_descriptor_and_keeps_an_unknown_one_as_is() {
        MethodId m = new MethodId("demo.Demo", "work", "(I)I");
        assertEquals(new MethodId("demo.Demo", "work", ""), m.anyOverload());
        MethodId any = m.anyOverload();
        assertSame(any, any.anyOverload());
    }

    @Test
    void overloads_are_different_methods() {
        assertNotEquals(new MethodId("demo.Demo", "work", "(I)I"), new MethodId("demo.Demo", "work", "(J)J"));
    }

    @Test
    void methods_order_by_class_then_name_then_descriptor() {
        MethodId aRun = new MethodId("a.Util", "run", "()V");
        MethodId aRunInt = new MethodId("a.Util", "run", "(I)V");
        MethodId aStop = new MethodId("a.Util", "stop", "()V");
        MethodId bRun = new MethodId("b.Util", "run", "()V");
        List<MethodId> list = new ArrayList<>(List.of(bRun, aStop, aRunInt, aRun));
        list.sort(null);
        assertEquals(List.of(aRun, aRunInt, aStop, bRun), list);
    }

    @Test
    void no_part_may_be_null() {
        assertThrows(IllegalArgumentException.class, () -> new MethodId(null, "m", ""));
        assertThrows(IllegalArgumentException.class, () -> new MethodId("a.B", null, ""));
        assertThrows(IllegalArgumentException.class, () -> new MethodId("a.B", "m", null));
    }

    @Test
    void to_string_is_class_dot_method_and_descriptor() {
        assertEquals("a.B.m(I)V", new MethodId("a.B", "m", "(I)V").toString());
        assertTrue(new MethodId("a.B", "m", "").toString().endsWith(".m"));
    }
}
