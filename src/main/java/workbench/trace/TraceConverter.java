package workbench.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.FrameKey;
import workbench.model.FunctionProfile;
import workbench.model.FunctionStats;

/**
 * The one place where raw trace counters become {@link FunctionProfile} entries, as cProfile's
 * {@code snapshot_stats} is for its raw entries: ids become {@link FrameKey}s, functions sharing a key merge,
 * and calibration is applied.
 *
 * <p>Calibration removes the probes' own cost: a call's {@code inside} part from the callee's own time, its
 * {@code outside} part from the caller's own time (once per direct call), and both from cumulative time (once
 * per call made at any depth). Results below zero, which noise can give for tiny functions, are clamped to 0.
 */
public final class TraceConverter {

    private TraceConverter() {
    }

    /**
     * @param data      the raw trace
     * @param calibrate subtract the measured probe cost ({@code false}: the raw figures, for {@code --raw})
     * @return the per-thread statistics
     */
    public static FunctionProfile toFunctionProfile(TraceData data, boolean calibrate) {
        double in = calibrate ? data.insideNanos() : 0;
        double out = calibrate ? data.outsideNanos() : 0;
        List<FrameKey> keys = new ArrayList<>();
        for (TraceData.Function f : data.functions()) keys.add(key(f));
        Map<String, Integer> names = new HashMap<>();
        for (TraceData.ThreadData t : data.threads()) names.merge(t.name(), 1, Integer::sum);
        List<FunctionProfile.ThreadFunctions> threads = new ArrayList<>();
        for (TraceData.ThreadData t : data.threads()) {
            String name = names.get(t.name()) > 1 ? t.name() + "#" + t.threadId() : t.name();
            threads.add(new FunctionProfile.ThreadFunctions(name, thread(t, keys, in, out)));
        }
        return new FunctionProfile(data.insideNanos() + data.outsideNanos(), calibrate, threads);
    }

    private static List<FunctionStats> thread(TraceData.ThreadData t, List<FrameKey> keys, double in, double out) {
        Map<FrameKey, long[]> sums = new LinkedHashMap<>();
        for (TraceData.FunctionCounts fc : t.functions()) {
            if (fc.counts().calls() == 0) continue;
            add(sums.computeIfAbsent(keys.get(fc.id()), k -> new long[4]), fc.counts(), in, out);
        }
        Map<FrameKey, Map<FrameKey, long[]>> callers = new HashMap<>();
        for (TraceData.EdgeCounts e : t.edges()) {
            if (e.counts().calls() == 0) continue;
            add(callers.computeIfAbsent(keys.get(e.callee()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(keys.get(e.caller()), k -> new long[4]), e.counts(), in, out);
        }
        List<FunctionStats> stats = new ArrayList<>(sums.size());
        for (Map.Entry<FrameKey, long[]> s : sums.entrySet()) {
            List<FunctionStats.CallerStats> cs = new ArrayList<>();
            for (Map.Entry<FrameKey, long[]> c : callers.getOrDefault(s.getKey(), Map.of()).entrySet()) {
                long[] v = c.getValue();
                cs.add(new FunctionStats.CallerStats(c.getKey(), v[0], v[1], v[2], v[3]));
            }
            long[] v = s.getValue();
            stats.add(new FunctionStats(s.getKey(), v[0], v[1], v[2], v[3], cs));
        }
        return stats;
    }

    private static void add(long[] sum, TraceData.Counts c, double in, double out) {
        sum[0] += c.calls();
        sum[1] += c.primitive();
        sum[2] += Math.max(0, Math.round(c.own() - c.calls() * in - c.children() * out));
        sum[3] += Math.max(0, Math.round(c.cumulative() - c.primitive() * in - c.descendants() * (in + out)));
    }

    /**
     * @param f a function of the trace
     * @return its key: {@code File.java:line(Class.method)}, or a built-in {@code {java.util.Random.nextInt}}
     */
    public static FrameKey key(TraceData.Function f) {
        if (f.builtin()) return new FrameKey(FrameKey.BUILTIN_FILE, 0, f.className().replace('/', '.') + "." + f.method());
        String cls = f.className().substring(f.className().lastIndexOf('/') + 1).replace('$', '.');
        return new FrameKey(f.sourceFile(), f.firstLine(), cls + "." + f.method());
    }
}
