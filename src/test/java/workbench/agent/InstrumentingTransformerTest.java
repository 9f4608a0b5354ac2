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
}
