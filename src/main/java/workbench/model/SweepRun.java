package workbench.model;

import java.util.List;

/**
 * One child of a sweep.
 *
 * @param point         where in the grid
 * @param run           which of the point's K runs, from 1
 * @param wallNanos     the child's wall time, start to exit
 * @param ownNanos      the workload's own time (its run log: the sum of its runs, start-up apart)
 * @param peakHeapBytes the heap pools' summed peak usage as the child reported it, -1 when it did not
 * @param functions     a deterministic child's functions with their exact calls and times (empty for other modes
 *                      and sweeps saved before they were kept): what growth per function is fitted on
 */
public record SweepRun(SweepPoint point, int run, long wallNanos, long ownNanos, long peakHeapBytes,
                       List<FunctionCost> functions) {

    public SweepRun {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }

    /** A child without functions (not deterministic). */
    public SweepRun(SweepPoint point, int run, long wallNanos, long ownNanos, long peakHeapBytes) {
        this(point, run, wallNanos, ownNanos, peakHeapBytes, List.of());
    }

    /**
     * One function of one child, summed over its threads.
     *
     * @param function   the function
     * @param calls      its calls
     * @param totalNanos its own time
     */
    public record FunctionCost(Frame function, long calls, long totalNanos) {
    }
}
