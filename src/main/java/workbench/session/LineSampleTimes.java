package workbench.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import workbench.model.FrameKey;
import workbench.model.LineProfile;
import workbench.model.SampleProfile;

/**
 * {@code --timing sampled}: exact hits from the line counters, time per line from sampled stacks.
 *
 * <p>A sampled frame belongs to a table when it is in the table's source file, within its lines, and in its
 * outermost class: the lines of lambdas and local classes lie inside the method's. Each sample is charged, for
 * every table on its stack, to the line of that table's outermost frame (closest to the thread's root), with
 * the sample's weight (count × interval). That is what the exact timing measures: a line's time includes the
 * calls it makes, and a nested frame of the same table (recursion, a lambda) is inside one of the outer frame's
 * lines. A sampled line without a counted hit (the continuation of a statement) keeps its time, with 0 hits.
 */
public final class LineSampleTimes {

    private LineSampleTimes() {
    }

    /**
     * @param hits    the counted hits (their times are ignored)
     * @param samples the sampled stacks of the same run
     * @return the hits with sampled times, timing {@code sampled}
     */
    public static LineProfile combine(LineProfile hits, SampleProfile samples) {
        List<LineProfile.FunctionLines> tables = hits.functions();
        List<Map<Integer, long[]>> perTable = new ArrayList<>();
        int[] lo = new int[tables.size()];
        int[] hi = new int[tables.size()];
        String[] file = new String[tables.size()];
        String[] outer = new String[tables.size()];
        for (int t = 0; t < tables.size(); t++) {
            LineProfile.FunctionLines f = tables.get(t);
            Map<Integer, long[]> lines = new TreeMap<>();
            lo[t] = Integer.MAX_VALUE;
            hi[t] = Integer.MIN_VALUE;
            for (LineProfile.LineStats s : f.lines()) {
                lines.put(s.line(), new long[] {s.hits(), 0});
                lo[t] = Math.min(lo[t], s.line());
                hi[t] = Math.max(hi[t], s.line());
            }
            perTable.add(lines);
            file[t] = f.file().substring(f.file().lastIndexOf('/') + 1);
            outer[t] = outerClass(f.function());
        }
        List<FrameKey> frames = samples.frames();
        for (SampleProfile.StackCount stack : samples.stacks()) {
            long nanos = stack.count() * samples.intervalNanos();
            boolean[] charged = new boolean[tables.size()];
            List<Integer> idx = stack.frames();
            for (int i = idx.size() - 1; i >= 0; i--) { // root first: the outermost frame of each table wins
                FrameKey k = frames.get(idx.get(i));
                for (int t = 0; t < tables.size(); t++) {
                    if (!charged[t] && k.line() >= lo[t] && k.line() <= hi[t] && k.file().equals(file[t])
                            && outerClass(k.function()).equals(outer[t])) {
                        perTable.get(t).computeIfAbsent(k.line(), l -> new long[2])[1] += nanos;
                        charged[t] = true;
                    }
                }
            }
        }
        List<LineProfile.FunctionLines> out = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            LineProfile.FunctionLines f = tables.get(t);
            List<LineProfile.LineStats> lines = new ArrayList<>();
            perTable.get(t).forEach((line, v) -> lines.add(new LineProfile.LineStats(line, v[0], v[1])));
            out.add(new LineProfile.FunctionLines(f.file(), f.function(), f.firstLine(), lines));
        }
        return new LineProfile("sampled", 0, out);
    }

    /** {@code Outer$Inner.method} or {@code Outer.Inner.method} (sampled frames) to {@code Outer}. */
    private static String outerClass(String function) {
        int end = function.length();
        int dot = function.indexOf('.');
        int dollar = function.indexOf('$');
        if (dot >= 0) end = dot;
        if (dollar >= 0 && dollar < end) end = dollar;
        return function.substring(0, end);
    }
}
