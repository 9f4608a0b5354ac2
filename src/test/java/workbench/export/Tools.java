package workbench.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tools that open our exports (python3's pstats, callgrind_annotate, go tool pprof, jfr). A tool that is not
 * installed skips its test with a line saying so (printed, and as the skip's reason), never silently.
 */
public final class Tools {

    /** What a tool printed. */
    public record Result(int code, String out) {
    }

    private Tools() {
    }

    /**
     * Skips the calling test, with a printed line, when the tool cannot be run.
     *
     * @param tool  the tool's name, for the message
     * @param probe a command that succeeds when it is installed
     * @param hint  how to install it
     */
    public static void assumeInstalled(String tool, List<String> probe, String hint) {
        boolean ok;
        try {
            ok = run(null, probe).code() == 0;
        } catch (IOException e) {
            ok = false;
        }
        if (!ok) System.out.println("SKIPPED: " + tool + " is not installed (" + hint + "), so its test is skipped");
        assumeTrue(ok, tool + " is not installed (" + hint + ")");
    }

    /** Skips unless python3 can import pstats. */
    public static void assumePython() {
        assumeInstalled("python3", List.of("python3", "-c", "import pstats, marshal"), "apt-get install python3");
    }

    /** Skips unless valgrind's callgrind_annotate runs. */
    public static void assumeCallgrindAnnotate() {
        assumeInstalled("callgrind_annotate", List.of("sh", "-c", "command -v callgrind_annotate"), "apt-get install valgrind");
    }

    /** Skips unless {@code go tool pprof} runs. */
    public static void assumeGo() {
        assumeInstalled("go", List.of("go", "version"), "apt-get install golang-go");
    }

    /** @return the JDK's {@code jfr} tool beside the running JVM */
    public static String jfrTool() {
        return Path.of(System.getProperty("java.home"), "bin", "jfr").toString();
    }

    /**
     * @param dir     working directory, or {@code null}
     * @param command the command line
     * @return its exit code and its stdout and stderr together
     * @throws IOException when it cannot be started
     */
    public static Result run(Path dir, List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) pb.directory(dir.toFile());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("GOFLAGS", "-mod=mod");
        pb.environment().putIfAbsent("HOME", System.getProperty("java.io.tmpdir"));
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
