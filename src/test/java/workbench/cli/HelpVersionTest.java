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
    }
}
