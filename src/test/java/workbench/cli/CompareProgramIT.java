package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program: three functions of equal CPU work, the second doubled in B, six sampling runs a side. The
 * doubling is called with its ratio, the others are not, and A against A calls nothing.
 */
class CompareProgramIT {

    @TempDir
    Path dir;

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--profiles=" + dir;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        Cli.Result r = Cli.run(all);
        assertEquals(0, r.code(), String.join(" ", all) + "\n" + r.err());
        return r;
    }

    private void profile(String name, String... work) throws Exception {
        Path classes = Path.of(demo.shift.Shift.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> words = new java.util.ArrayList<>(List.of("-cp", classes.toString(), "demo.shift.Shift"));
        words.addAll(List.of(work));
        Programs.Run r = Programs.run(dir, "", Programs.with(Programs.workbench("--profiles", dir.toString(),
                "--mode", "sampling", "--repeat", "6", "--name", name, "--limit", "1"), words));
        assertEquals(0, r.code(), r.err());
    }

    /** @return the table's row of one of Shift's functions */
    static String row(String table, String function) {
        return table.lines().filter(l -> l.endsWith("(Shift." + function + ")")).findFirst()
                .orElseThrow(() -> new AssertionError(function + " missing:\n" + table));
    }

    /**
     * Asserts what a comparison of Shift 1 1 1 with 1 2 1 must say: rows tested against the floor, beta slower by a
     * ratio within 15 % of 2x, alpha and gamma ~.
     *
     * @return beta's row
     */
    static String assertBetaDoubled(String table) {
        assertTrue(table.matches("(?s).*across the [0-9]+ of [0-9]+ rows with >= 0.5% of everything.*"), table);
        String beta = row(table, "beta");
        assertTrue(beta.contains(" slower (q="), beta);
        Matcher m = Pattern.compile("\\+([0-9.]+)% \\[").matcher(beta);
        assertTrue(m.find(), beta);
        double ratio = 1 + Double.parseDouble(m.group(1)) / 100;
        assertTrue(ratio > 0.85 * 2 && ratio < 1.15 * 2, beta);
        for (String f : List.of("alpha", "gamma")) assertTrue(row(table, f).contains(" ~ (q="), row(table, f));
        return beta;
    }

    @Test
    void a_doubled_function_is_called_slower_at_about_2x_and_the_others_and_a_to_a_are_not() throws Exception {
        profile("A", "1", "1", "1");
        profile("B", "1", "2", "1");
        profile("A2", "1", "1", "1");
        // a 10 % noise band: sets run one after another on a shared machine drift by a few percent
        // all rows: an unchanged function can rank below twenty rows of stray samples
        Cli.Result c = run("compare", "--measure", "cumulative", "--threshold", "10%", "A", "B", "--limit", "0");
        assertTrue(c.err().contains("note: A and B differ in arguments 1 1 1 -> 1 2 1"), c.err());
        String beta = assertBetaDoubled(c.out());
        assertTrue(beta.matches(".*Shift\\.java:4[45]\\(Shift\\.beta\\)"), "first line from the class file: " + beta);
        assertTrue(c.out().lines().noneMatch(l -> l.contains(".java:0(")), c.out());

        Cli.Result same = run("compare", "--measure", "cumulative", "--threshold", "10%", "A", "A2", "--limit", "0");
        assertTrue(same.out().lines().noneMatch(l -> l.contains(" slower (") || l.contains(" faster (")), same.out());
        assertTrue(row(same.out(), "beta").contains(" ~ (q="), same.out());
    }
}
