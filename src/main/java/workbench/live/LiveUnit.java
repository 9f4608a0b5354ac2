package workbench.live;

/** What a live view counts: a sampler's samples, or the agent's exact calls or line hits. */
public enum LiveUnit {
    /** Samples of a sampling run: shares estimate where the time goes. */
    SAMPLES("samples"),
    /** Traced calls of a deterministic run: exact counts, shown as calls per second. */
    CALLS("calls"),
    /** Line hits of a line run: exact counts, shown as hits per second. */
    HITS("hits");

    private final String label;

    LiveUnit(String label) {
        this.label = label;
    }

    /** @return the unit's name in the view's header */
    public String label() {
        return label;
    }
}
