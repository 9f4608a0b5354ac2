package workbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import workbench.report.Labels;
import workbench.report.ReportSettings;
import workbench.report.Restriction;
import workbench.report.SortKey;
import workbench.report.SourceLookup;
import workbench.report.StatprofTable;

/**
 * How a run is printed, shared by {@code profile} and {@code stats}: the options become one {@link ReportSettings}
 * (checked before anything runs), so that both commands print a run alike.
 */
public final class ReportOptions {

    @Option(names = "--sort", paramLabel = "KEY", split = ",",
            description = "Deterministic: pstats sort key(s), most significant first: calls, cumulative, time (tottime),"
                    + " pcalls, name, file, line, nfl, stdname, or a unique prefix (default: time).")
    List<String> sort = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N|F",
            description = "Deterministic: print only the first N rows, or that fraction of them (0.1) (default: 20).")
    String limit = "20";

    @Option(names = "--match", paramLabel = "REGEX",
            description = "Deterministic: print only functions whose file:line(function) matches REGEX (before --limit).")
    String match;

    @Option(names = "--callers", paramLabel = "REGEX",
            description = "Deterministic: also print who called the functions matching REGEX, per edge.")
    String callers;

    @Option(names = "--callees", paramLabel = "REGEX",
            description = "Deterministic: also print what the functions matching REGEX called, per edge.")
    String callees;

    @Option(names = "--per-thread", description = "Deterministic: one table per thread instead of one merged table.")
    boolean perThread;

    @Option(names = "--by", paramLabel = "KEY", defaultValue = "line",
            description = "Sampling: table rows per line or per function (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--strip-dirs", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"Name files without directories and classes without packages, as pstats' strip_dirs"
                + " (default). --no-strip-dirs shows source paths and full class names."})
    boolean stripDirs;

    @Option(names = "--source-path", paramLabel = "DIR|JAR",
            description = "Line: a directory with the profiled program's sources, by package path or file name, or a"
                    + " sources jar (repeatable; the workload's own sources are in the jar).")
    List<Path> sourcePath = new ArrayList<>();

    @Option(names = "--flamegraph", paramLabel = "FILE",
            description = "Also write an interactive HTML flame graph to FILE: sampled stacks, or a deterministic run's call"
                    + " paths (each as wide as its exact calls).")
    Path flameGraph;

    /**
     * @return the checked settings
     * @throws UserException naming the first bad option
     */
    ReportSettings settings() {
        List<SortKey> keys = new ArrayList<>();
        List<Restriction> restrictions = new ArrayList<>();
        Optional<Restriction> callersOf;
        Optional<Restriction> calleesOf;
        try {
            for (String s : sort.isEmpty() ? List.of("time") : sort) keys.add(SortKey.parse(s.trim()));
        } catch (IllegalArgumentException e) {
            throw new UserException("--sort: " + e.getMessage());
        }
        try {
            if (match != null) restrictions.add(Restriction.regex(match));
            if (limit != null) restrictions.add(Restriction.parseLimit(limit));
            callersOf = Optional.ofNullable(callers).map(Restriction::regex);
            calleesOf = Optional.ofNullable(callees).map(Restriction::regex);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        StatprofTable.By rows = rowsBy(by);
        for (Path p : sourcePath) {
            if (!Files.isDirectory(p) && !isZip(p)) {
                throw new UserException("--source-path: " + p + " is neither a directory nor a sources jar");
            }
        }
        if (flameGraph != null && Files.isDirectory(flameGraph)) {
            throw new UserException("--flamegraph: " + flameGraph + " is a directory");
        }
        return new ReportSettings(keys, restrictions, callersOf, calleesOf, perThread, rows, new Labels(stripDirs),
                new SourceLookup(sourcePath));
    }

    private static boolean isZip(Path p) {
        if (!Files.isRegularFile(p)) return false;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(p.toFile())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** @return the flame graph's file, or {@code null} when none was asked for */
    Path flameGraph() {
        return flameGraph;
    }

    /**
     * @param by the value of a {@code --by} option
     * @return the sampled table's rows it asks for
     * @throws UserException for anything but line or function
     */
    static StatprofTable.By rowsBy(String by) {
        return switch (by) {
            case "line" -> StatprofTable.By.LINE;
            case "function" -> StatprofTable.By.FUNCTION;
            default -> throw new UserException("--by must be line or function, got '" + by + "'");
        };
    }
}
