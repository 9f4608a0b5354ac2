package workbench.workload;

/**
 * The pivotal (basic) bootstrap interval: {@code lower = 2·mean − θ*[⌊it·(1−α/2)⌋]},
 * {@code upper = 2·mean − θ*[⌊it·α/2⌋]} over the sorted bootstrap means θ*.
 */
public final class Pivotal {

    private Pivotal() {
    }

    /**
     * The order-statistic index the formula names, clamped into the array.
     *
     * <p>When α is so small that {@code ⌊it·(1−α/2)⌋ = it} the formula points one past the last mean (the source
     * document's program would fail with an IndexError); we clamp it to the largest mean, which is the
     * most extreme bound these resamples can support.
     *
     * @param iterations number of bootstrap means
     * @param quantile   {@code 1 − α/2} or {@code α/2}
     * @return {@code min(⌊iterations·quantile⌋, iterations − 1)}
     */
    public static int index(int iterations, double quantile) {
        return (int) Math.min(Math.floor(iterations * quantile), iterations - 1);
    }

    /**
     * @param sortedMeans the bootstrap means, ascending
     * @param mean        the sample mean
     * @param alpha       1 − confidence level, in (0, 1)
     * @param num         number of data values, carried into the result
     * @return the interval
     */
    public static Interval interval(double[] sortedMeans, double mean, double alpha, int num) {
        int it = sortedMeans.length;
        double lower = 2 * mean - sortedMeans[index(it, 1 - alpha / 2)];
        double upper = 2 * mean - sortedMeans[index(it, alpha / 2)];
        return new Interval(lower, upper, mean, num);
    }
}
