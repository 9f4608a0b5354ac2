package workbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.model.Frames.builtin;
import static workbench.model.Frames.java;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.model.FunctionData.ThreadFunctions;
import workbench.model.FunctionStats.CallerStats;

class FunctionDataTest {

    static final Frame MAIN = java("demo.Main", "main", "([Ljava/lang/String;)V", 3);
    static final Frame WORK = java("demo.Demo", "work", "(I)I", 5);
    static final Frame FIB = java("demo.Fib", "fib", "(I)I", 10);
    static final Frame NEXT = builtin("java.util.Random", "nextInt");

    /**
     * main calls work 4 times and fib once; fib calls itself 8 times; work calls nextInt 40 times. A worker thread
     * runs work twice more (4 nextInt calls), from its thread's root.
     */
    static FunctionData profile() {
        return new FunctionData(20.0, true, List.of(
                new ThreadFunctions("main", List.of(
                        new FunctionStats(MAIN, 1, 1, 10, 1_000, List.of()),
                        new FunctionStats(WORK, 4, 4, 300, 700, List.of(new CallerStats(MAIN, 4, 4, 300, 700))),
                        new FunctionStats(FIB, 9, 1, 200, 250, List.of(
                                new CallerStats(MAIN, 1, 1, 20, 250), new CallerStats(FIB, 8, 0, 180, 230))),
                        new FunctionStats(NEXT, 40, 40, 400, 400, List.of(new CallerStats(WORK, 40, 40, 400, 400))))),
                new ThreadFunctions("worker", List.of(
                        new FunctionStats(WORK, 2, 2, 50, 90, List.of()),
                        new FunctionStats(NEXT, 4, 4, 40, 40, List.of(new CallerStats(WORK, 4, 4, 40, 40)))))));
    }

    private static FunctionStats times(FunctionStats s, int k) {
        List<CallerStats> callers = new ArrayList<>();
        for (CallerStats c : s.callers()) {
            callers.add(new CallerStats(c.caller(), k * c.calls(), k * c.primitiveCalls(), k * c.totalNanos(),
                    k * c.cumulativeNanos()));
        }
        return new FunctionStats(s.function(), k * s.calls(), k * s.primitiveCalls(), k * s.totalNanos(),
                k * s.cumulativeNanos(), callers);
    }

    @Test
    void k_identical_profiles_merge_to_k_times_the_counts() {
        int k = 3;
        FunctionData one = profile();
        FunctionData sum = (FunctionData) ProfileData.merge(Collections.nCopies(k, one));
        assertEquals(List.of("main", "worker"), sum.threads().stream().map(ThreadFunctions::thread).toList());
        for (int t = 0; t < one.threads().size(); t++) {
            List<FunctionStats> expected = one.threads().get(t).functions().stream().map(s -> times(s, k)).toList();
            assertEquals(expected, sum.threads().get(t).functions(), one.threads().get(t).thread());
        }
        Map<MethodId, FunctionStats> byMethod = sum.byMethod();
        assertEquals(one.byMethod().keySet(), byMethod.keySet());
        one.byMethod().forEach((m, s) -> assertEquals(times(s, k), byMethod.get(m), m.toString()));
        assertEquals(new FunctionData.Totals(3 * 60, 3 * 52, 3 * 1_000), sum.totals());
        assertEquals(20.0, sum.overheadNanosPerCall());
        assertTrue(sum.calibrated());
    }

    @Test
    void merged_threads_add_up_a_method_and_its_callers() {
        List<FunctionStats> merged = profile().merged();
        assertEquals(List.of(MAIN, WORK, FIB, NEXT), merged.stream().map(FunctionStats::function).toList());
        assertEquals(new FunctionStats(WORK, 6, 6, 350, 790, List.of(new CallerStats(MAIN, 4, 4, 300, 700))),
                merged.get(1));
        assertEquals(new FunctionStats(NEXT, 44, 44, 440, 440, List.of(new CallerStats(WORK, 44, 44, 440, 440))),
                merged.get(3));
    }

    @Test
    void totals_are_pstats_header_sums_over_every_thread() {
        // calls 1 + 4 + 9 + 40 + 2 + 4, primitive 1 + 4 + 1 + 40 + 2 + 4, tottime 10 + 300 + 200 + 400 + 50 + 40
        assertEquals(new FunctionData.Totals(60, 52, 1_000), profile().totals());
    }

