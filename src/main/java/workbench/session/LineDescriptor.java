package workbench.session;

import java.util.LinkedHashMap;
import java.util.Map;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.Mode;
import workbench.model.ProfileData;
import workbench.model.HybridLineData;

/** The line mode (line_profiler): every line start counted in the chosen functions, timed or, hybrid, sampled. */
final class LineDescriptor implements ModeDescriptor {

    @Override
    public Mode mode() {
        return Mode.LINE;
    }

    @Override
    public String records() {
        return "lines of chosen functions counted and timed (line_profiler)";
    }

    @Override
    public Class<? extends ProfileData> dataKind(ModeOptions options) {
        return options.timing() == LineTiming.SAMPLED ? HybridLineData.class : LineData.class;
    }

    @Override
    public ModeRecorder recorder(ModeOptions o) {
        if (o.timing() == LineTiming.EXACT) {
            o.refuseJit();
            return new LineRecorder(o.functions(), o.timing(), o.clock());
        }
        if (o.timing() != LineTiming.SAMPLED) {
            o.refuseClock("--clock is for --timing exact or sampled: --timing " + o.timing().cliName() + " counts"
                    + " hits and reads no clock");
            o.refuseJit();
            return new LineRecorder(o.functions(), o.timing());
        }
        return HybridRecorder.line(o.functions(), o.samplerOnClock(), o.jit(), o.notice());
    }

    @Override
    public String flameGraphRefusal(ModeOptions o) {
        if (o.timing() == LineTiming.SAMPLED) return null;
        return "--flamegraph needs stacks: --mode deterministic or sampling, or --timing sampled";
    }

    @Override
    public boolean noticesAfterRun() {
        return false;
    }

    @Override
    public Map<String, String> refusedOptions() {
        return DeterministicDescriptor.warmupRefusals();
    }

    /**
     * @param other a mode other than this
     * @return the refusal of {@code --function}, this mode's option, in the other mode
     */
    static String functionRefusal(Mode other) {
        return "--function is for --mode line; to choose what --mode " + other.cliName() + " instruments use --include";
    }

    @Override
    public Map<String, ModeOptions> studyConfigurations() {
        Map<String, ModeOptions> m = new LinkedHashMap<>();
        for (LineTiming t : LineTiming.values()) m.put("line-" + t.cliName(), ModeOptions.defaults().withTiming(t));
        return m;
    }
}
