package workbench.overhead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.LineData;
import workbench.model.ProfileData;
import workbench.report.Labels;

/**
 * What a profile says about where the time goes, as shares that compare across modes: per function the
 * deterministic mode's tottime (traced, or from samples) and a sampler's self samples; per line of the workload's {@code confidenceInterval}
 * the line mode's time.
 */
final class ProfileShares {

    /** The workload's method whose lines are compared. */
    static final String LINE_FUNCTION = "confidenceInterval";

    private ProfileShares() {
    }

    /**
     * @param data a profile
     * @return share of its time per function, keyed by {@link #name}; empty for a profile with no per-function time
     */
    static Map<String, Double> functions(ProfileData data) {
        Map<String, Double> raw = new LinkedHashMap<>();
        Optional<FunctionData> functions = data.functionData();
        if (functions.isPresent()) {
            // calibration can leave a cheap function slightly below zero: it had no measurable time of its own
            for (FunctionStats s : functions.get().merged()) {
                raw.merge(name(s.function()), Math.max(0.0, s.totalNanos()), Double::sum);
            }
        } else {
            data.sampleData().ifPresent(s -> s.tally(false).forEach((frame, t) -> raw.merge(name(frame),
                    (double) t.self(), Double::sum)));
        }
        return normalised(raw);
    }

    /**
     * @param data a profile
     * @return share of {@code confidenceInterval}'s time per line; empty where the profile has no timed lines
     */
    static Map<Integer, Double> lines(ProfileData data) {
        Map<Integer, Double> raw = new LinkedHashMap<>();
        for (LineData.FunctionLines f : data.lineData().map(LineData::functions).orElse(List.of())) {
            if (!f.method().method().equals(LINE_FUNCTION)) continue;
            for (LineData.LineStats s : f.lines()) raw.merge(s.line(), Math.max(0.0, s.nanos()), Double::sum);
        }
        return normalised(raw);
    }

    /**
     * A function's name the same in every mode: a call into the JDK is a built-in row to the tracer and a Java frame
     * to a sampler, so both are named as Java code ({@code Random.nextInt}); native code keeps its own name.
     */
    static String name(Frame f) {
        if (f.kind() == Frame.Kind.NATIVE) return Labels.STRIPPED.function(f);
        return Labels.STRIPPED.function(new Frame(f.method(), f.source(), Frame.Kind.JAVA));
    }

    private static <K> Map<K, Double> normalised(Map<K, Double> raw) {
        double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<K, Double> out = new LinkedHashMap<>();
        if (total <= 0) return out;
        raw.forEach((k, v) -> out.put(k, v / total));
        return out;
    }
}
