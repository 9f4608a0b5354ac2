package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workbench.bench.SplitTarget;
import workbench.export.FlameGraphExporter;
import workbench.export.FlameGraphPages;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.report.Labels;
import workbench.report.StatprofTable;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.sampling.SamplingSettings;

/**
 * Samples {@link SplitTarget} in a child JVM with each engine (and each Java where installed): the known 70/30
 * split, the hot lines, the kept recording and the flame graph.
 */
class SamplingRecorderIT {

    private static final String TARGET_SOURCE = "src/test/java/workbench/bench/SplitTarget.java";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} on Java {2}")
    @CsvSource({"async, cpu, 17", "jfr, cpu, 17", "async, cpu, 25", "jfr, cpu, 25", "jfr, cpu-time, 25"})
    void reports_the_known_split_on_the_hot_lines(String engine, String event, int java) throws Exception {
        Optional<Path> home = Jdks.find(java);
        assumeTrue(home.isPresent(), "no Java " + java + " installed");
        SamplingSettings settings = new SamplingSettings(SamplingEngine.fromCliName(engine),
                SamplingEvent.fromCliName(event), 1_000_000L, false);
        settings.check(java, System.getProperty("os.name"));
        SampleData samples = SampledChild.record(home.get(), settings, SplitTarget.class, List.of("cpu", "3"), dir);
        String label = engine + " " + event + " Java " + java + ": " + new StatprofTable(samples,
                StatprofTable.By.LINE, Labels.STRIPPED).header();

        assertEquals(engine, samples.sampler().engine().cliName());
        assertEquals(event, samples.sampler().event().cliName());
        assertTrue(samples.totalSamples() >= 300, label);

        // the split: cumulative % of each method among all samples of the workload's threads
        double total = samples.totalSamples();
        double seventy = 0;
        double thirty = 0;
        for (StatprofTable.Row r : new StatprofTable(samples, StatprofTable.By.FUNCTION, Labels.STRIPPED).rows()) {
            if (r.key().method().equals(method("seventy"))) seventy = 100 * r.cumulative() / total;
            if (r.key().method().equals(method("thirty"))) thirty = 100 * r.cumulative() / total;
        }
        System.out.printf("%s%n  seventy %.1f %%, thirty %.1f %%%n", label, seventy, thirty);
        assertEquals(70, seventy, 10, label);
        assertEquals(30, thirty, 10, label);

        // the hot lines: each method's samples fall mostly on its loop's line
        assertEquals(lineOf("HOT-LINE seventy"), hottestLine(samples, method("seventy")), label);
        assertEquals(lineOf("HOT-LINE thirty"), hottestLine(samples, method("thirty")), label);

        // the recording kept beside the run opens with the JDK's own tool
        Path kept = dir.resolve("kept.jfr");
        assertEquals("kept.jfr", samples.sampler().recording());
        String summary = jfrSummary(home.get(), kept);
        assertTrue(summary.contains(event.equals("cpu-time") ? "jdk.CPUTimeSample" : "jdk.ExecutionSample"),
                summary);

        // the flame graph holds the hot method
        Path html = dir.resolve("flame.html");
        new FlameGraphExporter("split", false).export(samples, html);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.stripTrailing().endsWith("</html>"));
        assertTrue(FlameGraphPages.frameNames(page).contains(SplitTarget.class.getName() + ".seventy"), label);
    }

    private static int hottestLine(SampleData samples, MethodId method) {
        return new StatprofTable(samples, StatprofTable.By.LINE, Labels.STRIPPED).rows().stream()
                .filter(r -> r.key().method().equals(method)).findFirst().orElseThrow().key().line();
    }

    /** SplitTarget's methods take and return a long; JFR and async-profiler both record the descriptor. */
    private static MethodId method(String name) {
        return new MethodId(SplitTarget.class.getName(), name, "(J)J");
    }

    private static int lineOf(String marker) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(TARGET_SOURCE));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// " + marker)) return i + 1;
        }
        throw new AssertionError("no " + marker + " in " + TARGET_SOURCE);
    }

    private static String jfrSummary(Path javaHome, Path recording) throws Exception {
        Process p = new ProcessBuilder(javaHome.resolve("bin/jfr").toString(), "summary", recording.toString())
                .redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
