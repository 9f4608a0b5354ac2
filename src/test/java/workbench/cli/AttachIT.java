package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code profile --pid}: a JVM the test starts is profiled by attach in each mode and runs on unchanged (the
 * deterministic probes are gone afterwards), and the JVMs it may not attach to are refused in one line.
 */
class AttachIT {

    /** Computes until a line arrives on stdin, then says how many rounds it did in its exit code's stead. */
    private static final String LOOP = """
            package demo.loop;

            public class Loop {
                static long fib(int n) {
                    return n < 2 ? n : fib(n - 1) + fib(n - 2);
                }

                public static void main(String[] args) throws Exception {
                    Thread worker = new Thread(() -> {
                        long sum = 0;
                        while (true) {
                            sum += fib(20);
                            try {
                                Thread.sleep(1);
                            } catch (InterruptedException e) {
                                System.out.println("fib sum divisible: " + (sum % 6765 == 0));
                                return;
                            }
                        }
                    }, "worker");
                    worker.start();
                    System.out.println("ready");
                    System.in.read();
                    worker.interrupt();
                    worker.join();
                    System.exit(7);
                }
            }
            """;

    @TempDir
    static Path shared;
    static Path classes;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws IOException {
        classes = Programs.compile(shared.resolve("loop"), Map.of("demo/loop/Loop.java", LOOP), List.of());
    }

    /** A running JVM to attach to, ready once it said so. */
    private Process start(String... jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Programs.java()));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", classes.toString(), "demo.loop.Loop"));
        Path out = Files.createTempFile(dir, "loop", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(Files.createTempFile(dir, "loop", ".err").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(out).contains("ready") && System.nanoTime() < deadline) Thread.sleep(20);
        return p;
    }

    /** Ends the JVM as its own program would; its output must be its own. */
    private static void finish(Process p, Path out) throws Exception {
        try (OutputStream in = p.getOutputStream()) {
            in.write('\n');
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(7, p.exitValue());
        assertEquals("ready\nfib sum divisible: true\n", Files.readString(out, StandardCharsets.UTF_8));
    }

    private Programs.Run profile(long pid, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--pid", Long.toString(pid), "--profiles",
                dir.resolve("profiles").toString(), "--duration", "2s"));
        args.addAll(List.of(options));
        return Programs.run(dir, "", Programs.workbench(args.toArray(String[]::new)));
    }

    private Path outOf(Process p) throws IOException {
        // the loop's stdout file is the newest loop*.out in dir
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("loop") && f.toString().endsWith(".out"))
                    .max((a, b) -> a.toFile().lastModified() <= b.toFile().lastModified() ? -1 : 1).orElseThrow();
        }
    }

    @Test
    void sampling_then_deterministic_by_attach_and_the_jvm_runs_on_as_before() throws Exception {
        Process p = start();
        Path out = outOf(p);
        try {
            Programs.Run sampled = profile(p.pid(), "--mode", "sampling", "--by", "function");
            assertEquals(0, sampled.code(), sampled.err());
            assertTrue(sampled.out().contains("Loop.fib"), sampled.out());

            Programs.Run traced = profile(p.pid(), "--mode", "deterministic");
            assertEquals(0, traced.code(), traced.err());
            Matcher m = Pattern.compile("(?m)^\\s*(\\d+)/(\\d+)\\s.*\\(Loop\\.fib\\)$").matcher(traced.out());
            assertTrue(m.find(), traced.out());
            long calls = Long.parseLong(m.group(1));
            long primitive = Long.parseLong(m.group(2));
            // fib(20) is 21891 calls. A round that was running at the attach finishes in its old code, and each of
            // its frames then calls the new code from uninstrumented code: up to 20 small primitive calls more.
            assertTrue(primitive >= 30 && calls >= 21891 * (primitive - 45) && calls <= 21891 * (primitive + 1),
                    calls + "/" + primitive);
            assertTrue(traced.err().contains("workbench: saved run "), traced.err());

            // the probes are gone: a new sample of the same JVM sees none of the runtime's frames
            Programs.Run after = profile(p.pid(), "--mode", "sampling", "--by", "function");
            assertEquals(0, after.code(), after.err());
            assertTrue(after.out().contains("Loop.fib"), after.out());
            assertFalse(after.out().contains("ThreadTrace") || after.out().contains("Tracer"), after.out());

            Programs.Run again = profile(p.pid(), "--mode", "deterministic");
            assertEquals(2, again.code(), again.err());
            assertEquals(1, again.err().lines().count(), again.err());
            assertTrue(again.err().contains("was profiled by attach before"), again.err());
        } finally {
            finish(p, out);
        }
    }

    @Test
    void line_mode_by_attach() throws Exception {
        Process p = start();
        Path out = outOf(p);
        try {
            Programs.Run r = profile(p.pid(), "--mode", "line", "--timing", "hits", "--function", "demo.loop.Loop.fib");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Function: fib at line 5"), r.out());
            Matcher m = Pattern.compile("(?m)^\\s+5\\s+(\\d+)\\s").matcher(r.out());
            assertTrue(m.find(), r.out());
            assertTrue(Long.parseLong(m.group(1)) > 21891, r.out());
        } finally {
            finish(p, out);
        }
    }

    @Test
    void jvms_we_may_not_attach_to_are_refused_in_one_line() throws Exception {
        Process closed = start("-XX:+DisableAttachMechanism");
        Path out = outOf(closed);
        Process notJava = new ProcessBuilder("sleep", "60").start();
        try {
            for (long pid : new long[] {closed.pid(), notJava.pid()}) {
                Programs.Run r = profile(pid, "--mode", "sampling");
                assertEquals(2, r.code(), r.err());
                assertEquals("workbench: --pid " + pid + " is not a JVM we can attach to (not a Java process, another"
                        + " user's, or started with -XX:+DisableAttachMechanism or -XX:-UsePerfData)\n", r.err());
            }
            assertTrue(notJava.isAlive(), "never signalled: the attach mechanism's SIGQUIT would have ended it");
            assertFalse(Files.exists(dir.resolve("profiles")) && Files.list(dir.resolve("profiles")).anyMatch(
                    f -> f.toString().endsWith(".json")), "nothing saved");
        } finally {
            notJava.destroy();
            finish(closed, out);
        }
    }
}
