package workbench.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import workbench.model.Mode;

/**
 * The formats {@code workbench export} writes, each with the modes whose runs it can carry.
 *
 * <p>Deterministic runs keep caller → callee edges (as cProfile does), which is enough for pstats and callgrind, and
 * their calling-context tree, which the formats of whole call paths (collapsed stacks, pprof, speedscope) need.
 */
public enum ExportFormat {
    /** Python's marshal dump of pstats' dictionary, which {@code pstats.Stats(path)} loads. */
    PSTATS(Mode.DETERMINISTIC),
    /** Valgrind's callgrind format: functions and call edges, or costs per source line. */
    CALLGRIND(Mode.DETERMINISTIC, Mode.LINE),
    /** flamegraph.pl's collapsed stacks: {@code root;...;leaf count}. */
    COLLAPSED(Mode.SAMPLING, Mode.DETERMINISTIC),
    /** pprof's gzipped protobuf ({@code go tool pprof}). */
    PPROF(Mode.SAMPLING, Mode.DETERMINISTIC),
    /** speedscope's JSON file format, one sampled profile per thread. */
    SPEEDSCOPE(Mode.SAMPLING, Mode.DETERMINISTIC),
    /** OpenTelemetry's profiles protobuf, written by async-profiler's converter from the kept recording. */
    OTLP(Mode.SAMPLING),
    /** The kept JFR recording itself (the recordings of a run set one after another, as JFR chunks). */
    JFR(Mode.SAMPLING);

    private final Set<Mode> modes;

    ExportFormat(Mode first, Mode... more) {
        this.modes = EnumSet.of(first, more);
    }

    /** @return the name on the command line */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether a run of this mode can be written in this format */
    public boolean carries(Mode mode) {
        return modes.contains(mode);
    }

    /** @return whether a deterministic run in this format needs its call paths (not only its edges) */
    public boolean needsCallPaths() {
        return this == COLLAPSED || this == PPROF || this == SPEEDSCOPE;
    }

    /** @return whether the format is made from the run's kept recordings rather than from its profile */
    public boolean needsRecording() {
        return this == OTLP || this == JFR;
    }

    /**
     * @param name a format's name, as typed
     * @return the format
     * @throws IllegalArgumentException (one line naming the formats) for any other name
     */
    public static ExportFormat fromCliName(String name) {
        for (ExportFormat f : values()) {
            if (f.cliName().equals(name)) return f;
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (expected one of "
                + String.join(", ", names(List.of(values()))) + ")");
    }

    /** @return the formats a run of this mode can be written in */
    public static List<ExportFormat> forMode(Mode mode) {
        List<ExportFormat> out = new ArrayList<>();
        for (ExportFormat f : values()) if (f.carries(mode)) out.add(f);
        return out;
    }

    /** @return the formats' command-line names */
    public static List<String> names(List<ExportFormat> formats) {
        List<String> out = new ArrayList<>();
        for (ExportFormat f : formats) out.add(f.cliName());
        return out;
    }
}
