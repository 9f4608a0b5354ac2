package workbench.model;

/**
 * One point of a sweep's grid: a variant under a mode at one size and number of iterations.
 *
 * @param variant    the workload's variant ({@code boxed}, ...)
 * @param mode       the configuration: {@code plain}, or a profiler as {@code overhead} names it
 * @param n          data values
 * @param iterations bootstrap resamples per run
 */
public record SweepPoint(String variant, String mode, int n, int iterations) {

    /** @return the series the point belongs to: one line of the chart, one column of the table */
    public String series() {
        return variant + " " + mode;
    }

    /** @return the work the bootstrap does, linear in both: n × iterations */
    public double work() {
        return (double) n * iterations;
    }

    /** @return the point's name in the order and the progress lines: {@code boxed plain n=1000 it=10} */
    public String key() {
        return series() + " n=" + n + " it=" + iterations;
    }
}
