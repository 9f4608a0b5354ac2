package workbench.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads async-profiler's collapsed stacks ({@code a;b;c 12}: root first, one stack per line with its samples) into
 * per-function counts: own for the leaf, total for each distinct function on the stack (a recursive one counts once).
 */
final class CollapsedCounts {

    private CollapsedCounts() {
    }

    /**
     * @param lines   the dump's lines
     * @param atNanos when it was taken
     * @return the counts; a stack whose frames include one async-profiler names for a failed walk
     *     ({@code [unknown_Java]}, {@code [not_walkable_Java]}, ...) counts as lost as well
     */
    static LiveCounts parse(List<String> lines, long atNanos) {
        Map<String, Long> own = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        long events = 0;
        long lost = 0;
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) continue;
            long n;
            try {
                n = Long.parseLong(line.substring(space + 1).trim());
            } catch (NumberFormatException e) {
                continue; // not a stack line
            }
            String[] frames = line.substring(0, space).split(";");
            events += n;
            seen.clear();
            boolean walkFailed = false;
            for (String f : frames) {
                String name = name(f);
                walkFailed |= isFailedWalk(name);
                if (seen.add(name)) total.merge(name, n, Long::sum);
            }
            if (walkFailed) lost += n;
            own.merge(name(frames[frames.length - 1]), n, Long::sum);
        }
        return new LiveCounts(atNanos, events, lost, own, total);
    }

    /** @return a frame's name as the tables show it: {@code java/util/Random.next} becomes {@code java.util.Random.next} */
    static String name(String frame) {
        return frame.indexOf('/') >= 0 && !frame.startsWith("[") ? frame.replace('/', '.') : frame;
    }

    /** @return whether async-profiler put this frame where it could not walk the stack */
    static boolean isFailedWalk(String frame) {
        return frame.startsWith("[unknown") || frame.startsWith("[not_walkable") || frame.startsWith("[break_")
                || frame.equals("[no_Java_frame]");
    }
}
