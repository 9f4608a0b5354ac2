package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pstats file is checked only through Python's own pstats: what it loads and prints. */
class PstatsExporterTest {

    @TempDir
    Path dir;

    private Tools.Result python(Path file, String script) throws IOException {
        Tools.Result r = Tools.run(dir, List.of("python3", "-c", "import pstats, sys\ns = pstats.Stats(sys.argv[1])\n"
                + script, file.toString()));
        assertEquals(0, r.code(), r.out());
        return r;
    }

    private Path exported() throws IOException {
        Path file = dir.resolve("out.pstats");
        new PstatsExporter().export(ExportData.functions(), file);
        return file;
    }

    private static void assertRow(String out, String ncalls, String label) {
        Pattern row = Pattern.compile("^\\s*" + Pattern.quote(ncalls) + "\\s+[0-9.]+\\s+[0-9.]*\\s+[0-9.]+\\s+[0-9.]*\\s+"
                + Pattern.quote(label) + "$", Pattern.MULTILINE);
        assertTrue(row.matcher(out).find(), "no row '" + ncalls + " ... " + label + "' in\n" + out);
    }

    @Test
    void print_stats_shows_every_function_with_its_exact_calls_and_names() throws IOException {
        Tools.assumePython();
        String out = python(exported(), "s.print_stats()").out();
        assertTrue(out.contains("5000000029 function calls (5000000028 primitive calls) in 0.100 seconds"), out);
        assertRow(out, "1", "demo/App.java:10(App.main)");
        assertRow(out, "1", "demo/App.java:12(App.lambda$main$0)");
        assertRow(out, "3", "demo/Wörk.java:5(Wörk.<init>)");
        assertRow(out, "4/3", "demo/Größe.java:7(Größe.berechne_π)");
        assertRow(out, "5000000000", "{java.util.Random.nextInt}");
        assertRow(out, "2", "demo/With Space.java:3(With Space.do it)");
        assertRow(out, "7", "demo/App.java:20(App.twice(I)I)");
        assertRow(out, "11", "demo/App.java:20(App.twice(J)J)");
    }

    @Test
    void strip_dirs_gives_our_tables_labels() throws IOException {
        Tools.assumePython();
        String out = python(exported(), "s.strip_dirs().sort_stats('tottime').print_stats(3)").out();
        assertRow(out, "5000000000", "{java.util.Random.nextInt}");
        assertRow(out, "4/3", "Größe.java:7(Größe.berechne_π)");
        assertRow(out, "11", "App.java:20(App.twice(J)J)");
    }

    @Test
    void print_callers_shows_each_edge_with_its_calls_and_times() throws IOException {
        Tools.assumePython();
        String out = python(exported(), "s.print_callers()").out();
        // pstats prints the first caller (in its sorted order) beside the function, the others below it
        assertTrue(Pattern.compile("demo/Größe.java:7\\(Größe.berechne_π\\)\\s+<-\\s+1/0\\s+0.005\\s+0.010\\s+"
                + "demo/Größe.java:7\\(Größe.berechne_π\\)\\n\\s+3\\s+0.020\\s+0.075\\s+demo/Wörk.java:5\\(Wörk.<init>\\)$",
                Pattern.MULTILINE).matcher(out).find(), out);
        assertTrue(Pattern.compile("\\{java.util.Random.nextInt\\}\\s+<-\\s+5000000000\\s+0.050\\s+0.050\\s+"
                + "demo/Größe.java:7\\(Größe.berechne_π\\)").matcher(out).find(), out);
        assertTrue(Pattern.compile("demo/App.java:20\\(App.twice\\(J\\)J\\)\\s+<-\\s+11\\s+0.008\\s+0.008\\s+"
                + "demo/With Space.java:3\\(With Space.do it\\)").matcher(out).find(), out);
        assertTrue(Pattern.compile("demo/App.java:10\\(App.main\\)\\s+<-\\s*$", Pattern.MULTILINE).matcher(out).find(),
                out);
    }

    @Test
    void the_dictionary_holds_exactly_our_entries() throws IOException {
        Tools.assumePython();
        String out = python(exported(), """
                for k in sorted(s.stats):
                    cc, nc, tt, ct, callers = s.stats[k]
                    print(repr(k), cc, nc, round(tt, 6), round(ct, 6), sorted((c, v[0], v[1]) for c, v in callers.items()))
                """).out();
        assertEquals(String.join("\n",
                "('demo/App.java', 10, 'App.main') 1 1 0.001 0.1 []",
                "('demo/App.java', 12, 'App.lambda$main$0') 1 1 0.002 0.08 [(('demo/App.java', 10, 'App.main'), 1, 1)]",
                "('demo/App.java', 20, 'App.twice(I)I') 7 7 0.007 0.007 [(('demo/With Space.java', 3, 'With Space.do it'), 7, 7)]",
                "('demo/App.java', 20, 'App.twice(J)J') 11 11 0.008 0.008 [(('demo/With Space.java', 3, 'With Space.do it'), 11, 11)]",
                "('demo/Größe.java', 7, 'Größe.berechne_π') 3 4 0.025 0.075 [(('demo/Größe.java', 7, 'Größe.berechne_π'), 1, 0),"
                        + " (('demo/Wörk.java', 5, 'Wörk.<init>'), 3, 3)]",
                "('demo/With Space.java', 3, 'With Space.do it') 2 2 0.004 0.019 [(('demo/App.java', 10, 'App.main'), 2, 2)]",
                "('demo/Wörk.java', 5, 'Wörk.<init>') 3 3 0.003 0.078 [(('demo/App.java', 12, 'App.lambda$main$0'), 3, 3)]",
                "('~', 0, '<java.util.Random.nextInt>') 5000000000 5000000000 0.05 0.05 [(('demo/Größe.java', 7, 'Größe.berechne_π'), 5000000000, 5000000000)]",
                ""), out);
        assertTrue(Files.size(dir.resolve("out.pstats")) > 0);
    }
}
