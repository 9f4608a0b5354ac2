package workbench.statistics;

/** The U statistic's null distribution by brute force: every way to choose which n of n + m ranks are A's. */
final class RankSums {

    private RankSums() {
    }

    /** @return U = #{(i, j): a[i] &gt; b[j]} + ½ #{a[i] == b[j]} */
    static double u(double[] a, double[] b) {
        double u = 0;
        for (double x : a) {
            for (double y : b) u += x > y ? 1 : x == y ? 0.5 : 0;
        }
        return u;
    }

    /** @return how many of the C(n + m, n) splits give each value of U, indexed by U */
    static long[] counts(int n, int m) {
        long[] counts = new long[n * m + 1];
        enumerate(n, m, 0, n, 0, counts);
        return counts;
    }

    /**
     * Places A's values among positions {@code next..n+m-1} of the pooled order; each A value at position p
     * (0-based) is above the p - (A values already below it) B values.
     */
    private static void enumerate(int n, int m, int next, int left, int u, long[] counts) {
        if (left == 0) {
            counts[u]++;
            return;
        }
        for (int p = next; p <= n + m - left; p++) {
            int placedBefore = n - left;
            enumerate(n, m, p + 1, left - 1, u + (p - placedBefore), counts);
        }
    }
}
