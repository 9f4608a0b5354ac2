package workbench.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.Mode;
import workbench.session.HybridRecorder;
import workbench.session.ModeRecorder;

class ConfigurationTest {

    @Test
    void every_profiled_configuration_gets_its_recorder_from_its_modes_descriptor() {
        for (Configuration c : Configuration.values()) {
            boolean profiled = c != Configuration.PLAIN && c != Configuration.JFR_OFF && !c.python();
            if (profiled) assertTrue(c.recorder() != null, c.cliName());
            else assertThrows(IllegalArgumentException.class, c::recorder, c.cliName());
        }
    }

    @Test
    void the_hybrid_is_the_deterministic_mode_with_times_from_async_profiler_at_1ms() {
        ModeRecorder r = Configuration.HYBRID.recorder();
        assertInstanceOf(HybridRecorder.class, r);
        assertEquals(Mode.DETERMINISTIC, r.mode());
        Map<String, String> s = r.settings();
        assertEquals("sampled", s.get("timing"));
        assertEquals("async", s.get("engine"));
        assertEquals("1ms", s.get("interval"));
        assertEquals("call", Configuration.HYBRID.event());
        assertTrue(Configuration.HYBRID.shares().functions());
        assertEquals(Configuration.HYBRID, Configuration.ofLabel("deterministic hybrid"));
    }

    @Test
    void the_reference_samples_every_10ms_with_c1_only() {
        Map<String, String> s = Configuration.REFERENCE.recorder().settings();
        assertEquals(List.of("async", "10ms", "c1"), List.of(s.get("engine"), s.get("interval"), s.get("jit")));
        assertEquals("1ms", Configuration.JFR_1MS.recorder().settings().get("interval"));
        assertEquals("jfr", Configuration.JFR_1MS.recorder().settings().get("engine"));
        assertEquals("hits", Configuration.LINE_HITS.recorder().settings().get("timing"));
        assertEquals("sampled", Configuration.LINE_SAMPLED.recorder().settings().get("timing"));
    }

    @Test
    void the_hybrid_is_its_own_row_named_on_its_own() {
        assertEquals(List.of(Configuration.PLAIN, Configuration.HYBRID, Configuration.REFERENCE),
                Configuration.parse(List.of("hybrid")));
        assertEquals(List.of(Configuration.PLAIN, Configuration.DETERMINISTIC, Configuration.REFERENCE),
                Configuration.parse(List.of("deterministic")));
        assertTrue(Configuration.selectable().contains(Configuration.HYBRID));
    }
}
