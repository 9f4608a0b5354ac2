package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad sampling input: one line on stderr, exit code 2, before any child JVM is started. */
class SamplingOptionsTest {

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static void assertBadInput(String expectedLine, String... args) {
        Outcome o = run(args);
        assertEquals(2, o.code(), o.err());
        assertEquals("workbench: " + expectedLine + System.lineSeparator(), o.err());
    }

    @Test
    void jfr_cannot_sample_wall_clock_time() {
        assertBadInput("JFR has no wall sampler; use --engine async for --event wall",
                "profile", "--mode", "sampling", "--engine", "jfr", "--event", "wall", "1000");
    }

    @Test
    void a_bad_interval_is_named() {
        assertBadInput("interval must be a duration like 1ms, 500us or 10ms, got 'often'",
                "profile", "--mode", "sampling", "--interval", "often", "1000");
    }

    @Test
    void bad_table_keys_and_thread_sets_are_named() {
        assertBadInput("--by must be line or function, got 'file'", "profile", "--mode", "sampling", "--by", "file",
                "1000");
        assertBadInput("--threads must be workload or all, got 'some'", "profile", "--mode", "sampling",
                "--threads", "some", "1000");
    }

    @Test
    void an_unreadable_recording_is_one_line_and_exit_code_2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jfr");
        Files.writeString(bad, "FLR\0 but nothing else");
        Outcome o = run("stats", bad.toString());
        assertEquals(2, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
        assertEquals(true, o.err().startsWith("workbench: cannot read recording " + bad + ": "), o.err());
        assertEquals("", o.out());
    }

    @Test
    void a_missing_recording_is_one_line_and_exit_code_2(@TempDir Path dir) {
        Path missing = dir.resolve("missing.jfr");
        assertBadInput("no saved run '" + missing + "' in profiles (an id, a name, a unique id prefix, 'last', or a"
                + " run file)", "stats", "--profiles", "profiles", missing.toString());
    }
}
