package workbench.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import workbench.model.Frame;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.SampleData;

/**
 * The line hybrid mode ({@code --timing sampled}): exact hits from the line counters, time per line from sampled
 * stacks.
 *
 * <p>A sampled frame belongs to a table when its method is in the table's outermost class (same package, same
 * top-level class: the lines of lambdas and local classes lie inside the method's) and its line is within the table's
 * lines. Each sample is charged, for every table on its stack, to the line of that table's outermost frame (closest
 * to the thread's root), with the sample's weight (count × interval). That is what the exact timing measures: a
 * line's time includes the calls it makes, and a nested frame of the same table (recursion, a lambda) is inside one
 * of the outer frame's lines. A sampled line without a counted hit (the continuation of a statement) keeps its time,
 * with 0 hits.
 */
public final class LineSampleTimes {

    private LineSampleTimes() {
    }

    /**
     * @param hits    the counted hits (their times are ignored)
     * @param samples the sampled stacks of the same run
     * @return the hits with sampled times, timing {@link LineTiming#SAMPLED}
     */
    public static LineData combine(LineData hits, SampleData samples) {
        List<LineData.FunctionLines> tables = hits.functions();
        List<Map<Integer, long[]>> perTable = new ArrayList<>();
        int[] lo = new int[tables.size()];
        int[] hi = new int[tables.size()];
        for (int t = 0; t < tables.size(); t++) {
            Map<Integer, long[]> lines = new TreeMap<>();
            lo[t] = Integer.MAX_VALUE;
            hi[t] = Integer.MIN_VALUE;
            for (LineData.LineStats s : tables.get(t).lines()) {
                lines.put(s.line(), new long[] {s.hits(), 0});
                lo[t] = Math.min(lo[t], s.line());
                hi[t] = Math.max(hi[t], s.line());
            }
            perTable.add(lines);
        }
        List<Frame> frames = samples.frames();
        for (SampleData.StackCount stack : samples.stacks()) {
            long nanos = stack.count() * samples.sampler().intervalNanos();
            boolean[] charged = new boolean[tables.size()];
            List<Integer> idx = stack.frames();
            for (int i = idx.size() - 1; i >= 0; i--) { // root first: the outermost frame of each table wins
                Frame f = frames.get(idx.get(i));
                if (f.kind() != Frame.Kind.JAVA) continue;
                for (int t = 0; t < tables.size(); t++) {
                    if (!charged[t] && f.line() >= lo[t] && f.line() <= hi[t]
                            && sameSource(f.method(), tables.get(t).method())) {
                        perTable.get(t).computeIfAbsent(f.line(), l -> new long[2])[1] += nanos;
                        charged[t] = true;
                    }
                }
            }
        }
        List<LineData.FunctionLines> out = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            LineData.FunctionLines f = tables.get(t);
            List<LineData.LineStats> lines = new ArrayList<>();
            perTable.get(t).forEach((line, v) -> lines.add(new LineData.LineStats(line, v[0], v[1])));
            out.add(new LineData.FunctionLines(f.method(), f.source(), lines));
        }
        return new LineData(LineTiming.SAMPLED, 0, out, workbench.model.Clock.WALL, hits.threads(), hits.process());
    }

    /** Whether two methods' code lies in one source file: same package, same top-level class. */
    private static boolean sameSource(MethodId a, MethodId b) {
        return a.outerClassName().equals(b.outerClassName()) && a.packageName().equals(b.packageName());
    }
}
