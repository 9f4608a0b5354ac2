package workbench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One child of an overhead study: how long it took and, for a profiled child, what its profile said was hot (kept
 * as shares, not the whole profile, so that a saved study stays small and re-prints the same table).
 *
 * @param config     the configuration's label ({@code plain}, {@code sampling async 1ms}, ...)
 * @param run        which of the configuration's K runs, from 1
 * @param wallNanos  the child's wall time, start-up included
 * @param ownNanos   the workload's own time (its run log), start-up left out
 * @param cpuSeconds the child's user + system CPU time, start-up included; NaN where it cannot be read
 * @param events     what the profiler counted: traced calls, samples or line hits; 0 for none
 * @param functions  share of the run's time per function ({@code class.method}), in [0, 1]; empty for none
 * @param lines      share of the workload's {@code confidenceInterval} time per line; empty for none
 */
public record OverheadRun(String config, int run, long wallNanos, long ownNanos, double cpuSeconds, long events,
                          Map<String, Double> functions, Map<Integer, Double> lines) {

    public OverheadRun {
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /**
     * @param shares line shares computed after the run (the reference's need another run's hits)
     * @return this run with those line shares
     */
    public OverheadRun withLines(Map<Integer, Double> shares) {
        return new OverheadRun(config, run, wallNanos, ownNanos, cpuSeconds, events, functions, shares);
    }
}
