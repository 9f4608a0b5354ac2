package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.SamplingEvent;

/** jfr and otlp, made from real JFR recordings of this JVM sampling a busy method of an odd name. */
class RecordingExportersTest {

    @TempDir
    static Path recordings;

    @TempDir
    Path dir;

    static Path first;
    static Path second;
    static volatile double sink;

    @BeforeAll
    static void record() throws IOException {
        first = recordOnce(recordings.resolve("one.jfr"));
        second = recordOnce(recordings.resolve("two.jfr"));
    }

    private static Path recordOnce(Path file) throws IOException {
        try (Recording r = new Recording()) {
            r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            r.start();
            long end = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < end) sink += Größe.berechne_π(10_000);
            r.stop();
            r.dump(file);
        }
        return file;
    }

    /** A class and method whose names are not ASCII, sampled by the recordings. */
    static final class Größe {
        static double berechne_π(int n) {
            double s = 0;
            for (int i = 0; i < n; i++) s += (i % 2 == 0 ? 4.0 : -4.0) / (2 * i + 1);
            return s;
        }
    }

    @Test
    void jfr_is_the_recording_and_the_jdks_jfr_tool_reads_it() throws IOException {
        Path out = dir.resolve("out.jfr");
        new JfrExporter().export(List.of(first), out);
        assertEquals(-1, Files.mismatch(first, out));
        Tools.Result summary = Tools.run(dir, List.of(Tools.jfrTool(), "summary", out.toString()));
        assertEquals(0, summary.code(), summary.out());
        assertTrue(summary.out().contains("jdk.ExecutionSample"), summary.out());
        Tools.Result print = Tools.run(dir, List.of(Tools.jfrTool(), "print", "--events", "jdk.ExecutionSample",
                out.toString()));
        assertEquals(0, print.code(), print.out());
        assertTrue(print.out().contains("RecordingExportersTest$Größe.berechne_π"), print.out());
    }

    @Test
    void a_run_sets_recordings_are_one_recording_of_several_chunks() throws IOException {
        Path out = dir.resolve("set.jfr");
        new JfrExporter().export(List.of(first, second), out);
        assertEquals(Files.size(first) + Files.size(second), Files.size(out));
        Tools.Result summary = Tools.run(dir, List.of(Tools.jfrTool(), "summary", out.toString()));
        assertEquals(0, summary.code(), summary.out());
        assertTrue(summary.out().matches("(?s).*Chunks: 2\\b.*"), summary.out());
    }

    @Test
    void a_missing_recording_writes_nothing() {
        Path out = dir.resolve("none.jfr");
        assertThrows(IOException.class, () -> new JfrExporter().export(List.of(dir.resolve("gone.jfr")), out));
        assertFalse(Files.exists(out));
    }

    /*
     * OTLP profiles (opentelemetry/proto/profiles/v1development/profiles.proto), the fields checked:
     * ProfilesData { 1: repeated ResourceProfiles resource_profiles; 2: ProfilesDictionary dictionary }
     * ResourceProfiles { 2: repeated ScopeProfiles scope_profiles } ScopeProfiles { 2: repeated Profile profiles }
     * Profile { 1: ValueType sample_type; 2: repeated Sample samples } Sample { 1: stack_index; 4: repeated values }
     * ProfilesDictionary { 2: location_table; 3: function_table; 5: repeated string string_table; 7: stack_table }
     * Function { 1: name_strindex } Stack { 1: repeated location_indices } Location { 3: repeated Line lines }
     * Line { 1: function_index }
     */
    @Test
    void otlp_parses_as_profiles_data_with_our_function_on_its_stacks() throws IOException {
        byte[] bytes = new OtlpExporter().convert(List.of(first), SamplingEvent.CPU);
        Wire.Message data = Wire.parse(bytes);
        Wire.Message dictionary = data.one(2).message();
        List<String> strings = new ArrayList<>();
        for (Wire.Field f : dictionary.all(5)) strings.add(f.string());
        List<String> functions = new ArrayList<>();
        for (Wire.Field f : dictionary.all(3)) {
            List<Long> name = f.message().longs(1);
            functions.add(name.isEmpty() ? "" : strings.get(name.get(0).intValue()));
        }
        List<Wire.Message> locations = new ArrayList<>();
        for (Wire.Field f : dictionary.all(2)) locations.add(f.message());
        List<List<Long>> stacks = new ArrayList<>();
        for (Wire.Field f : dictionary.all(7)) stacks.add(f.message().longs(1));

        long samples = 0;
        long withOurs = 0;
        for (Wire.Field rp : data.all(1)) {
            for (Wire.Field sp : rp.message().all(2)) {
                for (Wire.Field profile : sp.message().all(2)) {
                    for (Wire.Field sample : profile.message().all(2)) {
                        Wire.Message s = sample.message();
                        List<Long> stackIndex = s.longs(1);
                        List<Long> values = s.longs(4);
                        long n = values.isEmpty() ? 1 : values.get(0);
                        samples += n;
                        List<Long> stack = stacks.get(stackIndex.isEmpty() ? 0 : stackIndex.get(0).intValue());
                        boolean ours = false;
                        for (long loc : stack) {
                            for (Wire.Field line : locations.get((int) loc).all(3)) {
                                List<Long> fn = line.message().longs(1);
                                String name = functions.get(fn.isEmpty() ? 0 : fn.get(0).intValue());
                                if (name.contains("Größe.berechne_π")) ours = true;
                            }
                        }
                        if (ours) withOurs += n;
                    }
                }
            }
        }
        // our function on the file's stacks; how many of the (aggregated) samples are ours depends on how much CPU
        // this thread got beside JUnit's and the JVM's own, which a loaded machine decides (3 of 9 has been seen)
        assertTrue(samples > 0, "no samples in the OTLP file");
        assertTrue(withOurs > 0, withOurs + " of " + samples + " samples on berechne_π; functions " + functions);
    }

    @Test
    void otlp_of_a_run_set_has_both_recordings() throws IOException {
        int one = new OtlpExporter().convert(List.of(first), SamplingEvent.CPU).length;
        Path out = dir.resolve("set.otlp");
        new OtlpExporter().export(List.of(first, second), SamplingEvent.CPU, out);
        Wire.parse(Files.readAllBytes(out));
        assertTrue(Files.size(out) > one, Files.size(out) + " bytes, one recording alone " + one);
    }
}
