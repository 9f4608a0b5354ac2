package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code workbench run} from the shaded jar in its own JVM, where stderr is a real file descriptor: n = 10⁶ fits in
 * 256 MiB for every variant (the peak does not grow with the iterations, so two of them show it), running out of
 * memory is one line, never a stack trace, and no progress bar is drawn when stderr is not a terminal.
 */
class RunJarIT {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"boxed", "two-line", "fused", "primitive", "parallel"})
    void millionValuesFitIn256MiB(String variant) throws Exception {
        Run r = workbench("-Xmx256m", "run", "1000000", "--iterations", "2", "--runs", "1", "--variant", variant);
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.strip().matches("run 1: lower=\\S+ upper=\\S+ value=\\S+ num=1000000"), r.out);
    }

    @Test
    void runningOutOfMemoryIsOneLine() throws Exception {
        // 240000 values pass the up-front estimate for a 16 MiB heap, but the two-line variant's boxed index list
        // does not fit beside the data: the JVMs we run on throw OutOfMemoryError here.
        Run r = workbench("-Xmx16m", "run", "240000", "--iterations", "3", "--runs", "1", "--variant", "two-line");
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
        if (r.code == 0) {
            assertTrue(r.out.strip().endsWith("num=240000"), r.out); // a roomier JVM: the run completes
        } else {
            assertEquals(2, r.code, r.err);
            assertEquals(1, r.err.lines().count(), r.err);
            assertTrue(r.err.startsWith("workbench: out of memory"), r.err);
        }
    }

    @Test
    void noProgressBarWhenStderrIsAFile() throws Exception {
        // 100000 × 1000 × 2 resampled elements: above the progress bar's threshold, so only the terminal test stops it.
        Run r = workbench("-Xmx256m", "run", "100000", "--iterations", "1000", "--runs", "2", "--variant", "parallel");
        assertEquals(0, r.code, r.err);
        assertEquals(List.of("run 1", "run 2"), r.err.lines().map(l -> l.replaceAll(": \\d+\\.\\d{3} s$", "")).toList(),
                "only the timing lines on stderr: " + r.err);
        assertEquals(2, r.out.lines().count(), r.out);
    }

    @Test
    void progressBarOnATerminalIsAsWideAsItAndTheResultsWaitUntilItIsDone() throws Exception {
        assumeTrue(Files.isExecutable(Programs.SCRIPT), "no " + Programs.SCRIPT);
        // 100000 × 1000 × 2 resampled elements: the bar's threshold; stdout and stderr are the one terminal
        Programs.Run r = Programs.onTerminal(dir, List.of(Programs.java(), "-Xmx256m", "-jar",
                Programs.workbenchJar().toString(), "run", "100000", "--iterations", "1000", "--runs", "2",
                "--variant", "fused"));
        assertEquals(0, r.code(), r.out());
        List<String> drawn = r.out().lines().flatMap(l -> Arrays.stream(l.split("\r"))).filter(s -> !s.isEmpty())
                .toList();
        List<String> bars = drawn.stream().filter(s -> s.startsWith("bootstrap ")).toList();
        assertFalse(bars.isEmpty(), r.out());
        for (String bar : bars) {
            assertFalse(bar.contains("lower="), "a result printed into the bar: " + bar);
            // JLine's dumb terminal (no provider found in the jar) has no width: the bar took 80 columns then
            assertEquals(Programs.COLUMNS - 1, bar.length(), "drawn to the terminal's width: " + bar);
        }
        assertEquals(2, drawn.stream().filter(s -> s.matches("run [12]: lower=\\S+ upper=\\S+ value=\\S+ num=100000"))
                .count(), r.out());
    }

    private record Run(int code, String out, String err) {
    }

    private Run workbench(String heap, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("workbench.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the shaded jar: " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, heap, "-jar", jar));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("CI"); // CI also hides the bar; here only the terminal test may
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
