package workbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workbench.workload.DataFile;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/** The workload's options, shared by {@code run} and {@code profile}. */
public final class WorkloadOptions {

    /** Bytes a boxed resample needs per element at worst: the data list, a choices list and their Doubles. */
    static final long BYTES_PER_ELEMENT = 64;

    @Parameters(index = "0", paramLabel = "N", arity = "0..1",
            description = "Number of data values to generate (the document's 100000). Not needed with --data.")
    String n;

    @Option(names = "--iterations", paramLabel = "IT", defaultValue = "10",
            description = "Bootstrap resamples per run, at least 2 (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "4",
            description = "Times the interval is computed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = {"1 - confidence level, in (0, 1) (default: ${DEFAULT-VALUE}).",
                "When A is so small that floor(IT*(1-A/2)) = IT, the index is clamped to the largest mean."})
    double alpha;

    @Option(names = "--variant", paramLabel = "V", defaultValue = "boxed",
            description = "boxed, two-line, fused, primitive or parallel (default: ${DEFAULT-VALUE}).")
    String variant;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seeds data and resampling; same seed and variant give identical results"
                    + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Read the data from FILE (one number per line, or the first column of a CSV)"
                    + " instead of generating N values.")
    Path data;

    /**
     * Checks every option and builds the configuration.
     *
     * @return the validated configuration
     * @throws UserException naming the first bad option
     */
    public WorkloadConfig toConfig() {
        if (iterations < 2) throw new UserException("--iterations must be at least 2, got " + iterations);
        if (runs < 1) throw new UserException("--runs must be at least 1, got " + runs);
        if (!(alpha > 0 && alpha < 1)) throw new UserException("--alpha must be in (0, 1), got " + alpha);
        Variant v;
        try {
            v = Variant.fromCliName(variant);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        int size;
        if (data != null) {
            try {
                size = DataFile.read(data).length;
            } catch (IllegalArgumentException e) { // the workload names the offending line; it knows no UserException
                throw new UserException(e.getMessage());
            }
        } else {
            if (n == null) throw new UserException("missing N, the number of data values (or give --data FILE)");
            size = parseN(n);
        }
        checkMemory(size);
        return new WorkloadConfig(size, iterations, runs, alpha, v, seed, data);
    }

    static int parseN(String text) {
        long value;
        try {
            value = Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(text); // 1e6
                if (d != Math.rint(d) || Double.isInfinite(d)) throw new NumberFormatException();
                value = d > Long.MAX_VALUE ? Long.MAX_VALUE : (long) d;
            } catch (NumberFormatException e2) {
                throw new UserException("N must be a whole number, got '" + text + "'");
            }
        }
        if (value <= 0) throw new UserException("N must be positive, got " + text);
        if (value > Integer.MAX_VALUE - 8) {
            throw new UserException("N = " + text + " is beyond what a Java array holds (" + (Integer.MAX_VALUE - 8) + ")");
        }
        return (int) value;
    }

    static void checkMemory(int size) {
        long max = Runtime.getRuntime().maxMemory();
        long need = size * BYTES_PER_ELEMENT;
        if (need > max) {
            throw new UserException("N = " + size + " needs about " + need / (1 << 20) + " MiB but the JVM may use "
                    + max / (1 << 20) + " MiB (raise -Xmx or lower N)");
        }
    }

    /** @return the options as given, for a saved run's record */
    public Map<String, String> describe(WorkloadConfig c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("n", Integer.toString(c.n()));
        m.put("iterations", Integer.toString(c.iterations()));
        m.put("runs", Integer.toString(c.runs()));
        m.put("alpha", Double.toString(c.alpha()));
        m.put("variant", c.variant().cliName());
        m.put("seed", Long.toString(c.seed()));
        if (c.dataFile() != null) m.put("data", c.dataFile().toString());
        return m;
    }
}
