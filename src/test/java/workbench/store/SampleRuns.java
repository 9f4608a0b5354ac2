package workbench.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.ClockInfo;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.JvmInfo;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.Mode;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.RunInfo;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.SourceRef;
import workbench.model.Target;
import workbench.model.ThreadScope;

/** Hand-made runs of every kind, for the store's tests. */
public final class SampleRuns {

    static final MethodId CI = new MethodId("workbench.workload.BoxedBootstrap", "confidenceInterval",
            "(Ljava/util/List;IDLjava/util/Random;)Lworkbench/workload/Interval;");
    static final Frame CI_FRAME = new Frame(CI, new SourceRef("workbench/workload/BoxedBootstrap.java", 19),
            Frame.Kind.JAVA);
    static final Frame RANDINT = new Frame(new MethodId("workbench.workload.Data", "randint", "(IILjava/util/Random;)I"),
            new SourceRef("workbench/workload/Data.java", 22), Frame.Kind.JAVA);
    static final Frame NEXT_INT = new Frame(new MethodId("java.util.Random", "nextInt", ""), SourceRef.UNKNOWN,
            Frame.Kind.BUILTIN);

    private SampleRuns() {
    }

    public static FunctionData functions() {
        FunctionStats stats = new FunctionStats(RANDINT, 4_000_100, 4_000_100, 900, 1500,
                List.of(new FunctionStats.CallerStats(CI_FRAME, 4_000_000, 4_000_000, 890, 1480)));
        return new FunctionData(12.5, true, List.of(new FunctionData.ThreadFunctions("main", List.of(stats))));
    }

    public static SampleData samples() {
        return new SampleData(new SamplerInfo(SamplingEngine.JFR, SamplingEvent.CPU, "jdk.ExecutionSample",
                ThreadScope.WORKLOAD, 10_000_000L, 3, "run.jfr"), List.of(CI_FRAME, RANDINT, NEXT_INT),
                List.of(new SampleData.StackCount("main", List.of(2, 1, 0), 321)));
    }

    public static LineData lines(LineTiming timing) {
        return new LineData(timing, timing == LineTiming.EXACT ? 25.0 : 0, List.of(new LineData.FunctionLines(CI,
                new SourceRef("workbench/workload/BoxedBootstrap.java", 19),
                List.of(new LineData.LineStats(26, 4_000_040, 123_456_789L)))));
    }

    /** @return allocations: bytes and objects per stack */
    public static SampleData allocations() {
        return new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.ALLOC, "TLAB",
                ThreadScope.WORKLOAD, 1, 0, "run.jfr"), List.of(CI_FRAME, RANDINT),
                List.of(new SampleData.StackCount("main", List.of(1, 0), 524_288, 32_768)));
    }

    /** @return one profile of each kind of data (and of the allocation event) */
    static List<ProfileData> everyKind() {
        return List.of(functions(), samples(), lines(LineTiming.EXACT),
                new HybridLineData(lines(LineTiming.SAMPLED), samples()),
                new HybridFunctionData(new FunctionData(0, false, functions().threads()), samples()),
                allocations());
    }

    public static Profile profile(String id, ProfileData data) {
        return profile(id, "", data);
    }

    static Profile profile(String id, String name, ProfileData data) {
        Map<String, String> workload = new LinkedHashMap<>();
        workload.put("n", "100000");
        workload.put("iterations", "10");
        workload.put("runs", "4");
        workload.put("alpha", "0.05");
        workload.put("variant", "boxed");
        workload.put("seed", "1");
        workload.put("data", "/tmp/x.csv");
        Mode mode = data.mode();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("zeta", "1");
        settings.put("alpha", "2");
        RunInfo run = new RunInfo(id, name, mode, new Target("workbench.workload.Main", List.of("100000"), workload),
                settings, List.of("a notice"), "2026-11-25T06:45:00Z", List.of("java", "-jar", "w.jar"),
                new JvmInfo("17.0.15", "OpenJDK 64-Bit Server VM", "Linux amd64", "host", 2),
                new ClockInfo("kvm-clock", 25.9), 1_234_567_890L, List.of(400_000_000L, 300_000_000L), 0, false);
        return new Profile(run, data);
    }
}
