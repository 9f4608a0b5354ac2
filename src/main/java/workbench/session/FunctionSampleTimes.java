package workbench.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import workbench.model.CallTree;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.MethodId;
import workbench.model.SampleData;

/**
 * The deterministic hybrid mode ({@code --timing sampled}): exact calls from the hybrid probes, tottime and cumtime
 * from sampled stacks of the same run, charged to the same functions by the rules the timed trace follows.
 *
 * <p>A sampled stack is read from its root. A frame is one of the profile's functions when it is an instrumented
 * method (same {@link MethodId}), or when it is a built-in (a call into code not instrumented, which has a row per
 * call-site target) called directly from the instrumented frame just below it: matched by name among the
 * built-ins that function called, the same class first (a call through {@code List.add} runs
 * {@code ArrayList.add}). Everything else, such as the JDK's frames inside a built-in, belongs to the last function
 * matched, as the trace charges it. The sample's time (one interval) is then the tottime of the last function
 * matched and the cumtime of every distinct function matched (once per sample, as cProfile counts recursion once),
 * and the same for the caller-to-callee edges between consecutive matched functions. Frames below the first function
 * (the launcher) stay unattributed.
 *
 * <p>Samples are matched to the profile's threads by name. Threads of one name (the profile tells them apart with
 * {@code #id}; a sampler cannot) share that name's samples: they are charged to their functions together and shared
 * out by calls, as below, instead of each thread getting all of them. A profile thread no sample names is one the
 * sampler saw under another: a virtual thread, sampled as the carrier it is mounted on
 * ({@code ForkJoinPool-1-worker-1}); the total of ended threads the agent folded by name pattern
 * ({@code pool-#-thread-#}); a thread renamed after it started. The samples of threads the profile does not have
 * are charged to those threads' functions together, and each thread gets a share of each function's and each edge's
 * time in proportion to its calls there: the table's totals are the samples', a thread's own split is an estimate.
 */
public final class FunctionSampleTimes {

    /**
     * The main thread's name once {@code main} has returned: the JVM renames it, and async-profiler records a
     * thread's last name, so the main thread's samples can come under this name.
     */
    private static final String DESTROY_JVM = "DestroyJavaVM";

    private FunctionSampleTimes() {
    }

    /**
     * @param counts  the counted calls (their times are ignored)
     * @param samples the sampled stacks of the same run
     * @return the counts with sampled times, on the samples' clock
     */
    public static FunctionData combine(FunctionData counts, SampleData samples) {
        // the profile's threads by the name a sampler knows them by: threads of one name share its samples
        Map<String, List<FunctionData.ThreadFunctions>> byName = new LinkedHashMap<>();
        for (FunctionData.ThreadFunctions t : counts.threads()) {
            byName.computeIfAbsent(sampledName(t.thread()), k -> new ArrayList<>()).add(t);
        }
        Set<String> sampled = new HashSet<>();
        for (SampleData.StackCount s : samples.stacks()) {
            sampled.add(s.thread().equals(DESTROY_JVM) ? "main" : s.thread());
        }
        Map<FunctionData.ThreadFunctions, List<FunctionStats>> timed = new IdentityHashMap<>();
        List<FunctionData.ThreadFunctions> unseen = new ArrayList<>();
        for (Map.Entry<String, List<FunctionData.ThreadFunctions>> e : byName.entrySet()) {
            String name = e.getKey();
            if (sampled.contains(name)) {
                timed.putAll(shared(e.getValue(), samples, s -> sameThread(name, s)));
            } else {
                unseen.addAll(e.getValue());
            }
        }
        if (!unseen.isEmpty()) {
            // A thread no sample names: a virtual thread, which a sampler sees as the carrier it runs on
            // (ForkJoinPool-1-worker-1), a total of ended threads the agent folded by name pattern, or one renamed
            // after its start. The samples of threads the profile does not have go to those threads together.
            timed.putAll(shared(unseen, samples, s -> !byName.containsKey(s) && !s.equals(DESTROY_JVM)));
        }
        List<FunctionData.ThreadFunctions> out = new ArrayList<>();
        for (FunctionData.ThreadFunctions t : counts.threads()) {
            out.add(new FunctionData.ThreadFunctions(t.thread(), timed.get(t), CallTree.EMPTY, t.threads()));
        }
        // the times are on the clock the samples stand for, as a timed trace's are on the clock its probes read
        return new FunctionData(0, false, out, samples.sampler().event().clock(), 0, counts.process());
    }

