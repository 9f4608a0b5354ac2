package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The callgrind file, read by Valgrind's callgrind_annotate: self and inclusive costs, and annotated source lines. */
class CallgrindExporterTest {

    @TempDir
    Path dir;

    private String annotate(Path file, String... options) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("callgrind_annotate", "--threshold=100"));
        cmd.addAll(List.of(options));
        cmd.add(file.toString());
        Tools.Result r = Tools.run(dir, cmd);
        assertEquals(0, r.code(), r.out());
        return r.out();
    }

    private static void assertCost(String out, String cost, String fileFunction) {
        Pattern row = Pattern.compile("^\\s*" + Pattern.quote(cost) + " \\([ 0-9.]+%\\)\\s+" + Pattern.quote(fileFunction)
                + "( \\[.*\\])?$", Pattern.MULTILINE);
        assertTrue(row.matcher(out).find(), "no '" + cost + " " + fileFunction + "' in\n" + out);
    }

    @Test
    void functions_have_their_own_time_and_inclusive_time_through_their_calls() throws IOException {
        Tools.assumeCallgrindAnnotate();
        Path file = dir.resolve("callgrind.out.1");
        new CallgrindExporter("demo").export(ExportData.functions(), file);
        String self = annotate(file);
        assertTrue(self.contains("Events recorded:  ns"), self);
        assertCost(self, "100,000,000", "PROGRAM TOTALS");
        assertCost(self, "1,000,000", "demo/App.java:demo.App.main");
        assertCost(self, "2,000,000", "demo/App.java:demo.App.lambda$main$0");
        assertCost(self, "3,000,000", "demo/Wörk.java:demo.Wörk.<init>");
        assertCost(self, "25,000,000", "demo/Größe.java:demo.Größe.berechne_π");
        assertCost(self, "50,000,000", "~:java.util.Random.nextInt");
        assertCost(self, "4,000,000", "demo/With Space.java:demo.With Space.do it");
        assertCost(self, "7,000,000", "demo/App.java:demo.App.twice(I)I");
        assertCost(self, "8,000,000", "demo/App.java:demo.App.twice(J)J");

        String inclusive = annotate(file, "--inclusive=yes");
        assertCost(inclusive, "100,000,000", "demo/App.java:demo.App.main"); // 1 + 80 + 19 ms
        assertCost(inclusive, "80,000,000", "demo/App.java:demo.App.lambda$main$0"); // 2 + 78 (the edge to <init>)
        // recursion: the self-call's time is inside the outer call, so inclusive = cumtime (25 + 50), not 25 + 10 + 50
        assertCost(inclusive, "75,000,000", "demo/Größe.java:demo.Größe.berechne_π");
        assertCost(inclusive, "19,000,000", "demo/With Space.java:demo.With Space.do it"); // 4 + 7 + 8
        assertCost(inclusive, "50,000,000", "~:java.util.Random.nextInt");
    }

    @Test
    void the_file_holds_the_call_counts_of_every_edge() throws IOException {
        Path file = dir.resolve("callgrind.out.2");
        new CallgrindExporter("demo").export(ExportData.functions(), file);
        String text = Files.readString(file);
        assertTrue(text.contains("calls=5000000000 0\n"), text);
        assertTrue(text.contains("calls=11 20\n"), text);
        assertTrue(text.startsWith("# callgrind format\nversion: 1\n"), text);
    }

    @Test
    void line_profiles_annotate_the_source() throws IOException {
        Tools.assumeCallgrindAnnotate();
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("demo"));
        List<String> source = new ArrayList<>();
        for (int i = 1; i <= 10; i++) source.add("    line_" + i + "();");
        Files.write(src.resolve("demo/Größe.java"), source);
        Path file = dir.resolve("callgrind.out.3");
        new CallgrindExporter("demo").export(ExportData.lines(), file);
        String out = annotate(file, "--auto=yes", "--include=" + src);
        assertTrue(out.contains("Events recorded:  Hits ns"), out);
        assertTrue(Pattern.compile("^\\s*1,004 \\([ 0-9.]+%\\)\\s+72,100 \\([ 0-9.]+%\\)\\s+demo/Größe.java:demo.Größe.berechne_π$",
                Pattern.MULTILINE).matcher(out).find(), out);
        assertTrue(Pattern.compile("^\\s*1,000 \\([ 0-9.]+%\\)\\s+70,000 \\([ 0-9.]+%\\)\\s+line_8\\(\\);$",
                Pattern.MULTILINE).matcher(out).find(), out);
        assertTrue(Pattern.compile("^\\s*3 \\([ 0-9.]+%\\)\\s+2,000 \\([ 0-9.]+%\\)\\s+line_9\\(\\);$",
                Pattern.MULTILINE).matcher(out).find(), out);
    }

    @Test
    void sampling_profiles_are_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new CallgrindExporter("demo").export(ExportData.samples(), dir.resolve("x")));
        assertTrue(!Files.exists(dir.resolve("x")));
    }
}
