package workbench.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an injected delay really cost in one run ({@code workbench accuracy}): written by the agent at exit, read by
 * the study; the truth each profiler is judged against.
 *
 * @param target the delay's place and length as asked ({@code Data.randint@200})
 * @param calls  how many times the delay ran
 * @param nanos  the CPU time it spent, in nanoseconds
 * @param wallNanos the wall-clock time it took, in nanoseconds (more than its CPU time when the thread waited)
 */
public record DelayTruth(String target, long calls, long nanos, long wallNanos) {

    /** @return the record as the agent writes it: {@code key=value} lines */
    public String text() {
        return "target=" + target + "\ncalls=" + calls + "\nnanos=" + nanos + "\nwall=" + wallNanos + "\n";
    }

    /**
     * @param text what {@link #text()} wrote
     * @return the record
     * @throws IllegalArgumentException when a field is missing or not a number
     */
    public static DelayTruth parse(String text) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) kv.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        try {
            return new DelayTruth(kv.getOrDefault("target", ""), Long.parseLong(kv.get("calls")),
                    Long.parseLong(kv.get("nanos")), Long.parseLong(kv.get("wall")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a delay record: " + e.getMessage());
        }
    }
}
