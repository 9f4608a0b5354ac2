package workbench.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.ClockInfo;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.JvmInfo;
import workbench.model.MethodId;
import workbench.model.Mode;
import workbench.model.Profile;
import workbench.model.RunInfo;
import workbench.model.RunSet;
import workbench.model.SourceRef;
import workbench.model.Target;

/** Hand-made deterministic run sets: randint's share of the time is chosen by the test, the rest is the loop's. */
public final class Stores {

    static final Frame RANDINT = new Frame(new MethodId("workbench.workload.Data", "randint", "(IILjava/util/Random;)I"),
            new SourceRef("workbench/workload/Data.java", 23), Frame.Kind.JAVA);
    static final Frame CI = new Frame(new MethodId("workbench.workload.BoxedBootstrap", "confidenceInterval",
            "(Ljava/util/List;IDLjava/util/Random;)Lworkbench/workload/Interval;"),
            new SourceRef("workbench/workload/BoxedBootstrap.java", 20), Frame.Kind.JAVA);

    private Stores() {
    }

    /**
     * @param day    which day of the series (the sets are a day apart, from 2026-11-01)
     * @param shares randint's share of the time in each run of the set
     * @return a run set whose runs take 1 s each, randint the given share of it
     */
    public static RunSet set(int day, double... shares) {
        String id = String.format("202611%02d-060000-deterministic", day + 1);
        List<Profile> runs = new ArrayList<>();
        for (double share : shares) {
            long total = 1_000_000_000L;
            long r = Math.round(total * share);
            FunctionData data = new FunctionData(10, true, List.of(new FunctionData.ThreadFunctions("main", List.of(
                    new FunctionStats(RANDINT, 1000, 1000, r, r, List.of()),
                    new FunctionStats(CI, 4, 4, total - r, total, List.of())))));
            runs.add(new Profile(info(id, Instant.parse("2026-11-01T06:00:00Z").plusSeconds(86400L * day)), data));
        }
        return new RunSet(id, "nightly", runs);
    }

    private static RunInfo info(String id, Instant at) {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("n", "100000");
        w.put("iterations", "10");
        w.put("runs", "4");
        w.put("alpha", "0.05");
        w.put("variant", "boxed");
        w.put("seed", "1");
        return new RunInfo(id, "nightly", Mode.DETERMINISTIC, new Target("workbench.workload.Main", List.of("100000"), w),
                Map.of(), List.of(), at.toString(), List.of("java"), new JvmInfo("17.0.15", "vm", "Linux", "host", 2),
                new ClockInfo("tsc", 20), 1_500_000_000L, List.of(250_000_000L, 250_000_000L, 250_000_000L,
                250_000_000L), 0, false);
    }

    /**
     * @param step the first set with the doubled share, or -1 for a flat series
     * @return 8 sets of 3 runs: randint at about 10 % (jittered ±0.4 %), 20 % from {@code step} on
     */
    public static List<RunSet> series(int step) {
        List<RunSet> sets = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            double base = step >= 0 && d >= step ? 0.20 : 0.10;
            double j = 0.001 * ((d * 7) % 5 - 2); // deterministic jitter: -0.2 % .. +0.2 %
            sets.add(set(d, base + j, base + j + 0.002, base + j - 0.002));
        }
        return sets;
    }
}
