package workbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    @Test
    void the_string_the_driver_builds_parses_back_to_the_same_options() {
        AgentOptions o = new AgentOptions("trace", "/tmp/x.wbt", List.of("a.*", "b.C#run"), List.of("a.B"), false);
        assertEquals(o, AgentOptions.parse(o.toString()));
    }

    @Test
    void the_hybrid_mode_travels_without_calibration() {
        AgentOptions o = new AgentOptions(AgentOptions.HYBRID, "/tmp/x.wbt", List.of("a.*"), List.of(), false);
        assertEquals("mode=hybrid,output=/tmp/x.wbt,include=a.*,calibrate=false", o.toString());
        assertEquals(o, AgentOptions.parse(o.toString()));
    }

    @Test
    void defaults_are_trace_mode_with_calibration() {
        AgentOptions o = AgentOptions.parse(null);
        assertEquals(AgentOptions.TRACE, o.mode());
        assertTrue(o.calibrate());
        assertTrue(o.includes().isEmpty());
    }

    @Test
    void unknown_keys_modes_and_values_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("color=red"));
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("mode=magic"));
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("calibrate=maybe"));
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("output"));
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("mode=line,timing=sampled"));
        assertThrows(IllegalArgumentException.class,
                () -> new AgentOptions("trace", "/tmp/a,b/x.wbt", List.of(), List.of(), true));
    }

    @Test
    void the_call_tree_limit_travels_in_the_option_string_and_is_off_by_default() {
        assertEquals(0, AgentOptions.parse(null).paths());
        AgentOptions o = new AgentOptions("trace", "/tmp/x.wbt", List.of(), List.of(), true).withPaths(1000);
        assertTrue(o.toString().contains(",paths=1000"), o.toString());
        assertEquals(o, AgentOptions.parse(o.toString()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AgentOptions.parse("paths=many"));
        assertEquals("paths must be a whole number, got 'many'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("paths=-1"));
    }

    @Test
    void the_checkpoint_period_travels_in_the_option_string_and_is_a_second_by_default() {
        assertEquals(1000, AgentOptions.parse(null).checkpointMillis());
        AgentOptions o = new AgentOptions("trace", "/tmp/x.wbt", List.of(), List.of(), true).withCheckpoint(0);
        assertTrue(o.toString().contains(",checkpoint=0"), o.toString());
        assertEquals(o, AgentOptions.parse(o.toString()));
        assertEquals(Path.of("/tmp/x.wbt.checkpoint"), AgentOptions.checkpointFile("/tmp/x.wbt"));
        assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("checkpoint=-5"));
    }

    @Test
    void line_settings_travel_in_the_option_string() {
        AgentOptions o = new AgentOptions("line", "/tmp/x.wbl", List.of(), List.of(), false,
                List.of("Data.randint", "*Bootstrap.mean"), "hits");
        assertEquals(o, AgentOptions.parse(o.toString()));
        AgentOptions defaults = AgentOptions.parse("mode=line");
        assertEquals(List.of(), defaults.functions());
        assertEquals(AgentOptions.EXACT, defaults.timing());
    }

    @Test
    void the_default_filter_takes_the_workload_and_leaves_the_jdk_and_the_workbench() {
        ClassFilter f = new ClassFilter(List.of(), List.of());
        assertTrue(f.instruments("workbench/workload/Data"));
        assertTrue(f.instruments("com/acme/App"));
        assertFalse(f.instruments("java/util/Random"));
        assertFalse(f.instruments("jdk/internal/misc/Unsafe"));
        assertFalse(f.instruments("workbench/cli/Main"));
        assertFalse(f.instruments("workbench/agent/rt/Tracer"));
    }

    @Test
    void includes_select_classes_and_methods_and_excludes_win() {
        ClassFilter f = new ClassFilter(List.of("com.acme.*", "org.x.Y#run*"), List.of("com.acme.Gen*", "*#toString"));
        assertTrue(f.instruments("com/acme/App"));
        assertTrue(f.instruments("com/acme/App", "main"));
        assertFalse(f.instruments("com/acme/App", "toString"));
        assertFalse(f.instruments("com/acme/Generated"));
        assertTrue(f.instruments("org/x/Y", "runFast"));
        assertFalse(f.instruments("org/x/Y", "stop"));
        assertFalse(f.instruments("workbench/workload/Data"));
        // never the agent itself, even when asked
        assertFalse(new ClassFilter(List.of("workbench.*"), List.of()).instruments("workbench/agent/rt/Tracer"));
    }
}
