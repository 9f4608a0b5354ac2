package workbench.live;

import java.util.Map;

/**
 * What a running JVM has recorded since the recording started, read once: the counts only grow from one reading to
 * the next, so the last interval is the difference of two readings.
 *
 * @param atNanos when it was read ({@link System#nanoTime()})
 * @param events  every sample (or traced call) so far
 * @param lost    samples taken whose stack could not be walked to Java code
 * @param own     per function, the events in which it was the running one (the leaf)
 * @param total   per function, the events in which it was on the stack
 */
public record LiveCounts(long atNanos, long events, long lost, Map<String, Long> own, Map<String, Long> total) {

    public LiveCounts {
        own = Map.copyOf(own);
        total = Map.copyOf(total);
    }

    /**
     * @param atNanos when they were read
     * @return counts of nothing yet: the recording has not started writing
     */
    public static LiveCounts none(long atNanos) {
        return new LiveCounts(atNanos, 0, 0, Map.of(), Map.of());
    }
}
