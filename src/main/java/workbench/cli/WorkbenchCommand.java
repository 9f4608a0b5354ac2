package workbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code workbench} command: it only lists the subcommands. */
@Command(name = "workbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs the bootstrap confidence-interval workload and profiles it three ways:"
                + " deterministic (cProfile), sampling (statprof) and per line (line_profiler).",
        subcommands = {RunCommand.class, ProfileCommand.class, StatsCommand.class, RunsCommand.class, CompareCommand.class,
            OverheadCommand.class, AccuracyCommand.class, ExportCommand.class, SweepCommand.class, HistoryCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class})
public final class WorkbenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
