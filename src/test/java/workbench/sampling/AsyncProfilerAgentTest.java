package workbench.sampling;

import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsyncProfilerAgentTest {

    @Test
    void the_jar_has_libraries_for_linux_x64_and_arm64_only() {
        assertEquals(Optional.of("linux-x64"), AsyncProfilerAgent.platform("Linux", "amd64"));
        assertEquals(Optional.of("linux-arm64"), AsyncProfilerAgent.platform("Linux", "aarch64"));
        assertEquals(Optional.empty(), AsyncProfilerAgent.platform("Mac OS X", "aarch64"));
        assertEquals(Optional.empty(), AsyncProfilerAgent.platform("Windows 11", "amd64"));
        assertEquals(Optional.empty(), AsyncProfilerAgent.platform("Linux", "ppc64le"));
    }

    @Test
    void cpu_uses_user_space_perf_events_where_kernel_sampling_is_refused() {
        assertEquals("event=cpu", AsyncProfilerAgent.eventOption(SamplingEvent.CPU, false));
        assertEquals("event=cpu-clock,alluser", AsyncProfilerAgent.eventOption(SamplingEvent.CPU, true));
        assertEquals("event=wall", AsyncProfilerAgent.eventOption(SamplingEvent.WALL, true));
        assertEquals("event=itimer", AsyncProfilerAgent.eventOption(SamplingEvent.ITIMER, false));
    }

    @Test
    void the_agent_starts_at_once_and_writes_jfr_at_exit() {
        String option = AsyncProfilerAgent.jvmOption(Path.of("/lib/libasyncProfiler.so"),
                new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.WALL, 2_000_000L, false),
                Path.of("/tmp/run/out.jfr"));
        assertEquals("-agentpath:/lib/libasyncProfiler.so=start,event=wall,interval=2000000,jfr,quiet,"
                + "file=/tmp/run/out.jfr", option);
    }

    @Test
    void the_library_is_extracted_from_the_jar_on_this_platform(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        if (AsyncProfilerAgent.platform(System.getProperty("os.name"), System.getProperty("os.arch")).isEmpty()) {
            return;
        }
        Path lib = AsyncProfilerAgent.extractLibrary(dir);
        assertTrue(java.nio.file.Files.size(lib) > 100_000, "size of " + lib);
    }
}
