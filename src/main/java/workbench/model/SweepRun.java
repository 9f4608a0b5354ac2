package workbench.model;

/**
 * One child of a sweep.
 *
 * @param point         where in the grid
 * @param run           which of the point's K runs, from 1
 * @param wallNanos     the child's wall time, start to exit
 * @param ownNanos      the workload's own time (its run log: the sum of its runs, start-up apart)
 * @param peakHeapBytes the heap pools' summed peak usage as the child reported it, -1 when it did not
 */
public record SweepRun(SweepPoint point, int run, long wallNanos, long ownNanos, long peakHeapBytes) {
}
