package workbench.workload;

/** Runs the document's main: the data, then {@code runs} confidence intervals, reporting each as it completes. */
public final class Workload {

    /** Told about each run as it ends. */
    @FunctionalInterface
    public interface RunListener {
        /**
         * @param run          0-based run number
         * @param interval     its result
         * @param elapsedNanos its wall time
         */
        void onRun(int run, Interval interval, long elapsedNanos);
    }

    private Workload() {
    }

    /**
     * @param config   what to run
     * @param listener told about each run
     */
    public static void run(WorkloadConfig config, RunListener listener) {
        double[] data = config.data();
        Bootstrap bootstrap = config.variant().create(config.seed());
        for (int r = 0; r < config.runs(); r++) {
            long start = System.nanoTime();
            Interval interval = bootstrap.confidenceInterval(data, config.iterations(), config.alpha());
            listener.onRun(r, interval, System.nanoTime() - start);
        }
    }
}
