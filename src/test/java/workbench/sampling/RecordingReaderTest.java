package workbench.sampling;

import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.Frame;
import workbench.model.SampleData;
import workbench.model.SamplerInfo;
import workbench.model.ThreadScope;

/** Reads a real recording made in this JVM with the settings file the JFR engine gives the child. */
class RecordingReaderTest {

    @TempDir
    static Path dir;
    static Path recording;
    static long sink;

    @BeforeAll
    static void record() throws Exception {
        Path jfc = dir.resolve("sampling.jfc");
        JfrRecording.writeSettings(new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU, 2_000_000L, false), jfc);
        recording = dir.resolve("test.jfr");
        try (Recording r = new Recording(Configuration.create(jfc))) {
            r.start();
            long end = System.nanoTime() + 600_000_000L;
            while (System.nanoTime() < end) sink += spin(sink);
            r.stop();
            r.dump(recording);
        }
    }

    static long spin(long x) {
        for (int i = 0; i < 100_000; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    }

    @Test
    void the_settings_file_enables_the_sampling_event_at_the_interval_and_the_settings_event() throws Exception {
        Path jfc = dir.resolve("check.jfc");
        JfrRecording.writeSettings(new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU, 20_000_000L, false),
                jfc);
        var settings = Configuration.create(jfc).getSettings();
        assertEquals("true", settings.get("jdk.ExecutionSample#enabled"));
        assertEquals("20 ms", settings.get("jdk.ExecutionSample#period"));
        assertEquals("true", settings.get("jdk.ActiveSetting#enabled"));
        assertEquals(3, settings.size(), settings.toString());
    }

    @Test
    void a_jfr_recording_describes_its_engine_event_and_interval() throws Exception {
        SampleData p = RecordingReader.read(recording, false, 7);
        SamplerInfo s = p.sampler();
        assertEquals(SamplingEngine.JFR, s.engine());
        assertEquals(SamplingEvent.CPU, s.event());
        assertEquals("jdk.ExecutionSample", s.sampler());
        assertEquals(ThreadScope.WORKLOAD, s.threads());
        assertEquals(2_000_000L, s.intervalNanos());
        assertEquals("test.jfr", s.recording());
        assertTrue(p.totalSamples() > 10, "samples: " + p.totalSamples());
        Frame spin = p.frames().stream().filter(k -> k.method().method().equals("spin")).findFirst().orElseThrow();
        assertEquals("workbench.sampling.RecordingReaderTest", spin.method().className());
        assertEquals("(J)J", spin.method().descriptor());
        assertEquals("workbench/sampling/RecordingReaderTest.java", spin.source().path());
    }

    @Test
    void a_truncated_recording_gives_one_clear_line() throws Exception {
        byte[] bytes = Files.readAllBytes(recording);
        for (int length : new int[] {10, 100, bytes.length / 3, bytes.length / 2, bytes.length - 1}) {
            Path cut = dir.resolve("cut-" + length + ".jfr");
            Files.write(cut, Arrays.copyOf(bytes, length));
            RecordingException e = assertThrows(RecordingException.class, () -> RecordingReader.read(cut, false, 1));
            assertEquals("cannot read recording " + cut + ": it is truncated (was the JVM killed before it finished"
                    + " writing?)", e.getMessage());
        }
    }

    @Test
    void a_file_that_is_not_a_recording_gives_one_clear_line() throws Exception {
        Path text = dir.resolve("notes.jfr");
        Files.writeString(text, "these are not the samples you are looking for\n");
        String m = assertThrows(RecordingException.class, () -> RecordingReader.read(text, false, 1)).getMessage();
        assertTrue(m.startsWith("cannot read recording " + text + ": not a valid JFR file ("), m);
        assertEquals(1, m.lines().count(), m);
    }

    @Test
    void a_missing_recording_says_so() {
        Path missing = dir.resolve("none.jfr");
        assertEquals("cannot read recording " + missing + ": no such file",
                assertThrows(RecordingException.class, () -> RecordingReader.read(missing, false, 1)).getMessage());
    }

    @Test
    void settings_values_in_jfr_and_async_profiler_notation_parse() {
        assertEquals(1_000_000L, RecordingReader.parseOr("1 ms", 5));
        assertEquals(1_000_000L, RecordingReader.parseOr("1000000", 5));
        assertEquals(1_000_000L, RecordingReader.parseOr("1000/s", 5));
        assertEquals(5L, RecordingReader.parseOr("off", 5));
        assertEquals(5L, RecordingReader.parseOr(null, 5));
    }
}
