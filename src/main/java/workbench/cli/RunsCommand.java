package workbench.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbench.model.AccuracyRun;
import workbench.model.AccuracyStudy;
import workbench.model.OverheadRun;
import workbench.model.OverheadStudy;
import workbench.model.RunInfo;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import workbench.store.ProfileStore;

/** {@code workbench runs}: the saved runs, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List saved runs, newest first: id, name, mode, target, runs in the set, JDK, wall time (of the"
                + " first run) and date.")
public final class RunsCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show at most N runs, 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    /** The target column's width unless {@code --wide}: a program's command line can run to thousands of characters. */
    static final int TARGET_WIDTH = 50;

    @Option(names = "--wide",
            description = "Print each target whole (default: cut to " + TARGET_WIDTH + " characters, ending in '...';"
                    + " 'stats ID' prints a run's whole command too).")
    boolean wide;

    private String target(ProfileStore.Listing l) {
        String whole = l.accuracy() != null ? l.accuracy().target().describe()
                : l.study() != null ? l.study().target().describe()
                : l.sweep() != null ? l.sweep().describe()
                : l.first().target().describe();
        return wide ? whole : cut(whole, TARGET_WIDTH);
    }

    /** @return {@code text}, or its first characters and {@code ...} within {@code width} */
    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    @Override
    public Integer call() {
        if (limit < 0) throw new UserException("--limit must be 0 (all) or more, got " + limit);
        List<ProfileStore.Listing> runs = new ArrayList<>(storeOptions.store().headers());
        Collections.reverse(runs);
        if (limit > 0 && runs.size() > limit) runs = runs.subList(0, limit);
        PrintWriter out = spec.commandLine().getOut();
        LeftBehind.say(spec.commandLine().getErr());
        if (runs.isEmpty()) {
            out.println("no saved runs in " + storeOptions.store().dir());
            out.flush();
            return 0;
        }
        int idWidth = "id".length();
        int nameWidth = "name".length();
        int targetWidth = "target".length();
        for (ProfileStore.Listing r : runs) {
            idWidth = Math.max(idWidth, r.id().length());
            nameWidth = Math.max(nameWidth, r.name().length());
            targetWidth = Math.max(targetWidth, target(r).length());
        }
        String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-13s  %-" + targetWidth + "s  %4s  %-8s  %8s  %s%n";
        out.printf(Locale.ROOT, row, "id", "name", "mode", "target", "runs", "jdk", "wall (s)", "date");
        for (ProfileStore.Listing l : runs) {
            RunInfo r = l.first();
            OverheadStudy s = l.study();
            SweepStudy w = l.sweep();
            if (w != null) { // runs: its children; wall: all of them together
                long wall = w.runs().stream().mapToLong(SweepRun::wallNanos).sum();
                out.printf(Locale.ROOT, row, l.id(), l.name(), "sweep", target(l), w.runs().size(),
                        w.jvm().javaVersion(), String.format(Locale.ROOT, "%.2f", wall / 1e9),
                        DATE.format(Instant.parse(w.startedAt())));
                continue;
            }
            AccuracyStudy a = l.accuracy();
            if (a != null) { // runs: its children; wall: all of them together, unknown in a study saved without it
                boolean known = a.runs().stream().allMatch(run -> run.wallNanos() > 0);
                long wall = a.runs().stream().mapToLong(AccuracyRun::wallNanos).sum();
                out.printf(Locale.ROOT, row, l.id(), l.name(), "accuracy", target(l), a.runs().size(),
                        a.jvm().javaVersion(), known ? String.format(Locale.ROOT, "%.2f", wall / 1e9) : "-",
                        DATE.format(Instant.parse(a.startedAt())));
                continue;
            }
            if (s != null) { // runs: its children; wall: all of them together
                long wall = s.runs().stream().mapToLong(OverheadRun::wallNanos).sum();
                out.printf(Locale.ROOT, row, l.id(), l.name(), "overhead", target(l), s.runs().size(),
                        s.jvm().javaVersion(), String.format(Locale.ROOT, "%.2f", wall / 1e9),
                        DATE.format(Instant.parse(s.startedAt())));
                continue;
            }
            out.printf(Locale.ROOT, row, l.id(), l.name(), r.mode().cliName(), target(l), l.size(),
                    r.jvm().javaVersion(), String.format(Locale.ROOT, "%.2f", r.wallNanos() / 1e9),
                    DATE.format(Instant.parse(r.startedAt())));
        }
        out.flush();
        return 0;
    }
}
