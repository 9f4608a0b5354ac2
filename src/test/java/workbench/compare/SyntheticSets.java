package workbench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import workbench.model.ClockInfo;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.JvmInfo;
import workbench.model.MethodId;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.RunInfo;
import workbench.model.RunSet;
import workbench.model.SourceRef;
import workbench.model.Target;

/** Run sets with a known truth: each function's time per run is its true time times lognormal noise. */
public final class SyntheticSets {

    private SyntheticSets() {
    }

    public static Frame function(String cls, String method, int line) {
        MethodId id = new MethodId("demo." + cls, method, "()V");
        return new Frame(id, SourceRef.of(id, null, line), Frame.Kind.JAVA);
    }

    /**
     * @param id      the set's id
     * @param runs    how many runs
     * @param seconds each function's true own time
     * @param calls   each function's calls (the same in every run)
     * @param noise   relative spread (sd of the log)
     * @param seed    the noise's seed
     * @return the set
     */
    public static RunSet deterministic(String id, int runs, Map<Frame, Double> seconds, Map<Frame, Long> calls, double noise,
                                long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Profile> profiles = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            List<FunctionStats> stats = new ArrayList<>();
            long own = 0;
            for (Map.Entry<Frame, Double> e : seconds.entrySet()) {
                long nanos = Math.round(e.getValue() * 1e9 * Math.exp(noise * gaussian(random)));
                own += nanos;
                stats.add(new FunctionStats(e.getKey(), calls.get(e.getKey()), calls.get(e.getKey()), nanos, nanos,
                        List.of()));
            }
            FunctionData data = new FunctionData(50, true, List.of(new FunctionData.ThreadFunctions("main", stats)));
            profiles.add(profile(id, data, own));
        }
        return new RunSet(id, "", profiles);
    }

    public static Profile profile(String id, ProfileData data, long ownNanos) {
        Map<String, String> workload = new LinkedHashMap<>();
        workload.put("n", "1000");
        workload.put("iterations", "10");
        workload.put("runs", "1");
        workload.put("variant", "boxed");
        RunInfo run = new RunInfo(id, "", data.mode(), new Target("demo.Main", List.of(), workload), Map.of(),
                List.of(), "2026-11-30T00:00:00Z", List.of("java"), new JvmInfo("17.0.15", "vm", "Linux", "h", 2),
                new ClockInfo("tsc", 22), ownNanos + 1_000_000, List.of(ownNanos), 0, false);
        return new Profile(run, data);
    }

    /**
     * @param set   saved runs
     * @param id    the new set's id
     * @param key   a workload parameter ({@code n})
     * @param value its new value
     * @return the same runs, as runs of another target: {@code key} set to {@code value} in each run's workload
     */
    public static RunSet retargeted(RunSet set, String id, String key, String value) {
        List<Profile> profiles = new ArrayList<>();
        for (Profile p : set.runs()) {
            RunInfo r = p.run();
            Map<String, String> workload = new LinkedHashMap<>(r.target().workload());
            workload.put(key, value);
            profiles.add(new Profile(new RunInfo(id, r.name(), r.mode(), new Target(r.target().mainClass(),
                    r.target().args(), workload), r.settings(), r.notices(), r.startedAt(), r.command(), r.jvm(),
                    r.clock(), r.wallNanos(), r.runNanos(), r.exitCode(), r.timedOut()), p.data()));
        }
        return new RunSet(id, set.name(), profiles);
    }

    /**
     * @param set  saved runs
     * @param mean each run's true CPU seconds
     * @param wall each run's own (wall-clock) seconds, or {@code null} to keep them
     * @param seed the noise's seed
     * @return the same runs with the child's CPU time recorded: {@code mean} times 2 % lognormal noise
     */
    public static RunSet withCpu(RunSet set, double mean, double[] wall, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Profile> profiles = new ArrayList<>();
        for (int k = 0; k < set.size(); k++) {
            Profile p = set.runs().get(k);
            RunInfo r = p.run();
            long cpu = Math.round(mean * 1e9 * Math.exp(0.02 * gaussian(random)));
            List<Long> own = wall == null ? r.runNanos() : List.of(Math.round(wall[k] * 1e9));
            profiles.add(new Profile(new RunInfo(r.id(), r.name(), r.mode(), r.target(), r.settings(), r.notices(),
                    r.startedAt(), r.command(), r.jvm(), r.clock(), r.wallNanos(), cpu, own, r.exitCode(),
                    r.timedOut(), r.partial(), r.recipe()), p.data()));
        }
        return new RunSet(set.id(), set.name(), profiles);
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
