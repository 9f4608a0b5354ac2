package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workbench.bench.AllocTarget;
import workbench.model.Frame;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.report.Labels;
import workbench.report.StatprofTable;
import workbench.sampling.SamplingSettings;

/**
 * {@code --event alloc} on {@link AllocTarget}, which allocates 3 bytes in one function for every byte in the
 * other: each engine reports that ratio within 10 %, on the allocating lines.
 */
class AllocationRecorderIT {

    private static final String TARGET_SOURCE = "src/test/java/workbench/bench/AllocTarget.java";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} on Java {1}")
    @CsvSource({"async, 17", "jfr, 17", "async, 25", "jfr, 25"})
    void reports_the_known_3_to_1_byte_ratio_within_10_percent(String engine, int java) throws Exception {
        Optional<Path> home = Jdks.find(java);
        assumeTrue(home.isPresent(), "no Java " + java + " installed");
        SamplingSettings settings = new SamplingSettings(SamplingEngine.fromCliName(engine), SamplingEvent.ALLOC,
                1_000_000L, false);
        SampleData samples = SampledChild.record(home.get(), settings, AllocTarget.class, List.of("200000"), dir);
        assertEquals(SamplingEvent.ALLOC, samples.sampler().event());
        assertEquals(engine, samples.sampler().engine().cliName());

        Map<Frame, SampleData.Tally> byFunction = samples.tally(false);
        long three = bytes(byFunction, "threeQuarters");
        long one = bytes(byFunction, "oneQuarter");
        String label = engine + " Java " + java + ": " + new StatprofTable(samples, StatprofTable.By.FUNCTION,
                Labels.STRIPPED).header() + "; threeQuarters " + three + " B, oneQuarter " + one + " B";
        System.out.println(label);
        // 200000 rounds of 4 arrays of 8 KiB: about 6.6 GB, of which the two functions are nearly all
        assertTrue(three + one > 5e9 && three + one < 8e9, label);
        assertEquals(3.0, three / (double) one, 0.3, label);
        if (engine.equals("async")) {
            // the objects follow from the sampled arrays' size: 8 KiB and a header each
            long objects = samples.objects(false).entrySet().stream()
                    .filter(e -> e.getKey().method().equals(method("threeQuarters")))
                    .mapToLong(e -> e.getValue().self()).sum();
            assertEquals(600_000, objects, 60_000, label);
        }
        // by line, each function's bytes are on its allocating line
        assertEquals(lineOf("ALLOC-LINE threeQuarters"), topLine(samples, "threeQuarters"), label);
        assertEquals(lineOf("ALLOC-LINE oneQuarter"), topLine(samples, "oneQuarter"), label);
    }

    private static long bytes(Map<Frame, SampleData.Tally> tally, String name) {
        return tally.entrySet().stream().filter(e -> e.getKey().method().equals(method(name)))
                .mapToLong(e -> e.getValue().self()).sum();
    }

    private static int topLine(SampleData samples, String name) {
        return new StatprofTable(samples, StatprofTable.By.LINE, Labels.STRIPPED).rows().stream()
                .filter(r -> r.key().method().equals(method(name))).findFirst().orElseThrow().key().line();
    }

    private static MethodId method(String name) {
        return new MethodId(AllocTarget.class.getName(), name, "(I)J");
    }

    private static int lineOf(String marker) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(TARGET_SOURCE));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// " + marker)) return i + 1;
        }
        throw new AssertionError("no " + marker + " in " + TARGET_SOURCE);
    }
}
