package workbench.model;

import java.util.List;

/**
 * Deterministic (traced) per-function statistics, kept per thread so that tables can merge or split them.
 *
 * @param overheadNanosPerCall the per-call cost the agent measured for itself and subtracted (0 when raw)
 * @param calibrated           whether that cost was subtracted ({@code false} for {@code --raw})
 * @param threads              statistics of each profiled thread
 */
public record FunctionProfile(double overheadNanosPerCall, boolean calibrated, List<ThreadFunctions> threads) {

    public FunctionProfile {
        threads = List.copyOf(threads);
    }

    /**
     * The functions one thread called.
     *
     * @param thread    thread name (suffixed with its id when names repeat)
     * @param functions one entry per function
     */
    public record ThreadFunctions(String thread, List<FunctionStats> functions) {
        public ThreadFunctions {
            functions = List.copyOf(functions);
        }
    }
}
