package workbench.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.MethodId;

class FirstLinesTest {

    @Test
    void a_method_s_first_line_comes_from_its_class_file_on_the_run_s_class_path() throws Exception {
        Path classes = Path.of(demo.shift.Shift.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        FirstLines lines = FirstLines.forCommand(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-agentpath:x.so", "-cp", classes.toString(), "demo.shift.Shift", "1", "2", "1"));
        // Shift.java: "return spin(rounds, 0xBF58476D1CE4E5B9L);" is beta's only line
        assertEquals(45, lines.of(new MethodId("demo.shift.Shift", "beta", "(J)J")));
        assertEquals(45, lines.of(new MethodId("demo.shift.Shift", "beta", "")), "no descriptor: by name");
        assertEquals(0, lines.of(new MethodId("demo.shift.Shift", "delta", "(J)J")));
        assertEquals(0, lines.of(new MethodId("demo.Missing", "m", "()V")));
    }

    @Test
    void jdk_methods_are_read_from_the_run_s_jdk() {
        FirstLines lines = FirstLines.forCommand(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "demo.Main"));
        int line = lines.of(new MethodId("java.util.ArrayList", "size", "()I"));
        assertEquals(true, line > 0, "ArrayList.size has a line: " + line);
        assertEquals(0, lines.of(new MethodId("java.lang.Thread", "start0", "()V")), "a native method has none");
    }
}
