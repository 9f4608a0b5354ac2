package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input: one line on stderr that starts with {@code workbench:} and says what is wrong, exit code 2, nothing
 * on stdout and never a stack trace. {@code {dir}} in a command line stands for a directory of prepared files.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("header-only.csv"), "value,weight\n");
        Files.writeString(dir.resolve("words.txt"), "1\n2\nthree\n4\n");
        Files.writeString(dir.resolve("nan.txt"), "1\nNaN\n3\n");
        Files.writeString(dir.resolve("inf.csv"), "x,y\n1,2\nInfinity,3\n");
        Files.writeString(dir.resolve("neg-inf.txt"), "-Infinity\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run 0|N must be positive, got 0",
        "run -5|N must be positive, got -5",
        "profile 0|N must be positive, got 0",
        "run abc|N must be a whole number, got 'abc'",
        "run 1.5|N must be a whole number, got '1.5'",
        "run 2000000000|N = 2000000000 needs about",
        "run 99999999999|beyond what a Java array holds",
        "run|missing N",
        "run 100 200|Unmatched argument",
        "run 100 --iterations 1|--iterations must be at least 2, got 1",
        "run 100 --iterations 0|--iterations must be at least 2, got 0",
        "run 100 --iterations -3|--iterations must be at least 2, got -3",
        "run 100 --iterations many|Invalid value for option '--iterations'",
        "run 100 --runs 0|--runs must be at least 1, got 0",
        "run 100 --runs -1|--runs must be at least 1, got -1",
        "run 100 --alpha 0|--alpha must be in (0, 1), got 0.0",
        "run 100 --alpha 1|--alpha must be in (0, 1), got 1.0",
        "run 100 --alpha -0.1|--alpha must be in (0, 1), got -0.1",
        "run 100 --alpha 1.5|--alpha must be in (0, 1), got 1.5",
        "run 100 --alpha NaN|--alpha must be in (0, 1), got NaN",
        "run 100 --alpha|Missing required parameter for option '--alpha'",
        "run 100 --seed x|Invalid value for option '--seed'",
        "run 100 --variant fast|unknown variant 'fast' (expected one of: boxed, two-line, fused, primitive, parallel)",
        "run 100 --variant BOXED|unknown variant 'BOXED'",
        "run --data {dir}/missing.txt|missing.txt: no such file",
        "run --data {dir}/empty.txt|empty.txt: no numbers in file",
        "run --data {dir}/header-only.csv|header-only.csv: no numbers in file",
        "run --data {dir}|cannot read",
        "run --data {dir}/words.txt|words.txt: line 3: 'three' is not a number",
        "run --data {dir}/nan.txt|nan.txt: line 2: 'NaN' is not a finite number",
        "run --data {dir}/inf.csv|inf.csv: line 3: 'Infinity' is not a finite number",
        "run 10 --data {dir}/neg-inf.txt|neg-inf.txt: line 1: '-Infinity' is not a finite number",
        "run 100 --frobnicate|Unknown option: '--frobnicate'",
        "frobnicate|Unmatched argument at index 0: 'frobnicate'",
        "profile --mode nope 100|unknown mode 'nope' (expected deterministic, sampling or line)",
        "profile 100 --timeout 0|--timeout must be positive",
        "profile 100 --timing hits|--mode deterministic takes --timing exact or sampled, not hits",
        "profile 100 --timing sampled --raw|--raw is for the timed trace",
        "profile 100 --timing sampled --event alloc|not --event alloc: that is for --mode sampling",
        "profile 100 --mode line --timing sampled --event alloc|not --event alloc: that is for --mode sampling",
        "profile 100 --timing sampled --event cpu-time --engine async|--event cpu-time is JFR's CPU-time sampler",
    })
    void oneClearLineAndExitTwo(String line, String expected) {
        String[] args = line.replace("{dir}", dir.toString()).split(" ");
        Cli.Result r = Cli.run(args);
        String err = r.err();
        assertAll(line,
            () -> assertEquals(2, r.code(), err),
            () -> assertEquals("", r.out()),
            () -> assertTrue(err.endsWith("\n") && err.lines().count() == 1, "exactly one line: " + err),
            () -> assertTrue(err.startsWith("workbench: "), err),
            () -> assertTrue(err.contains(expected), "expected '" + expected + "' in: " + err),
            () -> assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err));
    }
}
