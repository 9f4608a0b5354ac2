package workbench.agent.rt;

import java.util.ArrayList;
import java.util.List;

/**
 * The warm-up boundary of the deterministic mode, as JMH's warm-up iterations are: the agent instruments the start
 * of one method called once per run (the workload's per-run method, or the one {@code --warmup-at} names) with a
 * call of {@link #runStarts()}, and when the run after the N warm-up runs starts, before the method's enter probe,
 * takes a copy of every thread's counters: the baseline. The dump then writes what happened after it: final minus
 * baseline, per function, edge and call-path node, which is exact because every count is a sum per thread. Whatever
 * the caller does between runs (printing a run's result) goes with the run it follows.
 *
 * <p>No probe checks anything: only the one method's starts call in here, once per run. Frames open at the
 * boundary ({@code main}, the loop that calls the run method) are closed in the copy at the boundary's time, so their
 * call stays with the warm-up and the time they spend after it is kept.
 *
 * <p>The calling thread's copy is exact: its counters do not move while it is in here. Another thread's copy is read
 * while it runs, as a checkpoint reads it.
 */
public final class Baseline {

    /** Runs of the boundary's method to leave out; 0 when no warm-up is asked for. */
    private static int runs;
    private static int starts;
    private static volatile List<ThreadTrace> taken;

    private Baseline() {
    }

    /**
     * Asks for a baseline where the boundary's method starts its call after the warm-up's; set before any
     * instrumented code runs.
     *
     * @param warmupRuns calls of the boundary's method left out, at least 1
     */
    public static synchronized void arm(int warmupRuns) {
        runs = warmupRuns;
        starts = 0;
        taken = null;
    }

    /** Called by the boundary's method as it starts (before its enter probe): the (N+1)-th call takes the baseline. */
    public static synchronized void runStarts() {
        if (runs == 0 || ++starts != runs + 1) return;
        List<ThreadTrace> copies = new ArrayList<>();
        for (ThreadTrace t : Tracer.traces()) {
            ThreadTrace c = t.detachedCopy();
            c.closeAll();
            copies.add(c);
        }
        taken = copies;
    }

    /** @return the baseline's copies, one per thread and total of finished threads; {@code null} before it is taken */
    public static List<ThreadTrace> taken() {
        return taken;
    }

    /** @return the boundary's starts so far */
    public static synchronized int starts() {
        return starts;
    }
}
