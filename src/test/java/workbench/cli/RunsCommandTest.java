package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.ClockInfo;
import workbench.model.JvmInfo;
import workbench.model.Mode;
import workbench.model.Profile;
import workbench.model.RunInfo;
import workbench.model.Target;
import workbench.store.ProfileStore;
import workbench.store.SampleRuns;

/** {@code runs} on a store with a real program's run, whose command line is a class path and 29 file names long. */
class RunsCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_long_target_is_cut_to_its_column_unless_wide_and_the_table_stays_as_wide_as_its_columns() {
        List<String> args = new ArrayList<>(List.of("--dry-run"));
        for (int i = 0; i < 29; i++) args.add("/work/main/src/main/java/workbench/model/File" + i + ".java");
        Target program = new Target("com.palantir.javaformat.java.Main", args, Map.of());
        RunInfo run = new RunInfo("20261207-031103-deterministic", "", Mode.DETERMINISTIC, program, Map.of(),
                List.of(), "2026-12-07T03:11:03Z", List.of("java"), new JvmInfo("17.0.15", "OpenJDK", "Linux amd64",
                "host", 2), new ClockInfo("tsc", 20.0), 3_210_000_000L, List.of(), 0, false);
        ProfileStore store = new ProfileStore(dir);
        store.save(new Profile(run, SampleRuns.functions()));
        store.save(SampleRuns.profile("20261207-031200-deterministic", SampleRuns.functions()));

        Cli.Result cut = Cli.run("runs", "--profiles", dir.toString());
        assertEquals(0, cut.code(), cut.err());
        List<String> lines = cut.out().lines().toList();
        assertEquals(3, lines.size(), cut.out());
        String shown = "com.palantir.javaformat.java.Main --dry-run /wo...";
        assertEquals(RunsCommand.TARGET_WIDTH, shown.length());
        assertTrue(lines.get(2).contains("  " + shown + "     1  17.0.15"), lines.get(2));
        String boxed = "boxed data=/tmp/x.csv 10x4";
        String padded = boxed + " ".repeat(RunsCommand.TARGET_WIDTH - boxed.length());
        assertTrue(lines.get(1).contains("  " + padded + "     1"), lines.get(1));
        for (String line : lines) assertTrue(line.length() <= 150, "as wide as its columns: " + line);

        Cli.Result wide = Cli.run("runs", "--wide", "--profiles", dir.toString());
        assertTrue(wide.out().contains(program.describe() + "     1  17.0.15"), wide.out());
    }

    @Test
    void cut_keeps_what_fits_and_marks_what_it_left_out() {
        assertEquals("boxed n=100000 10x4", RunsCommand.cut("boxed n=100000 10x4", 19));
        assertEquals("abcdefg...", RunsCommand.cut("abcdefghijk", 10));
        assertEquals("abcdefghij", RunsCommand.cut("abcdefghij", 10));
    }
}
