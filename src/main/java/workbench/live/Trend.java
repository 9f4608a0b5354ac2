package workbench.live;

/** How a function's share of the last interval moved against the interval before it. */
public enum Trend {
    /** Up by at least {@link LiveTable#TREND_POINTS} percentage points. */
    RISING("\u2191"),
    /** Down by at least that much. */
    FALLING("\u2193"),
    /** Within that of the interval before. */
    STEADY(" "),
    /** Not seen in the interval before. */
    NEW("+");

    private final String arrow;

    Trend(String arrow) {
        this.arrow = arrow;
    }

    /** @return the mark drawn beside the share */
    public String arrow() {
        return arrow;
    }
}
