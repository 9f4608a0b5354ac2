package workbench.workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to run: the document's main with its parameters. Validated by the caller.
 *
 * @param n          number of generated values (ignored when {@code dataFile} is given)
 * @param iterations resamples per run
 * @param runs       how many times the interval is computed
 * @param alpha      1 − confidence level
 * @param variant    which implementation
 * @param seed       seeds data and resampling
 * @param dataFile   the user's numbers instead of generated ones, or {@code null}
 */
public record WorkloadConfig(int n, int iterations, int runs, double alpha, Variant variant, long seed,
                             Path dataFile) {

    /** @return the data this configuration names: read from the file, or generated */
    public double[] data() {
        return dataFile != null ? DataFile.read(dataFile) : Data.generate(n, seed);
    }

    /** @return the arguments that {@link Main} parses back into this configuration */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>(List.of(Integer.toString(n), Integer.toString(iterations),
                Integer.toString(runs), Double.toString(alpha), variant.cliName(), Long.toString(seed)));
        if (dataFile != null) args.add(dataFile.toAbsolutePath().toString());
        return args;
    }

    /**
     * @param args what {@link #toArgs()} produced
     * @return the configuration
     */
    public static WorkloadConfig fromArgs(String[] args) {
        return new WorkloadConfig(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Double.parseDouble(args[3]), Variant.fromCliName(args[4]), Long.parseLong(args[5]),
                args.length > 6 ? Path.of(args[6]) : null);
    }
}
