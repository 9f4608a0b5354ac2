package workbench.export;

/**
 * Why a format cannot be made from a run: its kind of data has nothing the format is made from, or this run did not
 * keep it (call paths, a recording). {@link ExportFormat} turns it into the one line the user reads.
 *
 * @param missing what the run did not keep, as in "kept no {@code missing}"; {@code ""} when it is the run's kind
 */
public record Refusal(String missing) {

    /** The run's kind of data has nothing this format is made from. */
    public static final Refusal KIND = new Refusal("");

    /**
     * @param what what the run did not keep, e.g. {@code call paths (profile with --stacks)}
     * @return the refusal
     */
    public static Refusal missing(String what) {
        if (what.isEmpty()) throw new IllegalArgumentException("say what the run did not keep");
        return new Refusal(what);
    }

    /** @return whether the run's kind, rather than this run, lacks what the format is made from */
    public boolean ofKind() {
        return missing.isEmpty();
    }
}
