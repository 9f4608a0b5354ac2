package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.LineData;
import workbench.model.LineData.FunctionLines;
import workbench.model.LineData.LineStats;
import workbench.model.LineTiming;

/**
 * Our line table against line_profiler's own {@code show_func} (Debian's {@code python3-line-profiler}), given the same
 * hits and times: every header line and every row's five number columns must be the same text, character for
 * character, over seeded random functions whose numbers span what a run produces (1 to 10^9 hits, sub-microsecond to
 * hours of time). The source columns differ by design (a Java method's block is found by its braces, a Python
 * function's by its indentation), so each function is written twice, as Java and as Python, on the same line numbers.
 */
class LineProfilerAgreementTest {

    private static final Pattern ROW = Pattern.compile("^ *(\\d+) .*");
    /** The width of {@code '%6s %9s %12s %8s %8s  '}: the columns before the source text. */
    private static final int NUMBERS = 49;

    @TempDir
    Path dir;

    @Test
    void the_table_is_line_profilers_to_the_character_on_random_functions() throws Exception {
        String python = pythonWithLineProfiler();
        SplittableRandom random = new SplittableRandom(20261206);
        List<FunctionLines> functions = new ArrayList<>();
        StringBuilder script = new StringBuilder("import io\nfrom line_profiler.line_profiler import show_func\n");
        for (int f = 0; f < 40; f++) {
            int first = 3;
            int body = 1 + random.nextInt(7);
            List<String> java = new ArrayList<>(List.of("package demo;", "final class F" + f + " {",
                    "    static void f" + f + "() {"));
            List<String> py = new ArrayList<>(List.of("# F" + f, "", "def f" + f + "():"));
            List<LineStats> stats = new ArrayList<>();
            StringBuilder timings = new StringBuilder();
            for (int i = 1; i <= body; i++) {
                java.add("        work(" + i + ");");
                py.add("    work(" + i + ")");
                if (random.nextInt(5) == 0) continue; // a line that never ran: no entry in either
                long hits = (long) Math.pow(10, random.nextDouble() * 9); // 1 .. 10^9
                // per hit from 0.05 ns to 10 ms: the per-hit column stays within line_profiler 4.0's %5.1f width
                double perHit = Math.pow(10, random.nextDouble() * 8.3 - 1.3);
                long nanos = Math.max(0, Math.min((long) (hits * perHit), 9_000_000_000_000L));
                if (f % 10 == 0) { // ties in the last digit, which Python rounds half to even on the binary value
                    hits = 1 + random.nextInt(2);
                    nanos = hits * (random.nextInt(1000) * 100 + 50);
                }
                stats.add(new LineStats(first + i, hits, nanos));
                timings.append(String.format(Locale.ROOT, "(%d, %d, %d), ", first + i, hits, nanos));
            }
            java.add("    }");
            java.add("}");
            if (stats.isEmpty()) continue;
            Files.createDirectories(dir.resolve("demo"));
            Files.write(dir.resolve("demo/F" + f + ".java"), java);
            Files.write(dir.resolve("f" + f + ".py"), py);
            functions.add(LineProfilerTableTest.lines("demo.F" + f, "f" + f, "()V", first,
                    stats.toArray(LineStats[]::new)));
            script.append(String.format(Locale.ROOT, "out = io.StringIO()%nshow_func(%s, %d, %s, [%s], 1e-9,"
                    + " output_unit=1e-6, stream=out)%nprint(out.getvalue(), end='')%nprint('@@')%n",
                    "'" + dir.resolve("f" + f + ".py") + "'", first, "'f" + f + "'", timings));
        }
        List<String> theirs = List.of(run(python, script.toString()).split("@@\n", -1));
        StringWriter ours = new StringWriter();
        new LineProfilerTable(new SourceLookup(List.of(dir))).print(new LineData(LineTiming.EXACT, 0, functions),
                new PrintWriter(ours));
        Map<String, String> ourBlocks = new HashMap<>(); // by their "Function: f7 at line 3" line
        for (String block : ours.toString().split("\n(?=Total time: )")) {
            List<String> lines = block.lines().toList();
            if (lines.size() > 2) ourBlocks.put(lines.get(2), block);
        }

        assertEquals(functions.size() + 1, theirs.size(), "one block per function, and the empty end");
        for (String block : theirs.subList(0, functions.size())) {
            String function = block.lines().skip(2).findFirst().orElseThrow();
            assertTrue(ourBlocks.containsKey(function), function + " in ours");
            compare(function, block, ourBlocks.get(function));
        }
    }

    /** The header lines but {@code File:}, and each of their rows' number columns, in ours. */
    private static void compare(String what, String theirs, String ours) {
        List<String> ourLines = ours.lines().toList();
        List<String> theirLines = theirs.lines().toList();
        assertEquals(theirLines.get(0), ourLines.get(0), what + ": total");
        assertEquals(theirLines.get(2), ourLines.get(2), what + ": function");
        assertEquals(theirLines.get(4), ourLines.get(4), what + ": column heads");
        assertEquals(theirLines.get(5), ourLines.get(5), what + ": rule");
        int rows = 0;
        for (String theirRow : theirLines.subList(6, theirLines.size())) {
            Matcher m = ROW.matcher(theirRow);
            if (!m.matches()) continue;
            String ourRow = ourLines.stream().skip(6).filter(l -> l.startsWith(theirRow.substring(0, 6)))
                    .findFirst().orElseThrow(() -> new AssertionError(what + ": no row for line " + m.group(1)));
            assertEquals(numbers(theirRow), numbers(ourRow), what + ": line " + m.group(1));
            rows++;
        }
        assertEquals(theirLines.subList(6, theirLines.size()).stream().filter(l -> !l.isBlank()).count(), rows,
                what + ": every row of theirs compared");
    }

    private static String numbers(String row) {
        return row.length() <= NUMBERS ? row.stripTrailing() : row.substring(0, NUMBERS).stripTrailing();
    }

    /** Debian installs line_profiler for the system's python3, which need not be the first on the PATH. */
    private static String pythonWithLineProfiler() throws Exception {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                if (exit(new ProcessBuilder(python, "-c", "import line_profiler").redirectErrorStream(true)) == 0) {
                    return python;
                }
            } catch (IOException notThere) {
                // the next one
            }
        }
        System.out.println("SKIPPED: line_profiler is not installed (apt-get install python3-line-profiler)");
        assumeTrue(false, "line_profiler is not installed (apt-get install python3-line-profiler)");
        throw new AssertionError("unreachable");
    }

    private static int exit(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static String run(String python, String script) throws Exception {
        Process p = new ProcessBuilder(python, "-").redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
