package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad input of {@code profile -- COMMAND} and {@code profile --pid}, as docs/any-program-and-attach.md's table lists it: each is one
 * line on stderr starting {@code workbench: }, exit code 2, nothing started and nothing saved. (A full disk during
 * the save is {@link AnyProgramIT}'s; JVMs we may not attach to are {@link AttachIT}'s.)
 */
class ProgramBadInputTest {

    @TempDir
    static Path shared;
    static Path classes;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws IOException {
        classes = Programs.compile(shared, Map.of("demo/Hello.java",
                "package demo; public class Hello { public static void main(String[] a) { System.out.println(1); } }"),
                List.of());
    }

    private void assertBadInput(String expected, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("profile", "--profiles", dir.resolve("profiles").toString()));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("workbench: " + expected), r.err());
        if (Files.isDirectory(dir.resolve("profiles"))) {
            try (Stream<Path> files = Files.list(dir.resolve("profiles"))) {
                assertEquals(List.of(), files.toList(), "nothing saved");
            }
        }
    }

    @Test
    void an_empty_command() throws IOException {
        assertBadInput("nothing to run after '--': give a java command line", "--");
        assertBadInput("no main class or -jar in the command after '--': -Xmx64m -ea", "--", "-Xmx64m", "-ea");
    }

    @Test
    void a_main_class_that_does_not_exist() throws IOException {
        assertBadInput("main class demo.Nope not found on the class path " + classes, "--", "-cp", classes.toString(),
                "demo.Nope");
    }

    @Test
    void a_jar_that_is_not_a_jar_or_has_no_main_class() throws IOException {
        Path text = Files.writeString(dir.resolve("app.jar"), "not a zip");
        assertBadInput(text + " is not a jar (", "--", "-jar", text.toString());
        assertBadInput("no jar file " + dir.resolve("missing.jar"), "--", "-jar", dir.resolve("missing.jar").toString());
        Path noMain = Programs.jar(dir.resolve("lib.jar"), classes, null, null);
        assertBadInput(noMain + " has no Main-Class in its manifest", "--", "-jar", noMain.toString());
    }

    @Test
    void a_pid_of_no_process() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        assertBadInput("--pid " + gone.pid() + ": no such process", "--pid", Long.toString(gone.pid()),
                "--mode", "sampling", "--duration", "1s");
    }

    @Test
    void the_hybrid_is_refused_with_a_pid_before_anything_is_attached() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        for (String mode : List.of("deterministic", "line")) {
            assertBadInput("--timing sampled is not available with --pid (it needs the JVM started with"
                    + " -XX:+DebugNonSafepoints); use --timing exact", "--pid", Long.toString(gone.pid()), "--mode",
                    mode, "--timing", "sampled", "--duration", "1s");
        }
    }

    @Test
    void patterns_that_are_not_valid() throws IOException {
        assertBadInput("bad class pattern 'demo.*,x'", "--include", "demo.*,x", "--", "-cp", classes.toString(),
                "demo.Hello");
        assertBadInput("bad function pattern 'Hello.'", "--mode", "line", "--function", "Hello.", "--", "-cp",
                classes.toString(), "demo.Hello");
    }

    @Test
    void options_in_conflict() throws IOException {
        String[] program = {"--", "-cp", classes.toString(), "demo.Hello"};
        assertBadInput("--by is for sampled rows", cat(List.of("--mode", "deterministic", "--by", "line"), program));
        assertBadInput("--function is for --mode line", cat(List.of("--mode", "sampling", "--function", "x"), program));
        assertBadInput("--duration is for --pid", cat(List.of("--duration", "5s"), program));
        assertBadInput("N is the built-in workload's size", cat(List.of("1000"), program));
        assertBadInput("--iterations is the built-in workload's option", cat(List.of("--iterations", "3"), program));
        assertBadInput("--pid attaches to a running JVM: no '--' command with it", cat(List.of("--pid", "1"), program));
        assertBadInput("--repeat starts fresh JVMs: not with --pid", "--pid", "1", "--repeat", "2");
        assertBadInput("unexpected argument demo.Hello: the workload takes one N; a program to profile comes after"
                + " '--'", "1000", "demo.Hello");
    }

    @Test
    void a_profiles_directory_that_is_not_writable() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Cli.Result r = Cli.run("profile", "--profiles", file.resolve("runs").toString(), "--", "-cp",
                classes.toString(), "demo.Hello");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("workbench: cannot create the profiles directory " + file.resolve("runs")),
                r.err());
    }

    private static String[] cat(List<String> options, String... rest) {
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
