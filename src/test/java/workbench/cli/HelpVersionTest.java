package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} and {@code --version} work on the top level and on every command, and exit 0. */
class HelpVersionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "-h", "run --help", "run -h", "profile --help", "help", "help run",
        "help profile", "help --help"})
    void helpExitsZero(String line) {
        Cli.Result r = Cli.run(line.split(" "));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("Usage: workbench"), r.out());
    }

    /** picocli reports a description it cannot format on System.err, not on the command's own stream. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "run --help", "profile --help", "stats --help", "runs --help", "compare --help",
        "overhead --help", "export --help", "sweep --help", "history --help"})
    void every_commands_help_formats_without_a_warning(String line) {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        Cli.Result r;
        try {
            r = Cli.run(line.split(" "));
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, r.code(), r.err());
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("", r.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--version", "-V", "run --version", "run -V", "profile --version"})
    void versionExitsZeroAndNamesWorkbenchAndJava(String line) {
        Cli.Result r = Cli.run(line.split(" "));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("workbench "), "version output: '" + r.out() + "'");
        assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r.out());
    }

    @Test
    void noArgumentsListsTheCommands() {
        Cli.Result r = Cli.run();
        assertEquals(0, r.code());
        assertTrue(r.out().contains("run") && r.out().contains("profile"), r.out());
    }

    @Test
    void runHelpListsEveryWorkloadOptionAndTheClamp() {
        String help = Cli.run("run", "--help").out();
        for (String option : new String[] {"--iterations", "--runs", "--alpha", "--variant", "--seed", "--data",
            "--json", "boxed, two-line, fused, primitive or parallel"}) {
            assertTrue(help.contains(option), option + " missing from\n" + help);
        }
        assertTrue(help.contains("floor(IT*(1-A/2)) = IT") && help.contains("clamped"), help);
    }

    @Test
    void profileHelpListsTheModes() {
        String help = Cli.run("profile", "--help").out();
        assertTrue(help.contains("--mode") && help.contains("deterministic, sampling or line"), help);
        // the footer lists the registered modes, one line each, and the hybrid
        assertTrue(help.contains("\nModes:\n  deterministic  each call counted and timed per function and caller"
                + " (cProfile)\n  sampling       stacks sampled by async-profiler or JFR (statprof)\n  line      "
                + "     lines of chosen functions counted and timed (line_profiler)\n  hybrid         --timing"),
                help);
    }

    /** The driver builds the one command a line names; anything else sees them all, so help lists every one. */
    @Test
    void a_command_line_builds_only_the_command_it_names() {
        java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
        assertEquals(java.util.Set.of("profile"), Main.commandLine(none, none, "profile").getSubcommands().keySet());
        java.util.Set<String> all = new java.util.HashSet<>(WorkbenchCommand.SUBCOMMANDS.keySet());
        all.add("help");
        for (String first : new String[] {"help", "--help", "profle", ""}) {
            assertEquals(all, Main.commandLine(none, none, first).getSubcommands().keySet(), first);
        }
        assertEquals(12, all.size());
        // the help of the command built alone is the help it has among all
        assertEquals(Cli.run("help", "profile").out(), Cli.run("profile", "--help").out());
    }
}
