package workbench.model;

/**
 * One profiled run: the unit that is saved under {@code profiles/}, reported, compared and exported.
 *
 * <p>A run carries the data of the mode it was made with; the others are {@code null}. Keeping them side by
 * side in one record (rather than one type per mode) lets a later run combine them, e.g. line hits with sampled
 * line times.
 *
 * @param formatVersion the saved-run format's version, checked on load
 * @param run           what was run and how
 * @param functions     deterministic per-function statistics, or {@code null}
 * @param samples       sampled stacks, or {@code null}
 * @param lines         per-line hits and times, or {@code null}
 */
public record Profile(int formatVersion, RunInfo run, FunctionProfile functions, SampleProfile samples,
                      LineProfile lines) {

    /** The version this build writes and reads. Bump it whenever a field changes meaning or is removed. */
    public static final int FORMAT_VERSION = 1;

    /** @return a copy with the given run info */
    public Profile withRun(RunInfo newRun) {
        return new Profile(formatVersion, newRun, functions, samples, lines);
    }
}
