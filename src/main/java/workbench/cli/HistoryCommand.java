package workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbench.history.History;
import workbench.history.HistoryChart;
import workbench.history.HistoryTable;
import workbench.history.Selector;
import workbench.io.ChartFiles;
import workbench.model.Mode;
import workbench.model.RunSet;
import workbench.model.Target;
import workbench.store.ProfileStore;

/** {@code workbench history --function F}: one function's cost over the saved runs, and where it changed. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Follow one function (or line) over the saved run sets of one target and mode, oldest first:"
                + " each set's total, the row's seconds and its share; flag the change point where the share moved"
                + " beyond the runs' noise (regressed / improved, decided as compare decides); -o draws it.",
            "The target and mode are the newest matching run set's unless --mode says otherwise."})
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    /** One of the two: a function or a line. */
    static final class Row {
        @Option(names = "--function", paramLabel = "F", required = true,
                description = "A function: Data.randint, workbench.workload.Data.randint, or randint when unique.")
        String function;

        @Option(names = "--line", paramLabel = "FILE:N", required = true,
                description = "A line (line and sampling runs): BoxedBootstrap.java:26.")
        String line;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Row row;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only run sets started on or after DATE (2026-11-30, or an ISO instant).")
    String since;

    @Option(names = "--match", paramLabel = "REGEX",
            description = "Only run sets whose name or id contains a match (a scheduled job's --name prefix).")
    String match;

    @Option(names = "--mode", paramLabel = "M", description = "deterministic, sampling or line (default: the newest's).")
    String mode;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Also draw the share per run set, the change point marked: .svg or .png.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (output != null && !ChartFiles.supported(output)) {
            throw new UserException("-o " + output + ": the chart is written as .svg or .png");
        }
        Selector selector;
        try {
            selector = row.function != null ? Selector.function(row.function) : Selector.line(row.line);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        Instant from = since == null ? Instant.MIN : since(since);
        Pattern names = null;
        if (match != null) {
            try {
                names = Pattern.compile(match);
            } catch (PatternSyntaxException e) {
                throw new UserException("--match: not a regular expression: " + e.getDescription());
            }
        }
        Mode wanted = null;
        if (mode != null) {
            try {
                wanted = Mode.fromCliName(mode);
            } catch (IllegalArgumentException e) {
                throw new UserException("--mode: " + e.getMessage());
            }
        }
        ProfileStore store = storeOptions.store();
        List<ProfileStore.Listing> candidates = new ArrayList<>();
        for (ProfileStore.Listing l : store.headers()) {
            if (l.first() == null || Instant.parse(l.first().startedAt()).isBefore(from)) continue;
            if (names != null && !names.matcher(l.id()).find() && !names.matcher(l.name()).find()) continue;
            if (wanted != null && l.first().mode() != wanted) continue;
            candidates.add(l);
        }
        if (candidates.isEmpty()) throw new UserException("no saved run sets in " + store.dir() + " match");
        ProfileStore.Listing newest = candidates.get(candidates.size() - 1);
        Target target = newest.first().target();
        List<RunSet> sets = new ArrayList<>();
        for (ProfileStore.Listing l : candidates) {
            if (l.first().mode() == newest.first().mode() && l.first().target().workload().equals(target.workload())) {
                sets.add(store.load(store.file(l.id())));
            }
        }
        History h;
        try {
            h = History.of(sets, selector);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        HistoryTable.print(h, target.describe(), spec.commandLine().getOut());
        if (output != null) {
            HistoryChart.write(h, output);
            Notices.to(spec.commandLine().getErr()).accept("chart " + output);
        }
        return 0;
    }

    private static Instant since(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserException("--since " + text + ": expected a date (2026-11-30) or an ISO instant");
        }
    }
}
