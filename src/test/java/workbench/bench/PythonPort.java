package workbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands that time the shared Python port of the document's program the way we time ours: only the
 * confidence-interval calls, after the data are generated, printed as {@code seconds=...}.
 */
final class PythonPort {

    private PythonPort() {
    }

    /**
     * @param python     the python3 executable
     * @param script     {@code bootstrap_ci.py}
     * @param n          data size
     * @param variant    {@code random}, {@code numpy}, {@code fused} or {@code vector}
     * @param iterations resamples per run
     * @param runs       runs
     * @param profiler   {@code null}, or a module to run it under such as {@code cProfile}
     * @return the command
     */
    static List<String> command(String python, Path script, int n, String variant, int iterations, int runs,
                                String profiler) {
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
                profiler == null ? "t = time.perf_counter(); work(); t = time.perf_counter() - t"
                        : "import " + profiler + "\np = " + profiler + ".Profile(); t = time.perf_counter(); "
                        + "p.runcall(work); t = time.perf_counter() - t",
                "print('seconds=%.6f' % t)");
        // OPENBLAS_* are set on some machines for old OpenBLAS builds and slow a current numpy down.
        List<String> cmd = new ArrayList<>(List.of("env", "-u", "OPENBLAS_CORETYPE", "-u", "OPENBLAS_L2_SIZE"));
        cmd.addAll(List.of(python, "-c", code));
        return cmd;
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
