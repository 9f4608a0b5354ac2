package workbench.model;

import java.util.Locale;

/**
 * What a run's counts cover when they stop before the program's end: the program ended without its shutdown hooks
 * (halt, SIGKILL, a crash) and the agent's last checkpoint was read, or the workbench itself was stopped.
 *
 * @param upTo      ISO-8601 instant the counts go up to (the last checkpoint's, or the stop's)
 * @param upToNanos how far into the run that is, from the child JVM's start
 * @param why       what ended the run early, as a reader is told it
 */
public record Partial(String upTo, long upToNanos, String why) {

    /** @return one line for the table, {@code stats} and the report */
    public String describe() {
        return String.format(Locale.ROOT, "partial run: counts up to %.1f s into the run (%s); %s", upToNanos / 1e9,
                upTo, why);
    }
}
