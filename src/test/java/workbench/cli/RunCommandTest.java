package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import workbench.workload.Interval;
import workbench.workload.Variant;
import workbench.workload.Workload;
import workbench.workload.WorkloadConfig;

/** {@code workbench run}: what it prints, that the same seed prints the same bytes, JSON, and {@code --data}. */
class RunCommandTest {

    private static final Pattern RESULT = Pattern.compile(
            "run [1-9]\\d*: lower=-?\\d+\\.\\d{6} upper=-?\\d+\\.\\d{6} value=-?\\d+\\.\\d{6} num=\\d+");
    private static final Pattern TIMING = Pattern.compile("run [1-9]\\d*: \\d+\\.\\d{3} s");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void sameSeedSameBytesAnotherSeedOtherBytes(Variant variant) {
        String[] args = {"run", "3000", "--iterations", "40", "--runs", "3", "--seed", "11", "--variant",
            variant.cliName()};
        Cli.Result first = Cli.run(args);
        Cli.Result again = Cli.run(args);
        assertEquals(0, first.code(), first.err());
        assertEquals(first.out(), again.out());
        List<String> lines = first.out().lines().toList();
        assertEquals(3, lines.size(), first.out());
        for (int r = 0; r < 3; r++) {
            assertTrue(RESULT.matcher(lines.get(r)).matches(), lines.get(r));
            assertTrue(lines.get(r).startsWith("run " + (r + 1) + ": ") && lines.get(r).endsWith(" num=3000"));
        }
        List<String> timings = first.err().lines().toList();
        assertEquals(3, timings.size(), first.err());
        timings.forEach(t -> assertTrue(TIMING.matcher(t).matches(), t));

        args[7] = "12";
        Cli.Result other = Cli.run(args);
        assertEquals(0, other.code());
        List<String> otherLines = other.out().lines().toList();
        for (int r = 0; r < 3; r++) assertNotEquals(lines.get(r), otherLines.get(r));
    }

    /**
     * The exact bytes for one seed. java.util.Random and SplittableRandom are specified algorithms, so these hold on
     * every JDK (CI checks 17 and 25). Boxed, two-line and fused draw the same indices from the same generator
     * ({@code randint(0, n − 1)} is {@code nextInt(n)}): the document's rewrites change the speed, not the answer.
     * A deliberate change to the streams must update these lines.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "boxed|run 1: lower=494.180000 upper=599.950000 value=525.210000 num=100"
            + "|run 2: lower=469.910000 upper=589.630000 value=525.210000 num=100",
        "two-line|run 1: lower=494.180000 upper=599.950000 value=525.210000 num=100"
            + "|run 2: lower=469.910000 upper=589.630000 value=525.210000 num=100",
        "fused|run 1: lower=494.180000 upper=599.950000 value=525.210000 num=100"
            + "|run 2: lower=469.910000 upper=589.630000 value=525.210000 num=100",
        "primitive|run 1: lower=479.160000 upper=550.040000 value=525.210000 num=100"
            + "|run 2: lower=477.270000 upper=554.740000 value=525.210000 num=100",
        "parallel|run 1: lower=464.280000 upper=568.130000 value=525.210000 num=100"
            + "|run 2: lower=466.410000 upper=634.840000 value=525.210000 num=100",
    })
    void exactOutputForSeed42(String variant, String run1, String run2) {
        Cli.Result r = Cli.run("run", "100", "--iterations", "10", "--runs", "2", "--seed", "42", "--variant", variant);
        assertEquals(0, r.code(), r.err());
        assertEquals(run1 + "\n" + run2 + "\n", r.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void printsWhatTheWorkloadComputesWithTheGivenOptions() {
        Cli.Result r = Cli.run("run", "500", "--iterations", "30", "--runs", "2", "--alpha", "0.2", "--seed", "9",
                "--variant", "fused");
        assertEquals(0, r.code(), r.err());
        List<String> expected = new ArrayList<>();
        Workload.run(new WorkloadConfig(500, 30, 2, 0.2, Variant.FUSED, 9, null),
                (run, iv, nanos) -> expected.add(RunCommand.format(run + 1, iv)));
        assertEquals(expected, r.out().lines().toList());
    }

    @Test
    void defaultsAreTheDocumentsMain() {
        // n given; 10 iterations, 4 runs, alpha 0.05, the boxed variant, seed 1.
        Cli.Result r = Cli.run("run", "200");
        assertEquals(0, r.code(), r.err());
        List<String> expected = new ArrayList<>();
        Workload.run(new WorkloadConfig(200, 10, 4, 0.05, Variant.BOXED, 1, null),
                (run, iv, nanos) -> expected.add(RunCommand.format(run + 1, iv)));
        assertEquals(expected, r.out().lines().toList());
    }

    @Test
    void jsonHasEveryRunsFields() throws IOException {
        String[] base = {"run", "800", "--iterations", "25", "--runs", "2", "--seed", "3", "--variant", "primitive"};
        Cli.Result text = Cli.run(base);
        String[] withJson = java.util.Arrays.copyOf(base, base.length + 1);
        withJson[base.length] = "--json";
        Cli.Result json = Cli.run(withJson);
        assertEquals(0, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("primitive", root.get("variant").asText());
        assertEquals(3, root.get("seed").asLong());
        assertEquals(25, root.get("iterations").asInt());
        assertEquals(0.05, root.get("alpha").asDouble());
        JsonNode runs = root.get("runs");
        assertEquals(2, runs.size());
        List<String> lines = text.out().lines().toList();
        for (int i = 0; i < 2; i++) {
            JsonNode run = runs.get(i);
            assertEquals(i + 1, run.get("run").asInt());
            assertEquals(800, run.get("num").asInt());
            for (String field : new String[] {"lower", "upper", "value"}) {
                assertTrue(run.get(field).isNumber(), field);
            }
            Interval iv = new Interval(run.get("lower").asDouble(), run.get("upper").asDouble(),
                    run.get("value").asDouble(), run.get("num").asInt());
            assertEquals(lines.get(i), RunCommand.format(i + 1, iv), "JSON and text tell the same result");
        }
    }

    @Test
    void dataFileOneNumberPerLine() throws IOException {
        Path f = dir.resolve("ten.txt");
        Files.writeString(f, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
        Cli.Result r = Cli.run("run", "--data", f.toString(), "--runs", "1", "--iterations", "50");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().endsWith("value=5.500000 num=10"), r.out());
    }

    @Test
    void dataFileCsvWithHeaderAndQuotesOverridesN() throws IOException {
        Path f = dir.resolve("table.csv");
        Files.writeString(f, "\"amount\",\"note\"\n\"2.0\",\"a, b\"\n4,c\n\"6\",d\n");
        Cli.Result r = Cli.run("run", "999", "--data", f.toString(), "--runs", "2", "--iterations", "20",
                "--variant", "parallel");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        lines.forEach(l -> assertTrue(l.endsWith("value=4.000000 num=3"), l));
    }

    @Test
    void tinyAlphaIsClampedNotAnError() {
        Cli.Result r = Cli.run("run", "50", "--iterations", "10", "--runs", "1", "--alpha", "1e-17",
                "--variant", "primitive");
        assertEquals(0, r.code(), r.err());
        assertTrue(RESULT.matcher(r.out().strip()).matches(), r.out());
    }
}
