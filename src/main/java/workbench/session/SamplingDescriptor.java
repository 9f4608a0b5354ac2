package workbench.session;

import java.util.LinkedHashMap;
import java.util.Map;
import workbench.model.JitMode;
import workbench.model.Mode;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.sampling.SamplingSettings;

/** The sampling mode (statprof): stacks sampled by async-profiler or JFR, nothing instrumented. */
final class SamplingDescriptor implements ModeDescriptor {

    @Override
    public Mode mode() {
        return Mode.SAMPLING;
    }

    @Override
    public String records() {
        return "stacks sampled by async-profiler or JFR (statprof)";
    }

    @Override
    public Class<? extends ProfileData> dataKind(ModeOptions options) {
        return SampleData.class;
    }

    @Override
    public ModeRecorder recorder(ModeOptions o) {
        o.refuseClock("--clock is for --mode deterministic and line (what their times are); the sampling mode's"
                + " clock is its --event, cpu or wall");
        return new SamplingRecorder(o.sampler(), o.jit(), o.notice());
    }

    @Override
    public String flameGraphRefusal(ModeOptions options) {
        return null;
    }

    @Override
    public boolean noticesAfterRun() {
        return false;
    }

    @Override
    public Map<String, String> refusedOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("--function", LineDescriptor.functionRefusal(mode()));
        m.putAll(DeterministicDescriptor.warmupRefusals());
        return m;
    }

    @Override
    public Map<String, ModeOptions> studyConfigurations() {
        Map<String, ModeOptions> m = new LinkedHashMap<>();
        for (String engine : new String[] {"async", "jfr"}) {
            for (String interval : new String[] {"1ms", "10ms"}) {
                m.put(engine + "-" + interval, cpu(engine, interval, JitMode.C2));
            }
        }
        // least intrusive and right about lines: what the study measures every other mode's distortion against
        m.put("reference", cpu("async", "10ms", JitMode.C1));
        return m;
    }

    private static ModeOptions cpu(String engine, String interval, JitMode jit) {
        return ModeOptions.defaults().withSampling(SamplingSettings.of(engine, "cpu", interval, false), jit);
    }
}
