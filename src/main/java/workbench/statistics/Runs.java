package workbench.statistics;

/**
 * One row's two sets of repeated runs, A (the baseline) and B, as {@link Change#decideAll} takes them: e.g. one
 * function's seconds in each run of two builds. Larger values mean slower.
 *
 * @param a the baseline's values, finite and ≥ 0 (copied)
 * @param b the other side's values, finite and ≥ 0 (copied)
 */
public record Runs(double[] a, double[] b) {

    /**
     * @throws IllegalArgumentException if a value is negative or not finite
     */
    public Runs {
        RatioInterval.checkRunValues(a);
        RatioInterval.checkRunValues(b);
        a = a.clone();
        b = b.clone();
    }

    /** @return a copy of the baseline's values */
    @Override
    public double[] a() {
        return a.clone();
    }

    /** @return a copy of the other side's values */
    @Override
    public double[] b() {
        return b.clone();
    }
}
