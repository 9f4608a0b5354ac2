package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad grids and options: one line, exit 2, before any child runs (nothing is saved). */
class SweepCommandTest {

    @TempDir
    Path dir;

    private void bad(String expected, String... options) throws Exception {
        String[] args = new String[options.length + 3];
        args[0] = "sweep";
        args[1] = "--profiles";
        args[2] = dir.resolve("p").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("workbench: " + expected), r.err());
        assertFalse(Files.exists(dir.resolve("p")) && Files.list(dir.resolve("p")).findAny().isPresent());
    }

    @Test
    void bad_grids_are_one_line_and_exit_2() throws Exception {
        bad("--sizes needs at least one size");
        bad("--sizes needs at least one size", "--sizes", "");
        bad("--sizes: N must be positive, got -1000", "--sizes", "1e3,-1000");
        bad("--sizes: N must be a whole number, got 'ten'", "--sizes", "1e3,ten");
        bad("--sizes: N = 2000000000 needs about", "--sizes", "1e3,2e9");
        bad("--sizes: N = 1e12 is beyond what a Java array holds", "--sizes", "1e12");
        bad("--iterations: each must be at least 2, got 1", "--sizes", "1e3", "--iterations", "10,1");
        bad("--iterations: expected whole numbers", "--sizes", "1e3", "--iterations", "x");
        bad("--variants: ", "--sizes", "1e3", "--variants", "boxed,nope");
        bad("unknown mode 'nope' for --modes", "--sizes", "1e3", "--modes", "plain,nope");
        bad("--repeat must be at least 1", "--sizes", "1e3", "--repeat", "0");
        bad("-o chart.pdf: the chart is written as .svg or .png", "--sizes", "1e3", "-o", "chart.pdf");
    }
}
