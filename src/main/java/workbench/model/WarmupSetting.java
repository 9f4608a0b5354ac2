package workbench.model;

/**
 * The saved settings of a deterministic run's warm-up ({@code profile --warmup}): how many runs were left out of the
 * counts and the method whose calls marked the runs. Here, beside the run they describe, so that {@code compare} can
 * refuse two runs whose counts start at different places: with and without the cold first runs, a function's time is
 * not the same quantity.
 */
public final class WarmupSetting {

    /** The saved setting that says how many warm-up runs were left out of the counts. */
    public static final String RUNS = "warm-up runs left out";
    /** The saved setting that names the method whose returns end the warm-up's runs. */
    public static final String AT = "warm-up ends at";

    private WarmupSetting() {
    }
}
