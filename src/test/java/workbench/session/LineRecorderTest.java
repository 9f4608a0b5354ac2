package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.agent.AgentOptions;
import workbench.model.LineTiming;

class LineRecorderTest {

    @TempDir
    Path dir;

    @Test
    void the_recorders_agent_options_carry_the_functions_and_timing_to_the_agent() {
        LineRecorder recorder = new LineRecorder(List.of("Data.randint", "*.mean"), LineTiming.HITS);
        AgentOptions sent = recorder.agentOptions(dir.resolve("lines.wbl"));
        AgentOptions parsed = AgentOptions.parse(sent.toString());
        assertEquals(List.of("Data.randint", "*.mean"), parsed.functions());
        assertEquals("hits", parsed.timing());
        assertEquals(sent, parsed);
    }

    @Test
    void the_saved_settings_say_what_ran() {
        LineRecorder recorder = new LineRecorder(List.of("*.mean"), LineTiming.EXACT);
        assertEquals("*.mean", recorder.settings().get("functions"));
        assertEquals("exact", recorder.settings().get("timing"));
    }
}
