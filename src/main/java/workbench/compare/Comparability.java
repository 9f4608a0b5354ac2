package workbench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import workbench.model.Clock;
import workbench.model.RunInfo;
import workbench.model.WarmupSetting;

/**
 * Whether two runs' numbers mean the same thing, checked before they are compared, each difference named.
 *
 * <p><b>Refusals</b> change what a row's number is, so that B/A says nothing about the program: another engine or
 * event (CPU against wall-clock samples), another thread scope, another JIT setting (c1 against c2 code is a
 * slowdown of its own), calibrated against raw timing, another line timing, another clock of the timed trace
 * (thread CPU against wall-clock times; a run saved before the clock was recorded was timed by the wall clock), or
 * another warm-up left out of the counts (the cold first runs in one side's times and not in the other's).
 * {@code compare} stops on them unless {@code --force}. <b>Warnings</b> leave the numbers comparable but a change may come from them rather than
 * from the program: the sampling interval, the JDK, the machine (host, cores, clock source), what was instrumented.
 *
 * @param refusals the differences that make the comparison meaningless, e.g. {@code event cpu -> wall}
 * @param warnings the differences that may explain a change
 */
public record Comparability(List<String> refusals, List<String> warnings) {

    /** Settings that change what the numbers are. */
    private static final List<String> REFUSED = List.of("engine", "event", "threads", "jit", "calibrated", "timing",
            WarmupSetting.RUNS, WarmupSetting.AT);
    /** Settings that change how the numbers were taken. */
    private static final List<String> WARNED = List.of("interval", "include", "exclude", "functions");

    public Comparability {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param a the baseline's first run
     * @param b the other side's first run
     * @return what differs
     */
    public static Comparability of(RunInfo a, RunInfo b) {
        List<String> refusals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (a.mode() != b.mode()) refusals.add("mode " + a.mode().cliName() + " -> " + b.mode().cliName());
        for (String k : REFUSED) setting(a, b, k, refusals);
        differ(Clock.SETTING, clock(a).cliName(), clock(b).cliName(), refusals);
        for (String k : WARNED) setting(a, b, k, warnings);
        differ("JDK", a.jvm().javaVersion(), b.jvm().javaVersion(), warnings);
        differ("VM", a.jvm().vmName(), b.jvm().vmName(), warnings);
        differ("host", a.jvm().host(), b.jvm().host(), warnings);
        differ("cores", Integer.toString(a.jvm().cores()), Integer.toString(b.jvm().cores()), warnings);
        differ("clock source", a.clock().source(), b.clock().source(), warnings);
        return new Comparability(refusals, warnings);
    }

    private static Clock clock(RunInfo run) {
        return Clock.ofSetting(run.settings().get(Clock.SETTING));
    }

    private static void setting(RunInfo a, RunInfo b, String key, List<String> into) {
        String x = a.settings().get(key);
        String y = b.settings().get(key);
        if (!Objects.equals(x, y)) into.add(key + " " + (x == null ? "(none)" : x) + " -> " + (y == null ? "(none)" : y));
    }

    private static void differ(String what, String x, String y, List<String> into) {
        if (!Objects.equals(x, y)) into.add(what + " " + x + " -> " + y);
    }
}
