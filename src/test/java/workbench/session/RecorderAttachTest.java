package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.LineTiming;
import workbench.model.Mode;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.sampling.SamplingSettings;

/** Each recorder starts recording an attached JVM its own way; the session only lends it the means. */
class RecorderAttachTest {

    @TempDir
    Path dir;

    /** Writes down what a recorder asks of the attached JVM. */
    private static final class Calls implements AttachedJvm {
        final List<String> said = new ArrayList<>();

        @Override
        public long pid() {
            return 42;
        }

        @Override
        public Runnable startAgent(String options, Mode mode) {
            said.add("agent " + mode.cliName() + " " + options);
            return () -> said.add("stop agent");
        }

        @Override
        public void loadAgentPath(Path library, String options) {
            said.add("agentpath " + options);
        }

        @Override
        public void jcmd(String... words) {
            said.add("jcmd " + words[0]);
        }
    }

    @Test
    void an_agent_mode_loads_our_agent_with_its_own_options_and_raw_file() throws Exception {
        Calls vm = new Calls();
        Runnable stop = new LineRecorder(List.of("*.mean"), LineTiming.HITS).attach(vm, dir);
        stop.run();
        assertEquals(List.of("agent line mode=line,output=" + dir.resolve("lines.wbl").toAbsolutePath()
                + ",functions=*.mean,timing=hits,calibrate=false", "stop agent"), vm.said);
        Calls det = new Calls();
        new DeterministicRecorder(List.of("demo.*"), List.of(), false).attach(det, dir);
        assertEquals(List.of("agent deterministic mode=trace,output=" + dir.resolve("trace.wbt").toAbsolutePath()
                + ",include=demo.*,calibrate=true"), det.said);
    }

    @Test
    void jfr_records_an_attached_jvm_through_jcmd_and_stops_the_same_way() throws Exception {
        Calls vm = new Calls();
        SamplingRecorder recorder = new SamplingRecorder(new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU,
                1_000_000L, false), line -> { });
        assertNull(recorder.attachRefusal());
        recorder.attach(vm, dir).run();
        assertEquals(List.of("jcmd JFR.start", "jcmd JFR.stop"), vm.said);
    }

    @Test
    void the_hybrid_refuses_to_attach_before_anything_is_loaded() {
        ModeRecorder hybrid = HybridRecorder.deterministic(List.of(), List.of(),
                SamplingSettings.of("jfr", "cpu", "1ms", false), line -> { });
        String why = "--timing sampled is not available with --pid (it needs the JVM started with"
                + " -XX:+DebugNonSafepoints); use --timing exact";
        assertEquals(why, hybrid.attachRefusal());
        Calls vm = new Calls();
        assertEquals(why, assertThrows(AttachSession.AttachException.class, () -> hybrid.attach(vm, dir)).getMessage());
        assertEquals(List.of(), vm.said);
    }
}
