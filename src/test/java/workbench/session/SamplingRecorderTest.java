package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.sampling.SamplingSettings;

class SamplingRecorderTest {

    @TempDir
    Path dir;

    private static ChildJvm child() {
        return ChildJvm.sameJava().main("Main", List.of());
    }

    @Test
    void async_profiler_is_loaded_from_the_library_copied_into_the_work_directory() throws IOException {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        if (!os.startsWith("Linux") || !(arch.equals("amd64") || arch.equals("aarch64"))) return;
        ChildJvm child = child();
        new SamplingRecorder(new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.CPU, 1_000_000L, false),
                line -> { throw new AssertionError(line); }).configure(child, dir);
        String agent = child.command().get(1);
        assertTrue(agent.startsWith("-agentpath:" + dir.resolve("libasyncProfiler.so") + "=start,event=cpu"), agent);
        assertTrue(agent.endsWith(",interval=1000000,jfr,quiet,file=" + dir.resolve("recording.jfr")), agent);
    }

    @Test
    void where_async_profiler_has_no_library_jfr_samples_instead_with_one_notice() throws IOException {
        String os = System.getProperty("os.name");
        System.setProperty("os.name", "SunOS");
        List<String> notices = new ArrayList<>();
        ChildJvm child = child();
        SamplingRecorder recorder = new SamplingRecorder(new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.WALL,
                500_000L, false), notices::add);
        try {
            recorder.configure(child, dir);
        } finally {
            System.setProperty("os.name", os);
        }
        assertEquals(List.of("async-profiler has no library for SunOS/" + System.getProperty("os.arch")
                + "; sampling with JFR instead (event cpu, interval 1ms)"), notices);
        assertEquals(new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU, 1_000_000L, false),
                recorder.sampling());
        assertTrue(child.command().contains("-XX:StartFlightRecording=dumponexit=true,filename="
                + dir.resolve("recording.jfr") + ",settings=" + dir.resolve("sampling.jfc")), child.command()
                .toString());
        assertTrue(Files.readString(dir.resolve("sampling.jfc")).contains("<setting name=\"period\">1 ms</setting>"));
    }

    @Test
    void jfr_stands_in_with_cpu_samples_in_whole_milliseconds() {
        assertEquals(new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU, 10_000_000L, true),
                SamplingRecorder.jfrInstead(new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.ITIMER,
                        10_000_000L, true)));
        assertEquals(new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU, 2_000_000L, false),
                SamplingRecorder.jfrInstead(new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.CPU,
                        1_500_000L, false)));
    }

    @Test
    void a_child_that_left_no_recording_is_one_clear_error() {
        ChildJvm.Result died = new ChildJvm.Result(1, 1_000_000L, false, List.of("java"), -1);
        SamplingRecorder recorder = new SamplingRecorder(new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU,
                1_000_000L, false), line -> { });
        IOException e = assertThrows(IOException.class, () -> recorder.collect(dir, died, s -> dir.resolve("k" + s)));
        assertEquals("the profiled JVM left no recording (exit code 1)", e.getMessage());
    }
}
