package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code profile --live} refused: without a terminal on stderr (as under the test runner, whose stderr is a pipe), on
 * a dumb one, and with options the view cannot show. Each is one line, exit code 2, nothing started or saved.
 */
class LiveBadInputTest {

    private static final String NO_TERMINAL = "workbench: --live needs a terminal on stdin and stderr, and has none"
            + " (or its TERM is dumb); profile without --live, or run it in a terminal";

    @TempDir
    static Path shared;
    static Path classes;

    @TempDir
    Path dir;

    private final Supplier<Terminal> systemTerminals = LiveRun.terminals;

    @BeforeAll
    static void compile() throws IOException {
        // started, it would leave a file behind: the refusals must come before it runs
        classes = Programs.compile(shared, Map.of("demo/Touch.java", "package demo; public class Touch { public"
                + " static void main(String[] a) throws Exception { java.nio.file.Files.createFile("
                + "java.nio.file.Path.of(a[0])); } }"), List.of());
    }

    @AfterEach
    void restore() {
        LiveRun.terminals = systemTerminals;
    }

    private void assertRefused(String expected, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("profile", "--live", "--profiles",
                dir.resolve("profiles").toString()));
        args.addAll(List.of(options));
        args.addAll(List.of("--", "-cp", classes.toString(), "demo.Touch", dir.resolve("ran").toString()));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(expected + "\n", r.err().replace(System.lineSeparator(), "\n"));
        assertEquals(false, Files.exists(dir.resolve("ran")), "the program was not started");
        assertEquals(false, Files.exists(dir.resolve("profiles")) && Files.list(dir.resolve("profiles")).findAny()
                .isPresent(), "nothing saved");
    }

    @Test
    void without_a_terminal_on_stderr_one_line_says_so() throws IOException {
        assertRefused(NO_TERMINAL, "--mode", "sampling");
        assertRefused(NO_TERMINAL, "--mode", "deterministic");
    }

    @Test
    void a_dumb_terminal_is_no_terminal() throws IOException {
        LiveRun.terminals = () -> {
            try {
                return TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB)
                        .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        assertRefused(NO_TERMINAL, "--mode", "line", "--function", "demo.Touch.main");
    }

    @Test
    void options_the_view_cannot_show_are_refused_before_the_terminal_is_asked() throws IOException {
        LiveRun.terminals = () -> {
            throw new AssertionError("the terminal is asked for only once the options are good");
        };
        assertRefused("workbench: --live shows one run: not with --repeat", "--mode", "sampling", "--repeat", "2");
        assertRefused("workbench: --live reads async-profiler's samples as they are taken; --engine jfr writes its"
                + " recording only at the end: use --engine async", "--mode", "sampling", "--engine", "jfr");
        assertRefused("workbench: --live shows sampling, deterministic and line runs; not --timing sampled (hybrid)",
                "--mode", "deterministic", "--timing", "sampled");
        assertRefused("workbench: --live reads the agent's checkpoints: not with --checkpoint off",
                "--mode", "deterministic", "--checkpoint", "off");
        // an attached agent writes no checkpoints: what the view would read comes only at the end
        Cli.Result r = Cli.run("profile", "--live", "--mode", "deterministic", "--pid",
                Long.toString(ProcessHandle.current().pid()), "--duration", "1s");
        assertEquals(2, r.code(), r.err());
        assertEquals("workbench: --live with --pid shows sampling runs: the agent attached to a running JVM writes its"
                + " counts only when it stops; use --mode sampling\n", r.err().replace(System.lineSeparator(), "\n"));
    }
}
