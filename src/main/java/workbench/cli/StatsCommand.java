package workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.util.Optional;
import workbench.growth.SweepTable;
import workbench.model.AccuracyStudy;
import workbench.model.OverheadStudy;
import workbench.model.SweepStudy;
import workbench.model.ProfileData;
import workbench.overhead.OverheadTable;
import workbench.report.ReportSettings;
import workbench.session.AgentOutput;
import workbench.sampling.RecordingException;
import workbench.sampling.RecordingReader;
import workbench.sampling.SamplingSettings;
import workbench.store.RunResolver;

/** {@code workbench stats RUN}: prints a saved run exactly as {@code profile} printed it, like pstats.Stats(file). */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a saved run of any mode (or an overhead study, or a sweep), with the same output profile printed for it (the same report"
                + " options give the same bytes).",
            "RUN is an id, a name, a unique id prefix, last (last~1 the one before), or a path to a run file, to a"
                + " .jfr recording of either sampling engine, or to a raw agent file (.wbt, .wbl, .checkpoint) that a"
                + " killed workbench left behind."})
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run: id, name, id prefix, last, or a file.")
    String run;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() throws IOException {
        ReportSettings settings = report.settings();
        if (AgentOutput.isRawName(Path.of(run)) && Files.isRegularFile(Path.of(run))) {
            // a raw file a killed workbench left behind: its counts up to the agent's last write
            spec.commandLine().getOut().println("raw agent file " + run + " (written "
                    + Files.getLastModifiedTime(Path.of(run)).toInstant() + "): counts up to then; not a saved run");
            spec.commandLine().getOut().println();
            Reports.print(AgentOutput.read(Path.of(run)), settings, report.flameGraph(), spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        } else if (isRecording(run)) {
            Reports.print(recording(Path.of(run)), settings, report.flameGraph(), spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        } else {
            RunResolver resolver = new RunResolver(storeOptions.store());
            Path file = resolver.path(run);
            Optional<SweepStudy> sweep = storeOptions.store().sweep(file);
            if (sweep.isPresent()) {
                SweepTable.print(sweep.get(), spec.commandLine().getOut()); // the bytes sweep printed
                return 0;
            }
            Optional<AccuracyStudy> accuracy = storeOptions.store().accuracy(file);
            if (accuracy.isPresent()) {
                AccuracyCommand.print(accuracy.get(), false, storeOptions.store(), spec.commandLine().getOut());
                return 0;
            }
            Optional<OverheadStudy> study = storeOptions.store().study(file);
            if (study.isPresent()) {
                OverheadTable.print(study.get(), spec.commandLine().getOut()); // the bytes overhead printed
                return 0;
            }
            Reports.print(resolver.resolve(run), settings, report.flameGraph(),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return 0;
    }

    private static boolean isRecording(String ref) {
        return ref.endsWith(".jfr") && Files.isRegularFile(Path.of(ref));
    }

    /** A recording describes its own engine, event and interval; 1 ms is assumed only where it does not. */
    private static ProfileData recording(Path jfr) {
        try {
            return RecordingReader.read(jfr, false, SamplingSettings.parseInterval("1ms"));
        } catch (RecordingException e) {
            throw new UserException(e.getMessage());
        }
    }
}
