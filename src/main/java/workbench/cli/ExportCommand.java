package workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workbench.export.CallgrindExporter;
import workbench.export.CollapsedExporter;
import workbench.export.ExportFormat;
import workbench.export.JfrExporter;
import workbench.export.OtlpExporter;
import workbench.export.PathValue;
import workbench.export.PprofExporter;
import workbench.export.PstatsExporter;
import workbench.export.SpeedscopeExporter;
import workbench.model.FunctionData;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.RunSet;
import workbench.model.SampleData;
import workbench.store.RunResolver;

/** {@code workbench export RUN --format F -o FILE}: a saved run in a format other tools open. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a saved run in a format other tools open. A run set of several runs is exported summed"
                + " (jfr, otlp: its recordings one after another).",
            "deterministic: pstats (python -m pstats, snakeviz), callgrind (KCachegrind, callgrind_annotate);"
                + " its call paths as collapsed, pprof (calls and time) or speedscope.",
            "sampling: collapsed (flamegraph.pl), pprof (go tool pprof), speedscope, otlp (OpenTelemetry profiles),"
                + " jfr (the kept recording: jfr, JMC).",
            "line: callgrind (costs per source line)."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run: id, name, id prefix, last, or a run file.")
    String run;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "F",
            description = "pstats, callgrind, collapsed, pprof, speedscope, otlp or jfr.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--value", paramLabel = "V", defaultValue = "calls",
            description = "Deterministic collapsed and speedscope: what a call path weighs, calls (exact) or time"
                    + " (its own nanoseconds, calibrated); pprof carries both (default: ${DEFAULT-VALUE}).")
    String value;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = parseFormat(format);
        PathValue pathValue = parseValue(value);
        checkOutput(output, force);
        RunResolver resolver = new RunResolver(storeOptions.store());
        Path runFile = resolver.path(run);
        RunSet set = storeOptions.store().load(runFile);
        if (!f.carries(set.mode())) {
            throw new UserException("a " + set.mode().cliName() + " run cannot be exported as " + f.cliName()
                    + " (it can as: " + String.join(", ", ExportFormat.names(ExportFormat.forMode(set.mode())))
                    + ")");
        }
        if (set.merged() instanceof FunctionData d && f.needsCallPaths() && !d.hasCallTree()) {
            throw new UserException("run " + set.id() + " kept no call paths (profile with --stacks), which "
                    + f.cliName() + " is made from (it can as: pstats, callgrind)");
        }
        List<Path> recordings = f.needsRecording() ? recordings(set, runFile) : List.of();
        write(f, set, recordings, pathValue);
        spec.commandLine().getErr().println("workbench: exported " + set.id() + " as " + f.cliName() + " to "
                + output + " (" + Files.size(output) + " bytes)");
        return 0;
    }

    private void write(ExportFormat f, RunSet set, List<Path> recordings, PathValue pathValue) throws IOException {
        String title = set.id() + (set.name().isEmpty() ? "" : " (" + set.name() + ")") + ": "
                + set.first().target().describe();
        ProfileData data = set.merged();
        FunctionData paths = data instanceof FunctionData d ? d : null;
        switch (f) {
            case PSTATS -> new PstatsExporter().export(FunctionData.of(data), output);
            case CALLGRIND -> new CallgrindExporter("workbench " + title).export(data, output);
            case COLLAPSED -> {
                if (paths != null) new CollapsedExporter().export(paths, pathValue, output);
                else new CollapsedExporter().export((SampleData) data, output);
            }
            case PPROF -> {
                if (paths != null) new PprofExporter().export(paths, output);
                else new PprofExporter().export((SampleData) data, output);
            }
            case SPEEDSCOPE -> {
                SpeedscopeExporter speedscope = new SpeedscopeExporter("workbench " + title);
                if (paths != null) speedscope.export(paths, pathValue, output);
                else speedscope.export((SampleData) data, output);
            }
            case OTLP -> new OtlpExporter().export(recordings, ((SampleData) set.merged()).sampler().event(), output);
            case JFR -> new JfrExporter().export(recordings, output);
        }
    }

    static PathValue parseValue(String name) {
        for (PathValue v : PathValue.values()) if (v.cliName().equals(name)) return v;
        throw new UserException("unknown --value '" + name + "' (expected calls or time)");
    }

    static ExportFormat parseFormat(String name) {
        try {
            return ExportFormat.fromCliName(name);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** Checked before the run is read, so that bad input never leaves anything written. */
    static void checkOutput(Path output, boolean force) {
        if (Files.isDirectory(output)) throw new UserException("-o " + output + " is a directory, not a file");
        Path parent = output.toAbsolutePath().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) throw new UserException("cannot write " + output + ": " + p + " is not a directory");
                if (p.equals(parent) && !Files.isWritable(p)) {
                    throw new UserException("cannot write " + output + ": " + p + " is not writable");
                }
                break;
            }
        }
        if (Files.exists(output) && !force) {
            throw new UserException(output + " exists (--force replaces it)");
        }
        if (Files.exists(output) && !Files.isWritable(output)) {
            throw new UserException("cannot write " + output + ": it is not writable");
        }
    }

    /** The runs' kept recordings, beside the run's file. */
    private static List<Path> recordings(RunSet set, Path runFile) {
        Path dir = runFile.toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        for (Profile p : set.runs()) {
            String name = ((SampleData) p.data()).sampler().recording();
            Path r = name.isEmpty() ? null : dir.resolve(name);
            if (r == null || !Files.isRegularFile(r)) {
                throw new UserException("run " + set.id() + " kept no recording" + (r == null ? "" : " at " + r)
                        + ", which jfr and otlp are made from");
            }
            out.add(r);
        }
        return out;
    }
}