    @Test
    void the_overhead_of_a_sum_is_averaged_over_calls() {
        FunctionData a = new FunctionData(10.0, true, List.of(new ThreadFunctions("main",
                List.of(new FunctionStats(WORK, 100, 100, 0, 0, List.of())))));
        FunctionData b = new FunctionData(40.0, true, List.of(new ThreadFunctions("main",
                List.of(new FunctionStats(WORK, 300, 300, 0, 0, List.of())))));
        assertEquals(32.5, a.plus(b).overheadNanosPerCall(), 1e-9);
    }

    @Test
    void a_raw_profile_does_not_add_to_a_calibrated_one() {
        FunctionData raw = new FunctionData(20.0, false, profile().threads());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> profile().plus(raw));
        assertEquals("cannot add a calibrated profile to a raw one", e.getMessage());
    }

    @Test
    void two_classes_of_one_simple_name_stay_two_methods() {
        Frame a = java("a.Util", "run", "()V", 3);
        Frame b = java("b.Util", "run", "()V", 3);
        FunctionData p = new FunctionData(0, true, List.of(new ThreadFunctions("main", List.of(
                new FunctionStats(a, 2, 2, 20, 20, List.of()), new FunctionStats(b, 5, 5, 50, 50, List.of())))));
        FunctionData sum = p.plus(p);
        assertEquals(2, sum.merged().size());
        assertEquals(4, sum.byMethod().get(a.method()).calls());
        assertEquals(10, sum.byMethod().get(b.method()).calls());
    }

    @Test
    void diff_rows_match_methods_and_mark_the_ones_only_one_side_has() {
        FunctionData a = new FunctionData(0, true, List.of(new ThreadFunctions("main", List.of(
                new FunctionStats(MAIN, 1, 1, 10, 100, List.of()),
                new FunctionStats(WORK, 4, 4, 40, 60, List.of())))));
        FunctionData b = new FunctionData(0, true, List.of(new ThreadFunctions("main", List.of(
                new FunctionStats(WORK, 8, 8, 30, 50, List.of()),
                new FunctionStats(FIB, 9, 1, 5, 5, List.of())))));
        List<Diff.Row<MethodId, FunctionStats>> rows = a.diff(b);
        assertEquals(List.of(MAIN.method(), WORK.method(), FIB.method()), rows.stream().map(Diff.Row::key).toList());

        Diff.Row<MethodId, FunctionStats> removed = rows.get(0);
        assertEquals(1, removed.a().calls());
        assertNull(removed.b());
        assertTrue(removed.removed());
        assertEquals(false, removed.added());

        Diff.Row<MethodId, FunctionStats> both = rows.get(1);
        assertEquals(4, both.a().calls());
        assertEquals(8, both.b().calls());
        assertEquals(false, both.added());
        assertEquals(false, both.removed());

        Diff.Row<MethodId, FunctionStats> added = rows.get(2);
        assertNull(added.a());
        assertEquals(9, added.b().calls());
        assertTrue(added.added());
        assertEquals(false, added.removed());
    }

    @Test
    void diff_matches_a_method_whose_first_line_moved() {
        Frame moved = java("demo.Demo", "work", "(I)I", 42);
        FunctionData a = new FunctionData(0, true, List.of(new ThreadFunctions("main",
                List.of(new FunctionStats(WORK, 4, 4, 40, 60, List.of())))));
        FunctionData b = new FunctionData(0, true, List.of(new ThreadFunctions("main",
                List.of(new FunctionStats(moved, 8, 8, 30, 50, List.of())))));
        List<Diff.Row<MethodId, FunctionStats>> rows = a.diff(b);
        assertEquals(1, rows.size());
        assertEquals(42, rows.get(0).b().function().line());
    }

    @Test
    void callees_turn_the_callers_lists_around_as_pstats_calc_callees() {
        List<FunctionStats> stats = profile().threads().get(0).functions();
        Map<MethodId, List<CallerStats>> callees = FunctionData.callees(stats);
        assertEquals(List.of(MAIN.method(), FIB.method(), WORK.method()), List.copyOf(callees.keySet()));
        // each edge keeps its statistics, with the callee where the caller was
        assertEquals(List.of(new CallerStats(WORK, 4, 4, 300, 700), new CallerStats(FIB, 1, 1, 20, 250)),
                callees.get(MAIN.method()));
        assertEquals(List.of(new CallerStats(FIB, 8, 0, 180, 230)), callees.get(FIB.method()));
        assertEquals(List.of(new CallerStats(NEXT, 40, 40, 400, 400)), callees.get(WORK.method()));
        assertNull(callees.get(NEXT.method()), "nextInt called nothing");
    }
}