    /**
     * @param threads profile threads the same samples stand for: one thread, threads of one name, or the threads no
     *                sample names
     * @param samples the run's samples
     * @param thread  which sampled threads' stacks are theirs, by name
     * @return each thread's functions with its share of the times those stacks give their functions together
     */
    private static Map<FunctionData.ThreadFunctions, List<FunctionStats>> shared(
            List<FunctionData.ThreadFunctions> threads, SampleData samples, Predicate<String> thread) {
        List<FunctionStats> pooled = threads.size() == 1 ? threads.get(0).functions()
                : FunctionData.merge(threads.stream().flatMap(t -> t.functions().stream()).toList());
        List<FunctionStats> charged = new ThreadTimes(pooled).charge(samples, thread);
        Map<FunctionData.ThreadFunctions, List<FunctionStats>> out = new IdentityHashMap<>();
        if (threads.size() == 1) {
            out.put(threads.get(0), charged);
            return out;
        }
        Map<MethodId, FunctionStats> times = new HashMap<>();
        for (FunctionStats f : charged) times.put(f.method(), f);
        for (FunctionData.ThreadFunctions t : threads) out.put(t, shares(t.functions(), times));
        return out;
    }

    /** @return a profile thread's name as a sampler records it: without the {@code #id} that tells repeats apart */
    private static String sampledName(String thread) {
        return thread.replaceFirst("#\\d+$", "");
    }

    /** @return whether a sample of thread {@code sampled} is of the profile's thread(s) called {@code name} */
    private static boolean sameThread(String name, String sampled) {
        return name.equals(sampled) || name.equals("main") && sampled.equals(DESTROY_JVM);
    }

    /**
     * @param functions one thread's counted functions
     * @param pooled    the sampled times of the pool it is in, by function
     * @return its functions with its share of the pool's times: each function's and each edge's in proportion to
     *     its calls there
     */
    private static List<FunctionStats> shares(List<FunctionStats> functions, Map<MethodId, FunctionStats> pooled) {
        List<FunctionStats> out = new ArrayList<>(functions.size());
        for (FunctionStats s : functions) {
            FunctionStats p = pooled.get(s.method());
            List<FunctionStats.CallerStats> callers = new ArrayList<>(s.callers().size());
            for (FunctionStats.CallerStats c : s.callers()) {
                FunctionStats.CallerStats pc = p.callers().stream()
                        .filter(e -> e.caller().method().equals(c.caller().method())).findFirst().orElse(null);
                callers.add(new FunctionStats.CallerStats(c.caller(), c.calls(), c.primitiveCalls(),
                        pc == null ? 0 : share(pc.totalNanos(), c.calls(), pc.calls()),
                        pc == null ? 0 : share(pc.cumulativeNanos(), c.calls(), pc.calls())));
            }
            out.add(new FunctionStats(s.function(), s.calls(), s.primitiveCalls(),
                    share(p.totalNanos(), s.calls(), p.calls()), share(p.cumulativeNanos(), s.calls(), p.calls()),
                    callers));
        }
        return out;
    }

    private static long share(long nanos, long calls, long of) {
        return of == 0 ? 0 : Math.round((double) nanos * calls / of);
    }

