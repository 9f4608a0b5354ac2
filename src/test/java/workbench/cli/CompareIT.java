package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run sets of the real workload, compared: the document's story told as a diff. */
class CompareIT {

    @TempDir
    Path dir;

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, 1);
        all[1] = "--profiles";
        all[2] = dir.toString();
        System.arraycopy(args, 1, all, 3, args.length - 1);
        Cli.Result r = Cli.run(all);
        assertEquals(0, r.code(), String.join(" ", all) + "\n" + r.err());
        return r;
    }

    private void profile(String name, String variant) {
        // n large enough that tracing the boxed variant's 3 million calls dwarfs any drift between the sets
        run("profile", "--repeat", "4", "--name", name, "--variant", variant, "--iterations", "10", "--runs", "2",
                "20000");
    }

    @Test
    void boxed_against_fused_is_faster_and_the_rng_helper_disappears_and_boxed_against_itself_is_the_same() {
        profile("boxed", "boxed");
        profile("fused", "fused");
        profile("boxed-again", "boxed");

        Cli.Result set = run("stats", "boxed", "--limit", "5");
        assertTrue(set.out().startsWith("Run set "), set.out());
        assertTrue(set.out().contains(": 4 runs, each in a fresh JVM; the table sums them"), set.out());
        assertTrue(set.out().contains("Spread over 4 runs: median per run [95% interval]; own time "), set.out());
        assertTrue(set.out().contains("Data.java:"), set.out());

        Cli.Result c = run("compare", "boxed", "fused");
        List<String> lines = c.out().lines().toList();
        // the process's CPU time, both sides having recorded it; the workload's own time on the wall beside it
        assertTrue(lines.get(2).startsWith("total: CPU time of the process (s)  A "), c.out());
        assertTrue(lines.get(3).matches("total: own time, wall \\(s\\) +A .* B/A -[0-9.]+% .*   not tested"), c.out());
        assertTrue(lines.get(2).matches(".* B/A -[0-9.]+% \\[-[0-9.]+%, -[0-9.]+%\\] +faster \\(q=[0-9.]+\\)"),
                lines.get(2));
        // the RNG helper the fused variant resamples without: 20000 + 2 x 10 x 20000 calls a run, then only the data's
        Cli.Result randint = run("compare", "--match", "randint", "boxed", "fused");
        assertTrue(randint.out().lines().anyMatch(l -> l.contains("  420000 -> 20000  ")
                && l.endsWith("(Data.randint)")), randint.out());
        assertTrue(c.out().lines().anyMatch(l -> l.contains(" removed ")
                && l.endsWith("(BoxedBootstrap.confidenceInterval)")), c.out());
        assertTrue(c.out().lines().anyMatch(l -> l.contains(" added ")
                && l.endsWith("(FusedBootstrap.confidenceInterval)")), c.out());

        // the same program twice: no change beyond a threshold generous enough for two sets run one after the other
        // on a shared 2-core machine, where a neighbour's build can slow one set several-fold (seen: -74 %)
        Cli.Result same = run("compare", "--threshold", "90%", "boxed", "boxed-again");
        List<String> sameLines = same.out().lines().toList();
        assertTrue(sameLines.get(2).matches(".*  ~ \\(q=[0-9.]+\\)"), same.out());
        // and the exact counts agree: every row shows one count, not a change
        assertTrue(same.out().lines().noneMatch(l -> l.matches(".* [0-9]+ -> [0-9]+ .*")), same.out());
    }
}
