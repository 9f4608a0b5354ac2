package workbench.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pstats' entry for one function: {@code (cc, nc, tt, ct, callers)}.
 *
 * @param function        the function (its first line in {@link Frame#source()})
 * @param calls           {@code nc}: all calls, recursive ones included
 * @param primitiveCalls  {@code cc}: calls not made while the function was already on the stack
 * @param totalNanos      {@code tt}: time spent in the function itself, sub-calls excluded
 * @param cumulativeNanos {@code ct}: time including sub-calls, counted once per outermost call
 * @param callers         one entry per distinct caller, with the statistics of that edge
 */
public record FunctionStats(Frame function, long calls, long primitiveCalls, long totalNanos, long cumulativeNanos,
                            List<CallerStats> callers) {

    public FunctionStats {
        callers = List.copyOf(callers);
    }

    /** @return the function's identity */
    public MethodId method() {
        return function.method();
    }

    /** @return whether recursion happened, i.e. whether {@code ncalls} is shown as {@code nc/cc} */
    public boolean recursive() {
        return calls != primitiveCalls;
    }

    /**
     * pstats' {@code add_func_stats}: the sum of two entries for the same function (from two threads or runs).
     *
     * @param other another entry with the same method
     * @return the sum, callers merged by caller
     */
    public FunctionStats plus(FunctionStats other) {
        Map<MethodId, CallerStats> merged = new LinkedHashMap<>();
        for (CallerStats c : callers) merged.put(c.caller().method(), c);
        for (CallerStats c : other.callers) merged.merge(c.caller().method(), c, CallerStats::plus);
        return new FunctionStats(function, calls + other.calls, primitiveCalls + other.primitiveCalls,
                totalNanos + other.totalNanos, cumulativeNanos + other.cumulativeNanos, new ArrayList<>(merged.values()));
    }

    /**
     * The statistics of one caller-to-callee edge, as pstats keeps them in {@code callers}.
     *
     * @param caller          the calling function
     * @param calls           calls along this edge
     * @param primitiveCalls  of which primitive
     * @param totalNanos      callee's own time spent in calls along this edge
     * @param cumulativeNanos callee's cumulative time in calls along this edge
     */
    public record CallerStats(Frame caller, long calls, long primitiveCalls, long totalNanos, long cumulativeNanos) {

        /**
         * @param o the same edge's statistics from elsewhere
         * @return the sum
         */
        public CallerStats plus(CallerStats o) {
            return new CallerStats(caller, calls + o.calls, primitiveCalls + o.primitiveCalls,
                    totalNanos + o.totalNanos, cumulativeNanos + o.cumulativeNanos);
        }
    }
}
