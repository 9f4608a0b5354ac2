package workbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentingTransformerTest {

    /** A mode whose instrumenter always fails, as ASM does on a class it cannot handle. */
    private static final class FailingMode implements AgentMode {
        @Override
        public byte[] instrument(String internalName, byte[] classBytes) {
            throw new IllegalStateException("cannot handle this");
        }

        @Override
        public void write(java.nio.file.Path file) {
        }
    }

    @Test
    void a_class_that_cannot_be_instrumented_loads_unchanged_and_is_named_once_on_stderr() {
        InstrumentingTransformer t = new InstrumentingTransformer(new ClassFilter(List.of(), List.of()),
                new FailingMode());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            ClassLoader app = getClass().getClassLoader();
            assertNull(t.transform(app, "com/acme/Broken", null, null, new byte[] {1, 2, 3}));
            assertNull(t.transform(app, "com/acme/Broken", null, null, new byte[] {1, 2, 3}));
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertEquals("workbench agent: not profiled: com.acme.Broken: the instrumenter failed on it"
                + " (java.lang.IllegalStateException: cannot handle this)", text.strip());
    }

    @Test
    void jdk_classes_and_the_bootstrap_loader_are_never_handed_to_the_mode() {
        InstrumentingTransformer t = new InstrumentingTransformer(new ClassFilter(List.of(), List.of()),
                new FailingMode());
        assertNull(t.transform(null, "com/acme/App", null, null, new byte[0]));
        assertNull(t.transform(getClass().getClassLoader(), "java/util/Random", null, null, new byte[0]));
    }

    /**
     * A program that starts through a launcher runs its real code outside the default selection (the main class's
     * package): the classes an application loader defines that the filter leaves out are counted by package and
     * named once at the end, with the {@code --include} that would profile them. The JDK's, the workbench's own and
     * the selected classes are not counted, nor a class retransformed again.
     */
    @Test
    void the_programs_classes_the_selection_leaves_out_are_named_by_package() {
        LeftOutClasses leftOut = new LeftOutClasses();
        InstrumentingTransformer t = new InstrumentingTransformer(
                new ClassFilter(List.of("org.codehaus.plexus.classworlds.*"), List.of()), new FailingMode(),
                new workbench.instrument.SkipLog(line -> { }), null, false, leftOut);
        ClassLoader app = getClass().getClassLoader();
        for (String c : List.of("org/apache/maven/cli/MavenCli", "org/apache/maven/Maven", "org/apache/maven/cli/Foo",
                "org/eclipse/aether/Repo", "Toplevel", "java/util/Random", "workbench/model/Frame",
                "workbench/shaded/asm/ClassReader")) {
            assertNull(t.transform(app, c, null, null, new byte[0]));
        }
        assertNull(t.transform(app, "org/apache/maven/Retransformed", String.class, null, new byte[0]));
        assertNull(t.transform(null, "org/apache/maven/Boot", null, null, new byte[0]));
        assertEquals("not profiled: 5 classes the program loaded are outside the class selection, most in"
                + " org.apache.maven (3), the default package (1), org.eclipse.aether (1); --include"
                + " 'org.apache.maven.*' profiles those (--include replaces the default selection: name the program's"
                + " own classes too)", leftOut.notice());
        assertNull(new LeftOutClasses().notice(), "nothing left out, nothing said");
        LeftOutClasses one = new LeftOutClasses();
        one.saw("Work");
        assertEquals("not profiled: 1 class the program loaded is outside the class selection, Work; --include 'Work'"
                + " profiles it (--include replaces the default selection: name the program's own classes too)",
                one.notice());
    }

    @Test
    void a_package_is_named_by_its_first_three_segments() {
        assertEquals("org.apache.maven", LeftOutClasses.packageOf("org/apache/maven/cli/event/Spy"));
        assertEquals("com.acme", LeftOutClasses.packageOf("com/acme/App"));
        assertEquals("", LeftOutClasses.packageOf("Main"));
    }
}
