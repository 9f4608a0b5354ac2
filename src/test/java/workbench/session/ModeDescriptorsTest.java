package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.Clock;
import workbench.model.FunctionData;
import workbench.model.JitMode;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.Mode;
import workbench.model.SampleData;
import workbench.model.HybridFunctionData;
import workbench.model.HybridLineData;
import workbench.sampling.SamplingSettings;

class ModeDescriptorsTest {

    private static final ModeOptions SAMPLED = ModeOptions.defaults().withTiming(LineTiming.SAMPLED);

    private static ModeRecorder recorder(Mode mode, ModeOptions o) {
        return ModeDescriptors.of(mode).recorder(o);
    }

    private static String refusal(Mode mode, ModeOptions o) {
        return assertThrows(IllegalArgumentException.class, () -> recorder(mode, o)).getMessage();
    }

    @Test
    void every_mode_has_one_descriptor_under_its_own_name() {
        for (Mode m : Mode.values()) {
            assertEquals(m, ModeDescriptors.of(m).mode());
            assertEquals(m.cliName(), ModeDescriptors.of(m).name());
        }
        assertEquals(Mode.values().length, ModeDescriptors.all().size());
    }

    @Test
    void each_recorder_records_its_descriptors_mode_and_data_kind() {
        ModeOptions exact = ModeOptions.defaults();
        assertInstanceOf(DeterministicRecorder.class, recorder(Mode.DETERMINISTIC, exact));
        assertEquals(FunctionData.class, ModeDescriptors.of(Mode.DETERMINISTIC).dataKind(exact));
        assertInstanceOf(HybridRecorder.class, recorder(Mode.DETERMINISTIC, SAMPLED));
        assertEquals(Mode.DETERMINISTIC, recorder(Mode.DETERMINISTIC, SAMPLED).mode());
        assertEquals(HybridFunctionData.class, ModeDescriptors.of(Mode.DETERMINISTIC).dataKind(SAMPLED));
        assertInstanceOf(SamplingRecorder.class, recorder(Mode.SAMPLING, SAMPLED));
        assertEquals(SampleData.class, ModeDescriptors.of(Mode.SAMPLING).dataKind(SAMPLED));
        assertInstanceOf(LineRecorder.class, recorder(Mode.LINE, exact.withTiming(LineTiming.HITS)));
        assertEquals(LineData.class, ModeDescriptors.of(Mode.LINE).dataKind(exact));
        assertInstanceOf(HybridRecorder.class, recorder(Mode.LINE, SAMPLED));
        assertEquals(Mode.LINE, recorder(Mode.LINE, SAMPLED).mode());
        assertEquals(HybridLineData.class, ModeDescriptors.of(Mode.LINE).dataKind(SAMPLED));
    }

    @Test
    void the_hybrid_saves_the_agents_settings_then_its_timing_then_the_samplers() {
        ModeOptions o = new ModeOptions(List.of("demo.*"), List.of(), false, 0, List.of(), LineTiming.SAMPLED,
                event -> SamplingSettings.of("jfr", "cpu", "10ms", false), JitMode.C2, line -> { });
        assertEquals(List.of("include", "timing", "engine", "event", "interval", "threads", "jit"),
                List.copyOf(recorder(Mode.DETERMINISTIC, o).settings().keySet()));
        Map<String, String> s = recorder(Mode.DETERMINISTIC, o).settings();
        assertEquals("demo.*", s.get("include"));
        assertEquals("sampled", s.get("timing"));
        assertEquals("jfr", s.get("engine"));
        assertEquals("10ms", s.get("interval"));
        Map<String, String> line = recorder(Mode.LINE, o.withSampling(SamplingSettings.of("jfr", "cpu", "10ms", false),
                JitMode.C1)).settings();
        assertEquals(List.of("functions", "timing", "engine", "event", "interval", "threads", "jit"),
                List.copyOf(line.keySet()));
        assertEquals("sampled", line.get("timing"));
        assertEquals("c1", line.get("jit"));
    }

