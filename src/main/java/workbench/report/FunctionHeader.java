package workbench.report;

import java.util.Locale;
import workbench.model.BlockingCalls;
import workbench.model.FunctionData;
import workbench.model.MethodId;
import workbench.model.ProcessTimes;

/**
 * What a deterministic table says above and beside its rows besides pstats' own header: what its total is summed
 * over, which clock the times were read with, and which rows are the JDK's blocking calls. The printed table and the
 * HTML report say it in the same words.
 */
public final class FunctionHeader {

    /** Follows the name of a row that is one of the JDK's blocking calls ({@link BlockingCalls}). */
    public static final String WAITING = "[waiting]";

    private FunctionHeader() {
    }

    /**
     * @param data a traced run's data
     * @return what each thread's times are: {@code wall-clock time} or {@code thread CPU time}
     */
    public static String timeOf(FunctionData data) {
        return data.clock().describe() + " time";
    }

    /**
     * @param data a run's data timed by samples (the hybrid mode), on the clock its samples stand for
     * @return what each thread's times are: {@code sampled wall-clock time} or {@code sampled thread CPU time}
     */
    public static String sampledTimeOf(FunctionData data) {
        return "sampled " + timeOf(data);
    }

    /**
     * The line that keeps a sum over threads from being read as the run's time: twenty threads' wall clocks add up
     * to many times the run's, each of them counting the time it waited for one of the cores.
     *
     * @param data    a table's data, every thread merged
     * @param timeOf  what each thread's times are ({@code wall-clock time}, {@code samples})
     * @return the line, or {@code null} for a single thread, whose sum is its own time
     */
    public static String threads(FunctionData data, String timeOf) {
        return threads(data.threadCount(), timeOf + " of each; --per-thread splits them", data.process());
    }

    /**
     * @param n       how many threads the times are summed over
     * @param what    what the times of each thread are, and how to see them apart
     * @param p       the process's own times, to read the sum against
     * @return the line that says what a sum over threads is, or {@code null} for a single thread
     */
    public static String threads(long n, String what, ProcessTimes p) {
        if (n <= 1) return null;
        String line = String.format(Locale.ROOT, "Summed over %,d threads (the %s)", n, what);
        if (!p.known()) return line;
        return line + String.format(Locale.ROOT, "; the process ran %.3f s of wall time and %.3f s of CPU time",
                p.wallNanos() / 1e9, p.cpuNanos() / 1e9);
    }

    /**
     * @param data a deterministic run's data
     * @return its clock and what one reading of it cost, {@code ""} where the run did not measure that
     */
    public static String clock(FunctionData data) {
        if (data.clockReadNanos() <= 0) return "";
        return String.format(Locale.ROOT, "; clock %s: %.1f ns per reading", data.clock().cliName(),
                data.clockReadNanos());
    }

    /**
     * @param method a row's function
     * @return the marker after its name, {@code ""} for a function that does not block
     */
    public static String marker(MethodId method) {
        return BlockingCalls.isBlocking(method) ? " " + WAITING : "";
    }

    /** @return the line under a table that shows marked rows */
    public static String legend() {
        return WAITING + ": a JDK call that blocks (parked, waiting, sleeping, in I/O): under the wall clock its time"
                + " is waiting, not work (--clock cpu leaves it out)";
    }
}
