package workbench.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import workbench.instrument.FunctionSelector;
import workbench.model.LineTiming;

/** The line mode's recording options: which functions, and how lines are timed. */
public final class LineOptions {

    @Option(names = "--function", paramLabel = "PATTERN",
            description = {"With --mode line: profile this function, line by line (repeatable). CLASS.METHOD or"
                + " METHOD, * matches anything: BoxedBootstrap.confidenceInterval, *.mean.",
                "Its lambdas and local classes count in its table. Default: "
                + FunctionSelector.DEFAULT_PATTERN + "."})
    List<String> functions = new ArrayList<>();

    @Option(names = "--timing", paramLabel = "T", defaultValue = "exact",
            description = {"With --mode line: exact (time every line, calibrated), hits (count only, near-zero"
                + " cost) or sampled (the hybrid mode: exact hits, times from samples taken as --engine, --event"
                + " and --interval say) (default: ${DEFAULT-VALUE}).",
                "With --mode deterministic: exact (two clock reads per call, calibrated) or sampled (the hybrid"
                + " mode: exact calls per caller and callee, no clock; tottime and cumtime from samples of the same"
                + " run)."})
    String timing;

    /**
     * Checks the options.
     *
     * @return the timing asked for
     * @throws UserException naming the first bad one
     */
    LineTiming validate() {
        LineTiming t;
        try {
            t = LineTiming.fromCliName(timing);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (!functions.isEmpty()) {
            try {
                new FunctionSelector(functions);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            for (String f : functions) {
                if (f.contains(";") || f.contains(",")) {
                    throw new UserException("--function takes one pattern per option, got '" + f + "'");
                }
            }
        }
        return t;
    }
}
