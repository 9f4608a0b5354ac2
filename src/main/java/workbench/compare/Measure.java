package workbench.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.model.Frame;
import workbench.model.FunctionStats;
import workbench.model.LineData;
import workbench.model.Mode;
import workbench.model.ProfileData;
import workbench.model.SourceRef;

/**
 * What a comparison or a run set's spread is about: one figure per row (function or line) of one run, by identity.
 * Times are seconds; sampled measures are the samples' seconds (the shares are derived from them); exact measures
 * (calls, hits) are counts and are compared exactly, without statistics.
 */
public enum Measure {
    /** Deterministic: time in the function itself. */
    TOTTIME(Mode.DETERMINISTIC, "tottime", "s", false),
    /** Deterministic: time with sub-calls. */
    CUMTIME(Mode.DETERMINISTIC, "cumtime", "s", false),
    /** Deterministic: calls. */
    CALLS(Mode.DETERMINISTIC, "calls", "", true),
    /** Sampling: seconds of samples with the row on top (bytes for allocation profiles). */
    SELF(Mode.SAMPLING, "self", "s", false),
    /** Sampling: seconds of samples with the row anywhere on the stack. */
    CUMULATIVE(Mode.SAMPLING, "cumulative", "s", false),
    /** Line: time charged to the line. */
    TIME(Mode.LINE, "time", "s", false),
    /** Line: times execution started the line. */
    HITS(Mode.LINE, "hits", "", true);

    private final Mode mode;
    private final String cliName;
    private final String unit;
    private final boolean exact;

    Measure(Mode mode, String cliName, String unit, boolean exact) {
        this.mode = mode;
        this.cliName = cliName;
        this.unit = unit;
        this.exact = exact;
    }

    /** @return the mode whose data has this measure */
    public Mode mode() {
        return mode;
    }

    /** @return the name on the command line and in headers */
    public String cliName() {
        return cliName;
    }

    /** @return {@code s} for times, {@code ""} for counts */
    public String unit() {
        return unit;
    }

    /** @return whether it is a count, compared exactly */
    public boolean exact() {
        return exact;
    }

    /** @return the measure a mode is compared by unless asked otherwise */
    public static Measure defaultFor(Mode mode) {
        return switch (mode) {
            case DETERMINISTIC -> TOTTIME;
            case SAMPLING -> SELF;
            case LINE -> TIME;
        };
    }

    /** @return the exact count shown beside a mode's rows (calls, hits), or {@code null} for sampling */
    public static Measure exactFor(Mode mode) {
        return switch (mode) {
            case DETERMINISTIC -> CALLS;
            case SAMPLING -> null;
            case LINE -> HITS;
        };
    }

    /**
     * @param name a measure's name
     * @param mode the mode of the runs
     * @return the measure
     * @throws IllegalArgumentException naming the measures the mode has
     */
    public static Measure parse(String name, Mode mode) {
        for (Measure m : values()) {
            if (m.mode == mode && m.cliName.equals(name.toLowerCase(Locale.ROOT))) return m;
        }
        StringBuilder names = new StringBuilder();
        for (Measure m : values()) {
            if (m.mode == mode) names.append(names.length() == 0 ? "" : ", ").append(m.cliName);
        }
        throw new IllegalArgumentException("--measure " + name + ": " + mode.cliName() + " runs have " + names);
    }

    /**
     * This measure for every row of one run.
     *
     * @param data   one run's data, of this measure's mode
     * @param byLine for sampling: rows per line rather than per function
     * @return the value of each row, in the data's order
     */
    public Map<RowKey, Double> values(ProfileData data, boolean byLine) {
        Map<RowKey, Double> out = new LinkedHashMap<>();
        switch (mode) {
            case DETERMINISTIC -> data.functionData().ifPresent(f -> {
                for (FunctionStats s : f.merged()) {
                    double v = switch (this) {
                        case TOTTIME -> s.totalNanos() / 1e9;
                        case CUMTIME -> s.cumulativeNanos() / 1e9;
                        default -> s.calls();
                    };
                    out.put(new RowKey(s.method(), s.function()), v);
                }
            });
            case SAMPLING -> data.sampleData().ifPresent(s -> {
                // allocations are compared in bytes: their interval is one byte, not a time
                double interval = s.sampler().event().allocation() ? 1 : s.sampler().intervalNanos() / 1e9;
                s.tally(byLine).forEach((frame, t) -> out.put(new RowKey(byLine ? frame.lineId() : frame.method(),
                        frame), (this == CUMULATIVE ? t.cumulative() : t.self()) * interval));
            });
            case LINE -> data.lineData().ifPresent(lines -> {
                for (LineData.FunctionLines f : lines.functions()) {
                    for (LineData.LineStats l : f.lines()) {
                        Frame display = new Frame(f.method(), new SourceRef(f.source().path(), l.line()),
                                Frame.Kind.JAVA);
                        out.merge(new RowKey(display.lineId(), display), this == HITS ? l.hits() : l.nanos() / 1e9,
                                Double::sum);
                    }
                }
            });
        }
        return out;
    }

    /**
     * @param data one run's data
     * @return the total this run's rows are shares of: all samples' seconds for sampling, else 0 (no shares)
     */
    public static double shareBase(ProfileData data) {
        if (data.mode() != Mode.SAMPLING) return 0; // the other modes' samples, if any, only time their counts
        return data.sampleData().map(s -> s.sampler().event().allocation() ? (double) s.totalSamples()
                : s.totalNanos() / 1e9).orElse(0.0);
    }

    /** @return the measures of a mode, for messages */
    public static List<Measure> of(Mode mode) {
        return java.util.Arrays.stream(values()).filter(m -> m.mode == mode).toList();
    }
}