    @Test
    void the_hybrids_times_are_sampled_on_the_clock_asked_for_unless_an_event_is_named() {
        for (Mode m : List.of(Mode.DETERMINISTIC, Mode.LINE)) {
            assertEquals("wall", recorder(m, SAMPLED).settings().get("event"), m.cliName());
            assertEquals("cpu", recorder(m, SAMPLED.withClock(Clock.CPU)).settings().get("event"), m.cliName());
        }
        assertEquals("cpu", recorder(Mode.SAMPLING, ModeOptions.defaults()).settings().get("event"));
        ModeOptions itimer = SAMPLED.withSampling(SamplingSettings.of("async", "itimer", "1ms", false), JitMode.C2);
        assertEquals("itimer", recorder(Mode.DETERMINISTIC, itimer.withClock(Clock.CPU)).settings().get("event"));
        ModeOptions wall = SAMPLED.withSampling(SamplingSettings.of("async", "wall", "1ms", false), JitMode.C2);
        assertEquals("--clock cpu samples CPU time: --event cpu, itimer or cpu-time, not wall",
                refusal(Mode.DETERMINISTIC, wall.withClock(Clock.CPU)));
        assertEquals("--clock is for --timing exact or sampled: --timing hits counts hits and reads no clock",
                refusal(Mode.LINE, ModeOptions.defaults().withTiming(LineTiming.HITS).withClock(Clock.CPU)));
        assertEquals("--clock is for --mode deterministic and line (what their times are); the sampling mode's clock"
                + " is its --event, cpu or wall", refusal(Mode.SAMPLING, ModeOptions.defaults().withClock(Clock.CPU)));
    }

    @Test
    void the_hybrids_agent_counts_without_a_clock_or_calibration() {
        DeterministicRecorder counts = DeterministicRecorder.counting(List.of("demo.*"), List.of());
        assertEquals("mode=hybrid,output=/tmp/t.wbt,include=demo.*,calibrate=false",
                counts.agentOptions(java.nio.file.Path.of("/tmp/t.wbt")).toString());
        assertEquals(Map.of("include", "demo.*"), counts.settings());
    }

    @Test
    void options_a_mode_cannot_take_are_refused_in_one_line() {
        ModeOptions raw = new ModeOptions(List.of(), List.of(), true, 0, List.of(), LineTiming.SAMPLED,
                SAMPLED.sampling(), JitMode.C2, line -> { });
        assertEquals("--raw is for the timed trace: sampled times have no probe cost to keep",
                refusal(Mode.DETERMINISTIC, raw));
        ModeOptions stacks = new ModeOptions(List.of(), List.of(), false, 100, List.of(), LineTiming.SAMPLED,
                SAMPLED.sampling(), JitMode.C2, line -> { });
        assertEquals("--stacks is for the timed trace: with --timing sampled the stacks are the samples'",
                refusal(Mode.DETERMINISTIC, stacks));
        assertEquals("--mode deterministic takes --timing exact or sampled, not hits",
                refusal(Mode.DETERMINISTIC, ModeOptions.defaults().withTiming(LineTiming.HITS)));
        ModeOptions alloc = SAMPLED.withSampling(SamplingSettings.of("jfr", "alloc", "1ms", false), JitMode.C2);
        assertEquals("--timing sampled takes its times from a time event (cpu, wall, itimer, cpu-time), not --event"
                + " alloc: that is for --mode sampling", refusal(Mode.LINE, alloc));
        assertInstanceOf(SamplingRecorder.class, recorder(Mode.SAMPLING, alloc));
    }

