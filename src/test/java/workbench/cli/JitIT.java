package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --jit c1}: with C1 only, a sampler's lines are right, so the sampled line table puts the boxed workload's
 * resample loop (the line that runs 40 million times) first, where C2's debug information moves half the samples
 * to the line after the loop.
 */
class JitIT {

    private static final String RESAMPLE = "choices.add(values.get(Data.randint(random, 0, n - 1)))";

    @TempDir
    Path dir;

    @Test
    void c1_puts_the_resample_line_first_in_the_sampled_line_table_and_says_so() {
        Cli.Result r = Cli.run("profile", "--profiles", dir.toString(), "--mode", "line", "--timing", "sampled",
                "--jit", "c1", "--iterations", "100", "--runs", "1", "100000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nLines: C1 only (-XX:TieredStopAtLevel=1): right lines, code slower than under"
                + " C2\n"), r.out());
        String hottest = hottestLine(r.out());
        assertTrue(hottest.contains(RESAMPLE), "hottest line: " + hottest + "\n" + r.out());
    }

    @Test
    void c2_without_inlining_also_names_the_right_line() {
        Cli.Result r = Cli.run("profile", "--profiles", dir.toString(), "--mode", "line", "--timing", "sampled",
                "--jit", "c2-noinline", "--iterations", "100", "--runs", "1", "100000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nLines: C2 without inlining (-XX:-Inline): "), r.out());
        assertTrue(hottestLine(r.out()).contains(RESAMPLE), r.out());
    }

    @Test
    void c2_is_the_default_and_its_table_says_where_its_lines_come_from() {
        Cli.Result r = Cli.run("profile", "--profiles", dir.toString(), "--mode", "sampling", "--iterations", "20",
                "--runs", "1", "100000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().toList().get(1).startsWith("Lines: C2-compiled code"), r.out());
    }

    @Test
    void jit_is_refused_where_nothing_is_sampled() {
        Cli.Result r = Cli.run("profile", "--profiles", dir.toString(), "--jit", "c1", "1000");
        assertEquals(2, r.code());
        assertEquals("workbench: --jit is for sampled lines: --mode sampling, or --mode line --timing sampled"
                + System.lineSeparator(), r.err());
    }

    /** The row with the most time in a line_profiler table: its time is the third column. */
    private static String hottestLine(String table) {
        String best = "";
        double most = -1;
        List<String> lines = table.lines().toList();
        for (String l : lines) {
            String[] f = l.trim().split("\\s+");
            if (f.length < 6 || !f[0].matches("\\d+") || !f[1].matches("\\d+") || !f[2].matches("[0-9.]+")) continue;
            double t = Double.parseDouble(f[2]);
            if (t > most) {
                most = t;
                best = l;
            }
        }
        return best;
    }
}
