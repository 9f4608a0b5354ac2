package workbench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time child processes used: on a shared machine wall times swing with the neighbours' load, while the CPU
 * a profiler adds to its process does not.
 *
 * <p>Linux adds a child's user and system time to its parent's {@code cutime} and {@code cstime} when the parent
 * waits for it ({@code /proc/self/stat}, as {@code getrusage(RUSAGE_CHILDREN)}), and the JDK waits for every
 * process it started. The difference across one measured child, started and waited for in between, is therefore
 * that child's CPU time, whoever started it: a plain child of the benchmark or a profiled one of
 * {@code ProfileSession}. The resolution is the kernel's clock tick (10 ms), as {@code /usr/bin/time}'s.
 */
public final class ChildCpu {

    private static final Path STAT = Path.of("/proc/self/stat");
    /** {@code USER_HZ}, the unit of {@code /proc}'s times: 100 on every Linux architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;
    /** The fields after the command name: {@code cutime} and {@code cstime} are the 16th and 17th of the line. */
    private static final int CUTIME = 16 - 3;
    private static final int CSTIME = 17 - 3;

    private ChildCpu() {
    }

    /** @return the user + system seconds of this process's waited-for children so far; NaN where unknown */
    public static double seconds() {
        try {
            String stat = Files.readString(STAT, StandardCharsets.US_ASCII);
            // the command name, in parentheses, may contain spaces: count the fields after it
            String[] f = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
            return (Long.parseLong(f[CUTIME]) + Long.parseLong(f[CSTIME])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * @param before {@link #seconds()} read before the child started
     * @return the CPU nanoseconds of the children waited for since, -1 where the kernel did not say
     */
    public static long nanosSince(double before) {
        double spent = seconds() - before;
        return spent >= 0 ? Math.round(spent * 1e9) : -1; // NaN fails the test too
    }
}
