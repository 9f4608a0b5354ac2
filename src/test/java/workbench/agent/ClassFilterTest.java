package workbench.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JDK is left alone unless a pattern names a JDK package from its first character. */
class ClassFilterTest {

    private static final String PARSER = "com/sun/tools/javac/parser/JavacParser";

    @Test
    void the_default_selection_leaves_javac_alone() {
        ClassFilter f = new ClassFilter(List.of(), List.of());
        assertFalse(f.instruments(PARSER));
        assertTrue(f.instruments("com/acme/App"));
    }

    @Test
    void an_include_naming_the_parser_package_reaches_it_and_only_it() {
        ClassFilter f = new ClassFilter(List.of("com.sun.tools.javac.parser.*"), List.of());
        assertTrue(f.instruments(PARSER));
        assertTrue(f.instruments(PARSER, "term3"));
        assertFalse(f.instruments("com/sun/tools/javac/comp/Attr"));
        assertFalse(f.instruments("com/acme/App"));
    }

    @Test
    void a_wildcard_include_does_not_reach_the_jdk() {
        ClassFilter f = new ClassFilter(List.of("*"), List.of());
        assertTrue(f.instruments("com/acme/App"));
        assertFalse(f.instruments(PARSER));
        assertFalse(f.instruments("java/util/ArrayList"));
        assertFalse(new ClassFilter(List.of("*.javac.parser.*"), List.of()).instruments(PARSER));
    }

    @Test
    void an_exclude_wins_over_a_jdk_include() {
        ClassFilter f = new ClassFilter(List.of("com.sun.tools.javac.*"), List.of("com.sun.tools.javac.parser.*"));
        assertFalse(f.instruments(PARSER));
        assertTrue(f.instruments("com/sun/tools/javac/comp/Attr"));
    }

    @Test
    void a_line_mode_function_naming_a_jdk_class_lets_that_class_through_beside_the_default_selection() {
        ClassFilter f = new ClassFilter(List.of(), List.of(),
                List.of("com.sun.tools.javac.parser.JavacParser.term3", "*.mean"));
        assertTrue(f.instruments(PARSER));
        assertFalse(f.instruments("com/sun/tools/javac/parser/JavaTokenizer"));
        assertTrue(f.instruments("com/acme/App"));
        assertFalse(f.instruments("java/lang/Math"));
    }

    @Test
    void the_workbench_machinery_stays_out_whatever_is_included() {
        ClassFilter f = new ClassFilter(List.of("workbench.*"), List.of(), List.of("workbench.agent.rt.Tracer.enter"));
        assertFalse(f.instruments("workbench/agent/rt/Tracer"));
        assertFalse(f.instruments("workbench/instrument/SkipLog"));
    }
}
