package workbench.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankSumNullTest {

    @Test
    void the_exact_cdf_matches_counting_every_split() {
        for (int[] size : new int[][] {{1, 1}, {3, 3}, {4, 7}, {7, 4}, {10, 10}}) {
            int n = size[0];
            int m = size[1];
            long[] counts = RankSums.counts(n, m);
            long all = 0;
            for (long c : counts) all += c;
            long below = 0;
            for (int u = 0; u < counts.length; u++) {
                below += counts[u];
                assertEquals((double) below / all, RankSumNull.cdf(n, m, u), 1e-12, n + "," + m + " at U=" + u);
            }
        }
    }

    @Test
    void ten_runs_a_side_cut_at_the_24th_pair_for_95_percent() {
        // The textbook critical value for n = m = 10 at 5 % two-sided is U <= 23.
        RankSumNull.Cut cut = RankSumNull.cut(10, 10, 0.95);
        assertEquals(24, cut.k());
        long[] counts = RankSums.counts(10, 10);
        long below = 0;
        for (int u = 0; u <= 23; u++) below += counts[u];
        assertEquals(1 - 2.0 * below / 184_756, cut.level(), 1e-12);
        assertTrue(cut.level() >= 0.95 && cut.level() < 0.96, "level " + cut.level());
    }

    @Test
    void samples_too_small_for_the_level_use_the_whole_range_and_say_what_it_reaches() {
        RankSumNull.Cut cut = RankSumNull.cut(3, 3, 0.95);
        assertEquals(1, cut.k());
        assertEquals(1 - 2.0 / 20, cut.level(), 1e-12);
    }

    @Test
    void large_samples_use_the_normal_approximation_and_still_reach_the_level() {
        RankSumNull.Cut cut = RankSumNull.cut(60, 60, 0.95);
        assertTrue(cut.level() >= 0.95 && cut.level() < 0.952, "level " + cut.level());
        assertTrue(Math.abs(cut.k() - (1800 - 1.96 * Math.sqrt(3600.0 * 121 / 12))) < 2, "k " + cut.k());
    }
}
