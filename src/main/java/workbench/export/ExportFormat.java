package workbench.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats {@code workbench export} writes: one registration each, its exporter and the line of help that says
 * what it is made from and what opens it. The command's help, the list of names and every refusal are made from
 * these registrations; adding a format is its exporter class and one line here.
 */
public enum ExportFormat {
    /** Python's marshal dump of pstats' dictionary. */
    PSTATS(new PstatsExporter(), "a deterministic run's functions and callers (python -m pstats, snakeviz)"),
    /** Valgrind's callgrind format. */
    CALLGRIND(new CallgrindExporter("workbench"), "a deterministic run's functions and call edges, or a line run's"
            + " costs per source line (KCachegrind, callgrind_annotate)"),
    /** flamegraph.pl's collapsed stacks. */
    COLLAPSED(new CollapsedExporter(), "the run's stacks, from its samples or else from a deterministic"
            + " run's call paths (flamegraph.pl)"),
    /** pprof's gzipped protobuf. */
    PPROF(new PprofExporter(), "the same stacks, with calls and time of call paths (go tool pprof)"),
    /** speedscope's JSON file format. */
    SPEEDSCOPE(new SpeedscopeExporter("workbench"), "the same stacks, one profile per thread (speedscope)"),
    /** OpenTelemetry's profiles protobuf. */
    OTLP(new OtlpExporter(), "the kept recording of a run with samples (OpenTelemetry profiles)"),
    /** The kept JFR recording itself. */
    JFR(new JfrExporter(), "the kept recording itself (jfr, JMC); a run set's recordings one after another");

    private final Exporter exporter;
    private final String help;

    ExportFormat(Exporter exporter, String help) {
        this.exporter = exporter;
        this.help = help;
    }

    /** @return the name on the command line */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param run a run
     * @return the one line that says why this format cannot be made from it and which formats can, or empty
     */
    public Optional<String> refusal(ExportRun run) {
        return exporter.refusal(run).map(r -> (r.ofKind()
                ? "a " + run.kind() + " run cannot be exported as " + cliName()
                : "run " + run.set().id() + " kept no " + r.missing() + ", which " + cliName() + " is made from")
                + " (it can as: " + String.join(", ", names(writing(run))) + ")");
    }

    /**
     * @param run    a run this format can be made from
     * @param target the file, written atomically
     * @throws IOException              when the run's files cannot be read or the target written
     * @throws IllegalArgumentException when the format cannot be made from the run (see {@link #refusal})
     */
    public void export(ExportRun run, Path target) throws IOException {
        Optional<String> refusal = refusal(run);
        if (refusal.isPresent()) throw new IllegalArgumentException(refusal.get());
        exporter.export(run, target);
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

    /**
     * @param run a run
     * @return the formats it can be written in
     */
    public static List<ExportFormat> writing(ExportRun run) {
        List<ExportFormat> out = new ArrayList<>();
        for (ExportFormat f : values()) if (f.exporter.refusal(run).isEmpty()) out.add(f);
        return out;
    }

    /** @return the formats' command-line names */
    public static List<String> names(List<ExportFormat> formats) {
        List<String> out = new ArrayList<>();
        for (ExportFormat f : formats) out.add(f.cliName());
        return out;
    }

    /** @return one line of help per format: its name, what it is made from and what opens it */
    public static List<String> help() {
        List<String> out = new ArrayList<>();
        for (ExportFormat f : values()) out.add("  " + f.cliName() + ": " + f.help + ".");
        return out;
    }

    /** Every format's name, for picocli's {@code ${COMPLETION-CANDIDATES}} and shell completion. */
    public static final class CliNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names(List.of(values())).iterator();
        }
    }
}