    /**
     * @param running  the class of a sampled frame
     * @param declared the class a call site named
     * @return whether {@code running} is {@code declared} or extends or implements it, as far as this JVM can tell
     *     without initialising either: the JDK's classes it can load, a program's it cannot (then {@code false})
     */
    static boolean isSubtype(String running, String declared) {
        try {
            ClassLoader jdk = ClassLoader.getSystemClassLoader();
            return Class.forName(declared, false, jdk).isAssignableFrom(Class.forName(running, false, jdk));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** One thread's functions, indexed for matching, and the samples charged to them. */
    private static final class ThreadTimes {
        private final List<FunctionStats> stats;
        private final Map<MethodId, Integer> instrumented = new HashMap<>();
        private final Map<MethodId, Integer> anyOverload = new HashMap<>();
        /** Every row, built-ins too, by its identity: callers are looked up here. */
        private final Map<MethodId, Integer> rows = new HashMap<>();
        /** Built-ins by the function that called them, then by method name. */
        private final Map<Integer, Map<String, List<Integer>>> builtins = new HashMap<>();
        private final long[] self;
        private final long[] cumulative;
        private final Map<Long, long[]> edges = new HashMap<>();
        /** {@link #isSubtype} by running and declared class, each pair asked once. */
        private final Map<String, Boolean> subtypes = new HashMap<>();

        ThreadTimes(List<FunctionStats> stats) {
            this.stats = stats;
            this.self = new long[stats.size()];
            this.cumulative = new long[stats.size()];
            for (int i = 0; i < stats.size(); i++) {
                FunctionStats s = stats.get(i);
                rows.put(s.method(), i);
                if (s.function().kind() == Frame.Kind.BUILTIN) continue;
                instrumented.put(s.method(), i);
                anyOverload.putIfAbsent(s.method().anyOverload(), i);
            }
            for (int i = 0; i < stats.size(); i++) {
                FunctionStats s = stats.get(i);
                if (s.function().kind() != Frame.Kind.BUILTIN) continue;
                for (FunctionStats.CallerStats c : s.callers()) {
                    Integer caller = instrumented.get(c.caller().method());
                    if (caller == null) continue;
                    builtins.computeIfAbsent(caller, k -> new HashMap<>())
                            .computeIfAbsent(s.method().method(), k -> new ArrayList<>()).add(i);
                }
            }
        }

        /**
         * @param samples the run's sampled stacks
         * @param thread  which sampled threads' stacks to charge, by name
         * @return the functions with the times of those stacks
         */
        List<FunctionStats> charge(SampleData samples, Predicate<String> thread) {
            long interval = samples.sampler().intervalNanos();
            List<Frame> frames = samples.frames();
            List<Integer> path = new ArrayList<>();
            for (SampleData.StackCount stack : samples.stacks()) {
                if (!thread.test(stack.thread())) continue;
                path.clear();
                Integer below = null; // the instrumented function matched at the frame just below, if any
                List<Integer> ids = stack.frames();
                for (int i = ids.size() - 1; i >= 0; i--) { // root first
                    Frame f = frames.get(ids.get(i));
                    Integer m = f.kind() == Frame.Kind.JAVA ? instrumented(f.method()) : null;
                    Integer builtin = m == null && below != null ? builtin(below, f.method()) : null;
                    if (m != null || builtin != null) path.add(m != null ? m : builtin);
                    below = m;
                }
                if (!path.isEmpty()) add(path, stack.count() * interval);
            }
            List<FunctionStats> out = new ArrayList<>(stats.size());
            for (int i = 0; i < stats.size(); i++) out.add(withTimes(i));
            return out;
        }

        private Integer instrumented(MethodId m) {
            Integer i = instrumented.get(m);
            return i != null || !m.descriptor().isEmpty() ? i : anyOverload.get(m);
        }

        private Integer builtin(int caller, MethodId m) {
            List<Integer> named = builtins.getOrDefault(caller, Map.of()).get(m.method());
            if (named == null) return null;
            Integer subtype = null;
            for (int i : named) {
                String declared = stats.get(i).method().className();
                if (declared.equals(m.className())) return i;
                if (subtype == null && named.size() > 1 && subtypes.computeIfAbsent(m.className() + ' ' + declared,
                        k -> isSubtype(m.className(), declared))) {
                    subtype = i;
                }
            }
            // several built-ins of that name (Future.get, Map.get, Paths.get): the one the running class implements
            return subtype != null ? subtype : named.get(0);
        }

        private void add(List<Integer> path, long nanos) {
            int top = path.get(path.size() - 1);
            self[top] += nanos;
            Set<Long> seen = new HashSet<>(); // functions, and edges with bit 62 set
            for (int j = 0; j < path.size(); j++) {
                int f = path.get(j);
                if (seen.add((long) f)) cumulative[f] += nanos;
                if (j == 0) continue;
                long edge = ((long) path.get(j - 1) << 32) | f;
                long[] e = edges.computeIfAbsent(edge, k -> new long[2]);
                if (j == path.size() - 1) e[0] += nanos;
                if (seen.add(edge | (1L << 62))) e[1] += nanos;
            }
        }

        private FunctionStats withTimes(int i) {
            FunctionStats s = stats.get(i);
            List<FunctionStats.CallerStats> callers = new ArrayList<>(s.callers().size());
            for (FunctionStats.CallerStats c : s.callers()) {
                Integer caller = rows.get(c.caller().method());
                long[] e = caller == null ? null : edges.get(((long) caller << 32) | i);
                callers.add(new FunctionStats.CallerStats(c.caller(), c.calls(), c.primitiveCalls(),
                        e == null ? 0 : e[0], e == null ? 0 : e[1]));
            }
            return new FunctionStats(s.function(), s.calls(), s.primitiveCalls(), self[i], cumulative[i], callers);
        }
    }
}