    @Test
    void only_a_sampler_of_lines_takes_other_compilers() {
        ModeOptions c1 = ModeOptions.defaults().withSampling(SamplingSettings.of("jfr", "cpu", "1ms", false),
                JitMode.C1);
        assertEquals(ModeOptions.JIT_REFUSAL, refusal(Mode.DETERMINISTIC, c1));
        assertEquals(ModeOptions.JIT_REFUSAL, refusal(Mode.DETERMINISTIC, c1.withTiming(LineTiming.SAMPLED)));
        assertEquals(ModeOptions.JIT_REFUSAL, refusal(Mode.LINE, c1));
        assertEquals("c1", recorder(Mode.LINE, c1.withTiming(LineTiming.SAMPLED)).settings().get("jit"));
        assertEquals("c1", recorder(Mode.SAMPLING, c1).settings().get("jit"));
    }

    @Test
    void a_flame_graph_needs_stacks_a_run_with_these_options_keeps() {
        ModeDescriptor det = ModeDescriptors.of(Mode.DETERMINISTIC);
        assertEquals("--flamegraph in deterministic mode needs call paths: add --stacks (exact calls per path) or"
                + " --timing sampled (sampled stacks)", det.flameGraphRefusal(ModeOptions.defaults()));
        assertNull(det.flameGraphRefusal(SAMPLED));
        assertNull(det.flameGraphRefusal(new ModeOptions(List.of(), List.of(), false, 10, List.of(),
                LineTiming.EXACT, SAMPLED.sampling(), JitMode.C2, line -> { })));
        assertNull(ModeDescriptors.of(Mode.SAMPLING).flameGraphRefusal(ModeOptions.defaults()));
        assertNull(ModeDescriptors.of(Mode.LINE).flameGraphRefusal(SAMPLED));
        assertEquals("--flamegraph needs stacks: --mode deterministic or sampling, or --timing sampled",
                ModeDescriptors.of(Mode.LINE).flameGraphRefusal(ModeOptions.defaults()));
    }

    @Test
    void another_modes_option_is_refused_with_what_to_use_instead() {
        assertEquals(List.of("--by", "--function"),
                List.copyOf(ModeDescriptors.of(Mode.DETERMINISTIC).refusedOptions().keySet()));
        assertEquals("--function is for --mode line; to choose what --mode sampling instruments use --include",
                ModeDescriptors.of(Mode.SAMPLING).refusedOptions().get("--function"));
        // the line mode's own options are all its; the deterministic mode's warm-up is not
        assertEquals(List.of("--warmup", "--warmup-at"),
                List.copyOf(ModeDescriptors.of(Mode.LINE).refusedOptions().keySet()));
        assertEquals("--warmup is for --mode deterministic: its exact counts are what leaves the warm-up out",
                ModeDescriptors.of(Mode.SAMPLING).refusedOptions().get("--warmup"));
    }

    @Test
    void a_program_supplies_what_is_instrumented_unless_the_options_say() {
        ProgramCommand program = new ProgramCommand(List.of(), List.of("."), null, "demo.Main", List.of(),
                List.of("demo.*"));
        ModeOptions filled = ModeOptions.defaults().forProgram(program);
        assertEquals(List.of("demo.*"), filled.includes());
        assertEquals(List.of("demo.Main.*"), filled.functions());
        ModeOptions asked = new ModeOptions(List.of("x.*"), List.of(), false, 0, List.of("x.Y.z"), LineTiming.EXACT,
                SAMPLED.sampling(), JitMode.C2, line -> { }).forProgram(program);
        assertEquals(List.of("x.*"), asked.includes());
        assertEquals(List.of("x.Y.z"), asked.functions());
        assertEquals(ModeOptions.defaults().includes(), ModeOptions.defaults().forProgram(null).includes());
    }

    @Test
    void the_sampler_is_asked_for_only_by_a_mode_that_samples() {
        ModeOptions bad = new ModeOptions(List.of(), List.of(), false, 0, List.of(), LineTiming.EXACT,
                event -> {
                    throw new IllegalStateException("asked");
                }, JitMode.C2, line -> { });
        assertInstanceOf(DeterministicRecorder.class, recorder(Mode.DETERMINISTIC, bad));
        assertInstanceOf(LineRecorder.class, recorder(Mode.LINE, bad));
        assertThrows(IllegalStateException.class, () -> recorder(Mode.SAMPLING, bad));
    }
}
