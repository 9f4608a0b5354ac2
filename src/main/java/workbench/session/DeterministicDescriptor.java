package workbench.session;

import java.util.LinkedHashMap;
import java.util.Map;
import workbench.model.FunctionData;
import workbench.model.LineTiming;
import workbench.model.Mode;
import workbench.model.ProfileData;
import workbench.model.HybridFunctionData;

/** The deterministic mode (cProfile): every call traced and timed, or, hybrid, counted and timed by samples. */
final class DeterministicDescriptor implements ModeDescriptor {

    @Override
    public Mode mode() {
        return Mode.DETERMINISTIC;
    }

    @Override
    public String records() {
        return "each call counted and timed per function and caller (cProfile)";
    }

    @Override
    public Class<? extends ProfileData> dataKind(ModeOptions options) {
        return options.timing() == LineTiming.SAMPLED ? HybridFunctionData.class : FunctionData.class;
    }

    @Override
    public ModeRecorder recorder(ModeOptions o) {
        o.refuseJit();
        if (o.timing() == LineTiming.EXACT) {
            return new DeterministicRecorder(o.includes(), o.excludes(), o.raw(), o.paths(), o.clock())
                    .withWarmup(o.warmup());
        }
        if (o.timing() != LineTiming.SAMPLED) {
            throw new IllegalArgumentException("--mode deterministic takes --timing exact or sampled, not "
                    + o.timing().cliName());
        }
        if (o.raw()) {
            throw new IllegalArgumentException("--raw is for the timed trace: sampled times have no probe cost to"
                    + " keep");
        }
        if (o.warmup() != null) {
            throw new IllegalArgumentException("--warmup is for the timed trace (--timing exact): the sampler's"
                    + " recording cannot leave the warm-up out");
        }
        if (o.paths() > 0) {
            throw new IllegalArgumentException("--stacks is for the timed trace: with --timing sampled the stacks are"
                    + " the samples'");
        }
        // a fallback to JFR is said once, at the end, with the run's other notices (noticesAfterRun)
        return HybridRecorder.deterministic(o.includes(), o.excludes(), o.samplerOnClock(), line -> { });
    }

    @Override
    public String flameGraphRefusal(ModeOptions o) {
        if (o.timing() == LineTiming.SAMPLED || o.paths() > 0) return null;
        return "--flamegraph in deterministic mode needs call paths: add --stacks (exact calls per path) or --timing"
                + " sampled (sampled stacks)";
    }

    @Override
    public boolean noticesAfterRun() {
        return true;
    }

    @Override
    public Map<String, String> refusedOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("--by", "--by is for sampled rows (--mode sampling); deterministic rows are functions");
        m.put("--function", LineDescriptor.functionRefusal(mode()));
        return m;
    }

    /** @return the refusals of {@code --warmup} and {@code --warmup-at}, this mode's options, in another mode */
    static Map<String, String> warmupRefusals() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String option : new String[] {"--warmup", "--warmup-at"}) {
            m.put(option, option + " is for --mode deterministic: its exact counts are what leaves the warm-up out");
        }
        return m;
    }

    @Override
    public Map<String, ModeOptions> studyConfigurations() {
        Map<String, ModeOptions> m = new LinkedHashMap<>();
        m.put("deterministic", ModeOptions.defaults());
        m.put("hybrid", ModeOptions.defaults().withTiming(LineTiming.SAMPLED));
        return m;
    }
}
