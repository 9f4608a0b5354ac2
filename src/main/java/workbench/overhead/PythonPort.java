package workbench.overhead;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbench.session.ChildCpu;

/**
 * The shared Python port of the document's program, timed the way we time ours: only the confidence-interval
 * calls, after the data are generated, printed as {@code seconds=...}; plain, under cProfile, or with
 * line_profiler on {@code confidence_interval} as {@code kernprof -l} puts it (its {@code @profile}).
 */
public final class PythonPort {

    /** The profiler that wraps {@code confidence_interval} alone, line by line. */
    public static final String LINE_PROFILER = "line_profiler";
    private static final Pattern SECONDS = Pattern.compile("(?m)^seconds=([0-9.eE+-]+)\\s*$");

    private PythonPort() {
    }

    /**
     * @param python     the python3 executable
     * @param script     {@code bootstrap_ci.py}
     * @param n          data size
     * @param variant    {@code random}, {@code numpy}, {@code fused} or {@code vector}
     * @param iterations resamples per run
     * @param runs       runs
     * @param profiler   {@code null}, a module with cProfile's {@code Profile().runcall} such as {@code cProfile},
     *                   or {@link #LINE_PROFILER}
     * @return the command
     */
    public static List<String> command(String python, Path script, int n, String variant, int iterations, int runs,
                                       String profiler) {
        String time = "t = time.perf_counter(); work(); t = time.perf_counter() - t";
        String run = profiler == null ? time
                : profiler.equals(LINE_PROFILER)
                ? "from line_profiler import LineProfiler\nlp = LineProfiler()\n"
                        + "b.confidence_interval = lp(b.confidence_interval)\n" + time
                : "import " + profiler + "\np = " + profiler + ".Profile(); t = time.perf_counter(); "
                        + "p.runcall(work); t = time.perf_counter() - t";
        String code = String.join("\n",
                "import sys, time, random",
                "sys.path.insert(0, " + quote(script.toAbsolutePath().getParent().toString()) + ")",
                "import bootstrap_ci as b",
                "random.seed(1)",
                "if b.numpy is not None: b.numpy.random.seed(1)",
                "values = [random.randint(0, 1000) for _ in range(" + n + ")]",
                "if " + quote(variant) + " == 'vector': values = b.numpy.array(values)",
                "def work():",
                "    for _ in range(" + runs + "):",
                "        b.confidence_interval(values, iterations=" + iterations + ", variant=" + quote(variant) + ")",
                run,
                "print('seconds=%.6f' % t)");
        // OPENBLAS_* are set on some machines for old OpenBLAS builds and slow a current numpy down.
        List<String> cmd = new ArrayList<>(List.of("env", "-u", "OPENBLAS_CORETYPE", "-u", "OPENBLAS_L2_SIZE"));
        cmd.addAll(List.of(python, "-c", code));
        return cmd;
    }

    /**
     * How one timed Python run went.
     *
     * @param wallNanos  the process's wall time, interpreter start-up included
     * @param ownNanos   the confidence-interval calls' time, as the wrapper measured it
     * @param cpuSeconds the process's user + system CPU time; NaN where unknown
     */
    public record Timing(long wallNanos, long ownNanos, double cpuSeconds) {
    }

    /**
     * Runs a command of {@link #command} to its end.
     *
     * @param command the command
     * @param work    a directory for its output
     * @return its timing
     * @throws IOException when it fails or prints no {@code seconds=} line
     */
    public static Timing run(List<String> command, Path work) throws IOException {
        Path out = Files.createTempFile(work, "python-", ".out");
        try {
            double cpu = ChildCpu.seconds();
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            int exit;
            try {
                exit = p.waitFor();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            long wall = System.nanoTime() - start;
            cpu = ChildCpu.seconds() - cpu;
            String text = Files.readString(out, StandardCharsets.UTF_8);
            Matcher m = SECONDS.matcher(text);
            if (exit != 0 || !m.find()) {
                throw new IOException("the Python port failed (exit " + exit + "): "
                        + text.lines().reduce((a, b) -> b).orElse(""));
            }
            return new Timing(wall, Math.round(Double.parseDouble(m.group(1)) * 1e9), cpu);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * @param python the python3 executable
     * @param module a module name
     * @return whether {@code python -c 'import module'} works
     */
    public static boolean has(String python, String module) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
