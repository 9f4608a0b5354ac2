package workbench.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code workbench} command: it only lists the subcommands. */
@Command(name = "workbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs the bootstrap confidence-interval workload and profiles it three ways:"
                + " deterministic (cProfile), sampling (statprof) and per line (line_profiler).")
public final class WorkbenchCommand implements Runnable {

    /**
     * The subcommands by name, in the order help lists them, then {@code help}: added by {@link Main}, which builds
     * only the one a command line names.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("run", RunCommand::new);
        m.put("profile", ProfileCommand::new);
        m.put("stats", StatsCommand::new);
        m.put("runs", RunsCommand::new);
        m.put("compare", CompareCommand::new);
        m.put("overhead", OverheadCommand::new);
        m.put("accuracy", AccuracyCommand::new);
        m.put("export", ExportCommand::new);
        m.put("sweep", SweepCommand::new);
        m.put("history", HistoryCommand::new);
        m.put("report", ReportCommand::new);
        return Collections.unmodifiableMap(m);
    }
}
