package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare A B --rerun K} on the program (three functions of equal CPU work, the second doubled in B)
 * and on the workload: the saved runs' targets run again, interleaved, saved as two new sets beside A and B, and
 * compared; A against A calls nothing; a run saved without its recipe is refused in one line.
 */
class CompareRerunIT {

    /** Rounds per unit of work: about 50 ms of CPU per function, enough samples at 1 ms to see a doubling. */
    private static final String ROUNDS = "-Dshift.rounds=25000000";

    @TempDir
    Path dir;

    private Programs.Run workbench(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Programs.java(), "-jar", Programs.workbenchJar().toString()));
        cmd.add(args[0]);
        cmd.addAll(List.of("--profiles", dir.toString()));
        cmd.addAll(List.of(args).subList(1, args.length));
        return Programs.run(dir, "", cmd);
    }

    /** @return a class path of the test's own with Shift on it, which a test may take away */
    private Path classes() throws Exception {
        Path own = dir.resolve("classes");
        Path shift = own.resolve("demo/shift/Shift.class");
        if (!Files.exists(shift)) {
            Files.createDirectories(shift.getParent());
            Path built = Path.of(demo.shift.Shift.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Files.copy(built.resolve("demo/shift/Shift.class"), shift);
        }
        return own;
    }

    private void profile(String name, String... work) throws Exception {
        List<String> words = new ArrayList<>(List.of(ROUNDS, "-cp", classes().toString(), "demo.shift.Shift"));
        words.addAll(List.of(work));
        Programs.Run r = Programs.run(dir, "", Programs.with(Programs.workbench("--profiles", dir.toString(),
                "--mode", "sampling", "--name", name, "--limit", "1"), words));
        assertEquals(0, r.code(), r.err());
    }

    private List<String> savedFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void a_rerun_of_one_run_a_side_calls_the_doubling_at_about_2x_and_a_to_a_calls_nothing() throws Exception {
        profile("A", "1", "1", "1");
        profile("B", "1", "2", "1");
        profile("A2", "1", "1", "1");
        byte[] savedA = Files.readAllBytes(dir.resolve(savedFiles().get(0)));

        Programs.Run c = workbench("compare", "--measure", "cumulative", "--threshold", "10%", "A", "B",
                "--rerun", "6", "--seed", "7", "--limit", "0");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("re-running A and B 6 time(s) each, interleaved, order seed 7"), c.err());
        assertTrue(c.err().contains("12/12 "), c.err());
        // the comparison is of the new sets, six runs a side: a verdict is possible
        CompareProgramIT.assertBetaDoubled(c.out());

        // two new sets beside the three saved runs, none replaced; runs lists them with their six runs
        assertEquals(5, savedFiles().size(), savedFiles().toString());
        assertTrue(java.util.Arrays.equals(savedA, Files.readAllBytes(dir.resolve(savedFiles().get(0)))));
        Programs.Run runs = workbench("runs");
        assertEquals(2, runs.out().lines().filter(l -> l.matches(".*demo.shift.Shift 1 [12] 1 +6 .*")).count(),
                runs.out());

        Programs.Run same = workbench("compare", "--measure", "cumulative", "--threshold", "10%", "A", "A2",
                "--rerun", "6", "--limit", "0");
        assertEquals(0, same.code(), same.err());
        assertTrue(same.err().matches("(?s).*order seed [0-9]+ \\(--seed [0-9]+ repeats it\\).*"), same.err());
        assertTrue(same.out().matches("(?s).*across the [0-9]+ of [0-9]+ rows.*"), same.out());
        // no row called, the total included: it is the process's CPU time, which the neighbours' load moves far less
        // than the wall time (which once called an A/A re-run +54 % slower); the wall time shows beside, untested
        assertTrue(same.out().lines().noneMatch(l -> l.contains(" slower (") || l.contains(" faster (")), same.out());
        assertTrue(CompareProgramIT.row(same.out(), "beta").contains(" ~ (q="), same.out());
        assertTrue(totalLine(same.out()).endsWith("   ~ (q=" + totalQ(same.out()) + ")"), same.out());
        assertTrue(same.out().lines().anyMatch(l -> l.matches("total: own time, wall \\(s\\) +A .*   not tested")),
                same.out());

        // the program gone: refused before anything runs
        List<String> before = savedFiles();
        Files.delete(dir.resolve("classes/demo/shift/Shift.class"));
        Programs.Run gone = workbench("compare", "A", "B", "--rerun", "1");
        assertEquals(2, gone.code(), gone.err());
        assertTrue(gone.err().contains("main class demo.shift.Shift not found on the class path"), gone.err());
        assertEquals(before, savedFiles());
        // the program rebuilt into one that fails: its re-run ends otherwise than the saved run, which stops them
        Programs.compile(dir, java.util.Map.of("demo/shift/Shift.java", "package demo.shift; public class Shift {"
                + " public static void main(String[] a) { System.exit(3); } }"), List.of());
        Programs.Run broken = workbench("compare", "A", "B", "--rerun", "1");
        assertEquals(1, broken.code(), broken.err());
        assertTrue(broken.err().contains("exited with 3 where its saved run exited with 0: not the same run"),
                broken.err());
        assertEquals(before, savedFiles());
    }

    /** @return the table's tested total: the process's CPU time, both sides having it */
    static String totalLine(String table) {
        return table.lines().filter(l -> l.startsWith("total: CPU time of the process (s)  A ")).findFirst()
                .orElseThrow(() -> new AssertionError("no CPU total:\n" + table));
    }

    private static String totalQ(String table) {
        Matcher m = Pattern.compile("\\(q=([0-9.e-]+)\\)$").matcher(totalLine(table));
        assertTrue(m.find(), table);
        return m.group(1);
    }

    @Test
    void a_program_that_burns_twice_the_cpu_is_called_slower_in_the_total_at_about_2x() throws Exception {
        // B burns as much CPU again as its process has used (start-up and profiler included): twice A's in all
        profile("A", "1", "1", "1", "once");
        profile("B", "1", "1", "1", "twice");
        // four runs a side, the fewest a verdict takes: a doubling with a few percent of noise needs no more
        Programs.Run c = workbench("compare", "--measure", "cumulative", "--threshold", "10%", "A", "B", "--rerun", "4",
                "--seed", "3", "--limit", "0");
        assertEquals(0, c.code(), c.err());
        String total = totalLine(c.out());
        Matcher m = Pattern.compile("B/A \\+([0-9.]+)% \\[\\+[0-9.]+%, \\+[0-9.]+%\\]   slower \\(q=[0-9.e-]+\\)$")
                .matcher(total);
        assertTrue(m.find(), c.out());
        double ratio = 1 + Double.parseDouble(m.group(1)) / 100;
        assertTrue(ratio > 0.85 * 2 && ratio < 1.15 * 2, total);
        // the work both sides share is not called; what B added is
        for (String f : List.of("alpha", "beta", "gamma")) {
            assertTrue(CompareProgramIT.row(c.out(), f).contains(" ~ (q="), c.out());
        }
        String again = CompareProgramIT.row(c.out(), "again");
        assertTrue(again.contains(" slower (q=") || again.contains(" added "), c.out());
    }

    @Test
    void the_workload_reruns_with_its_options_and_a_run_without_a_recipe_is_refused() throws Exception {
        for (String variant : List.of("boxed", "fused")) {
            Programs.Run r = Programs.run(dir, "", Programs.workbench("--profiles", dir.toString(), "--name", variant,
                    "--variant", variant, "--iterations", "3", "--runs", "1", "--limit", "1", "3000"));
            assertEquals(0, r.code(), r.err());
        }
        Programs.Run c = workbench("compare", "boxed", "fused", "--rerun", "2", "--seed", "1");
        assertEquals(0, c.code(), c.err());
        Programs.Run runs = workbench("runs");
        for (String v : List.of("boxed", "fused")) {
            assertEquals(1, runs.out().lines().filter(l -> l.matches(".* " + v + " n=3000 3x1 .* 2 .*")).count(),
                    runs.out());
        }
        assertTrue(c.out().contains("FusedBootstrap"), c.out());

        // a run saved before runs recorded what ran: its recipe taken out
        Path old = dir.resolve(savedFiles().get(0));
        String text = Files.readString(old);
        String without = text.replaceAll("(?s),\\s*\"recipe\" : \\{[^}]*\\}", "");
        assertTrue(without.length() < text.length(), text);
        Files.writeString(old, without);
        Programs.Run refused = workbench("compare", "boxed", "fused", "--rerun", "2");
        assertEquals(2, refused.code(), refused.err());
        assertEquals(1, refused.err().lines().filter(l -> l.contains("cannot be re-run")).count(), refused.err());
        assertTrue(refused.err().lines().noneMatch(l -> l.startsWith("\tat ")), refused.err());
        assertEquals(4, savedFiles().size(), "nothing saved by a refusal: " + savedFiles());
    }
}
