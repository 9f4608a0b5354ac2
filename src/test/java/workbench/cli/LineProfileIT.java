package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench profile --mode line} end to end: a child JVM with the shaded jar as agent, the line data read
 * back, the line_profiler table printed and the run saved.
 */
class LineProfileIT {

    @TempDir
    Path profiles;

    /** What one command printed. */
    record Output(int exit, String out, String err) {
    }

    private Output profile(String... args) {
        List<String> all = new ArrayList<>(List.of("profile", "--mode", "line", "--profiles", profiles.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(all.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        return new Output(exit, out.toString(), err.toString());
    }

    /** @return function name to (line to hits) of every table in the output */
    static Map<String, Map<Integer, Long>> tables(String out) {
        Map<String, Map<Integer, Long>> tables = new LinkedHashMap<>();
        Map<Integer, Long> current = null;
        boolean rows = false;
        for (String line : out.split("\n")) {
            if (line.startsWith("Function: ")) {
                current = new LinkedHashMap<>();
                tables.put(line.substring("Function: ".length(), line.indexOf(" at line ")), current);
                rows = false;
            } else if (line.startsWith("=====")) {
                rows = true;
            } else if (line.isEmpty()) {
                rows = false;
            } else if (rows && current != null) {
                String hits = line.substring(7, 16).trim();
                if (!hits.isEmpty()) current.put(Integer.parseInt(line.substring(0, 6).trim()), Long.parseLong(hits));
            }
        }
        return tables;
    }

    static int lineOf(String file, String text) throws IOException {
        List<String> src = Files.readAllLines(Path.of("src/main/java/workbench/workload", file),
                StandardCharsets.UTF_8);
        for (int i = 0; i < src.size(); i++) {
            if (src.get(i).contains(text)) return i + 1;
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void boxed_workload_resample_line_has_exact_hits_and_the_table_line_profilers_layout() throws Exception {
        Output o = profile("--iterations", "10", "--runs", "4", "1000");
        assertEquals(0, o.exit(), o.err());
        int resample = lineOf("BoxedBootstrap.java", "choices.add(values.get(Data.randint(random, 0, n - 1)))");
        int header = lineOf("BoxedBootstrap.java", "for (int it = 0; it < iterations; it++)");
        Map<Integer, Long> t = tables(o.out()).get("confidenceInterval");
        assertEquals(40_040L, t.get(resample), o.out());
        assertEquals(44L, t.get(header), o.out());
        int declaration = lineOf("BoxedBootstrap.java", "public Interval confidenceInterval(") - 1; // @Override
        String[] lines = o.out().split("\n");
        int i = 0;
        while (!lines[i].startsWith("Timer unit:")) i++; // after the workload's own output
        assertEquals("Timer unit: 1e-06 s", lines[i]);
        assertTrue(lines[i + 1].matches("Timer overhead: \\d+\\.\\d ns per timed line start, subtracted \\(calibrated\\)"),
                lines[i + 1]);
        assertEquals("", lines[i + 2]);
        assertTrue(lines[i + 3].matches("Total time: [0-9.e+-]+ s"), lines[i + 3]);
        assertEquals("File: workbench/workload/BoxedBootstrap.java", lines[i + 4]);
        assertEquals("Function: confidenceInterval at line " + declaration, lines[i + 5]);
        assertEquals("", lines[i + 6]);
        assertEquals("Line #      Hits         Time  Per Hit   % Time  Line Contents", lines[i + 7]);
        assertEquals("=".repeat(62), lines[i + 8]);
        assertTrue(lines[i + 9].startsWith(String.format("%6d", declaration) + " ".repeat(43) + "  ")
                && lines[i + 9].endsWith("@Override"), lines[i + 9]);
        String row = lines[i + 9 + resample - declaration];
        assertTrue(row.matches(String.format("%6d", resample) + "     40040 +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d  "
                + " +for \\(int i = 0; i < n; i\\+\\+\\) choices.add.*"), row);
        try (Stream<Path> saved = Files.list(profiles)) {
            assertEquals(1, saved.filter(p -> p.toString().endsWith("-line.json")).count());
        }
    }

    @Test
    void hits_timing_counts_the_same_hits_and_several_functions_get_their_tables() throws Exception {
        Output o = profile("--timing", "hits", "--function", "BoxedBootstrap.mean", "--function", "Data.randint",
                "--iterations", "10", "--runs", "4", "1000");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("Total time: not measured (--timing hits)"), o.out());
        Map<String, Map<Integer, Long>> tables = tables(o.out());
        int randint = lineOf("Data.java", "return lo + random.nextInt(hi - lo + 1);");
        assertEquals(41_000L, tables.get("randint").get(randint), o.out()); // data, then 4 x 10 x 1000 resamples
        int sum = lineOf("BoxedBootstrap.java", "for (Double v : values) sum += v;");
        // mean() runs 4 times on the data and 40 times on a resample, each over 1000 values (+1 exit check)
        assertEquals(44L * 1001, tables.get("mean").get(sum), o.out());
    }

    @Test
    void sampled_timing_keeps_exact_hits_and_takes_the_times_from_samples() throws Exception {
        Output o = profile("--timing", "sampled", "--iterations", "10", "--runs", "4", "100000");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().matches("(?s).*\nTimes sampled: [1-9]\\d* samples, (async wall|jfr cpu) every 1ms; hits"
                + " counted exactly\n.*"), o.out()); // the --clock's event: wall unless asked for
        int resample = lineOf("BoxedBootstrap.java", "choices.add(values.get(Data.randint(random, 0, n - 1)))");
        assertEquals(4_000_040L, tables(o.out()).get("confidenceInterval").get(resample), o.out());
        String row = o.out().lines().filter(l -> l.startsWith(String.format("%6d", resample))).findFirst().orElseThrow();
        double time = Double.parseDouble(row.substring(17, 29).trim());
        assertTrue(time > 0, row);
        try (Stream<Path> saved = Files.list(profiles)) {
            assertEquals(1, saved.filter(p -> p.toString().endsWith("-line.jfr")).count(), "recording kept");
        }
    }

    @Test
    void lambda_on_worker_threads_counts_every_call() throws Exception {
        Output o = profile("--variant", "parallel", "--iterations", "10", "--runs", "4", "1000");
        assertEquals(0, o.exit(), o.err());
        Map<Integer, Long> t = tables(o.out()).get("confidenceInterval");
        // the lambda's statement starts on one line, calls derive on the next and returns to the first one
        assertEquals(80L, t.get(lineOf("ParallelBootstrap.java", "syntheticValues[it] = PrimitiveBootstrap")), o.out());
        assertEquals(40L, t.get(lineOf("ParallelBootstrap.java", "new SplittableRandom(Data.derive(runSeed, it))")));
    }

    @Test
    void a_run_stopped_at_the_timeout_still_prints_what_it_counted() throws Exception {
        Output o = profile("--timeout", "2", "--iterations", "100000", "--runs", "1", "100000");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.err().contains("the profiled program exited with code"), o.err());
        int resample = lineOf("BoxedBootstrap.java", "choices.add(values.get(Data.randint(random, 0, n - 1)))");
        int header = lineOf("BoxedBootstrap.java", "for (int it = 0; it < iterations; it++)");
        Map<Integer, Long> t = tables(o.out()).get("confidenceInterval");
        assertTrue(t.get(resample) > 100_000, o.out());
        assertTrue(t.get(header) >= 2 && t.get(header) < 100_001, o.out());
        String total = o.out().lines().filter(l -> l.startsWith("Total time: ")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(total.substring(12, total.length() - 2)) > 0.2, total);
    }

    @Test
    void bad_line_options_are_one_line_usage_errors() {
        Output timing = profile("--timing", "sometimes", "100");
        assertEquals(2, timing.exit());
        assertEquals("workbench: --timing must be exact, hits or sampled, got 'sometimes'", timing.err().trim().lines().findFirst().orElse(""));
        Output function = profile("--function", "Foo.", "100");
        assertEquals(2, function.exit());
        assertEquals(1, function.err().trim().lines().count(), function.err());
    }
}
