package workbench.sampling;

import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplingSettingsTest {

    @Test
    void intervals_take_ns_us_ms_and_s_and_a_bare_number_is_nanoseconds() {
        assertEquals(1_000_000L, SamplingSettings.parseInterval("1ms"));
        assertEquals(500_000L, SamplingSettings.parseInterval("500us"));
        assertEquals(2_000_000_000L, SamplingSettings.parseInterval("2s"));
        assertEquals(1_500_000L, SamplingSettings.parseInterval("1.5ms"));
        assertEquals(10_000_000L, SamplingSettings.parseInterval("10 ms"));
        assertEquals(250L, SamplingSettings.parseInterval("250ns"));
        assertEquals(999L, SamplingSettings.parseInterval("999"));
    }

    @Test
    void bad_intervals_are_refused_with_the_value() {
        for (String bad : new String[] {"", "ms", "1min", "-1ms", "0ms", "0.1ns", "2m", "61s"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SamplingSettings.parseInterval(bad), bad);
            assertEquals(true, e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void intervals_print_in_the_largest_whole_unit() {
        assertEquals("1ms", workbench.model.Durations.exact(1_000_000L));
        assertEquals("250us", workbench.model.Durations.exact(250_000L));
        assertEquals("2s", workbench.model.Durations.exact(2_000_000_000L));
        assertEquals("1500001ns", workbench.model.Durations.exact(1_500_001L));
    }

    @Test
    void combinations_the_engines_cannot_sample_are_refused() {
        assertEquals("JFR has no wall sampler; use --engine async for --event wall", refused("jfr", "wall", 17));
        assertEquals("JFR has no itimer sampler; use --engine async for --event itimer", refused("jfr", "itimer", 17));
        assertEquals("--event cpu-time needs Java 25 or later (JEP 509); this is Java 17",
                refused("jfr", "cpu-time", 17));
        assertEquals(true, refused("async", "cpu-time", 25).startsWith("--event cpu-time is JFR's CPU-time sampler"));
        assertEquals("JFR samples in whole milliseconds (1ms or more), got 500us",
                assertThrows(IllegalArgumentException.class, () -> new SamplingSettings(SamplingEngine.JFR,
                        SamplingEvent.CPU, 500_000L, false).check(17, "Linux")).getMessage());
        assertEquals("--event cpu-time needs Linux; this is Mac OS X", assertThrows(IllegalArgumentException.class,
                () -> new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU_TIME, 1_000_000L, false)
                        .check(25, "Mac OS X")).getMessage());
    }

    @Test
    void a_modes_event_not_named_is_the_nearest_the_engine_has() {
        for (SamplingEvent e : SamplingEvent.values()) {
            assertEquals(e, SamplingSettings.defaultEvent(SamplingEngine.ASYNC, e));
        }
        assertEquals(SamplingEvent.CPU, SamplingSettings.defaultEvent(SamplingEngine.JFR, SamplingEvent.WALL));
        assertEquals(SamplingEvent.CPU, SamplingSettings.defaultEvent(SamplingEngine.JFR, SamplingEvent.ITIMER));
        assertEquals(SamplingEvent.CPU_TIME, SamplingSettings.defaultEvent(SamplingEngine.JFR, SamplingEvent.CPU_TIME));
    }

    @Test
    void what_the_engines_can_sample_passes() {
        new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.WALL, 100_000L, false).check(17, "Linux");
        new SamplingSettings(SamplingEngine.ASYNC, SamplingEvent.ITIMER, 10_000_000L, true).check(17, "Linux");
        new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU, 10_000_000L, false).check(17, "Linux");
        new SamplingSettings(SamplingEngine.JFR, SamplingEvent.CPU_TIME, 1_000_000L, false).check(25, "Linux");
    }

    @Test
    void unknown_names_are_refused_with_the_choices() {
        assertEquals("unknown engine 'perf' (expected async or jfr)", assertThrows(IllegalArgumentException.class,
                () -> SamplingSettings.of("perf", "cpu", "1ms", false)).getMessage());
        assertEquals("unknown event 'lock' (expected cpu, wall, itimer, cpu-time or alloc)",
                assertThrows(IllegalArgumentException.class,
                        () -> SamplingSettings.of("async", "lock", "1ms", false)).getMessage());
    }

    private static String refused(String engine, String event, int java) {
        SamplingSettings s = new SamplingSettings(SamplingEngine.fromCliName(engine), SamplingEvent.fromCliName(event),
                1_000_000L, false);
        return assertThrows(IllegalArgumentException.class, () -> s.check(java, "Linux")).getMessage();
    }
}
