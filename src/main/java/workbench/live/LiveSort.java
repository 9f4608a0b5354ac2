package workbench.live;

import java.util.Comparator;

/** The live view's sort orders, each with the key that selects it. */
public enum LiveSort {
    /** By own share since the start. */
    OWN('o', "own", Comparator.comparingDouble(LiveRow::ownShare)),
    /** By total (on-stack) share since the start. */
    TOTAL('t', "total", Comparator.comparingDouble(LiveRow::totalShare)),
    /** By own share in the last interval. */
    LAST('l', "last", Comparator.comparingDouble(LiveRow::lastShare));

    private final char key;
    private final String label;
    private final Comparator<LiveRow> largestFirst;

    LiveSort(char key, String label, Comparator<LiveRow> ascending) {
        this.key = key;
        this.label = label;
        // ties by name, so that equal rows keep their places from one refresh to the next
        this.largestFirst = ascending.reversed().thenComparing(LiveRow::function);
    }

    /** @return the key that selects this order */
    public char key() {
        return key;
    }

    /** @return its name in the view's key line */
    public String label() {
        return label;
    }

    /** @return the rows' order: largest first */
    public Comparator<LiveRow> order() {
        return largestFirst;
    }

    /**
     * @param key a key pressed
     * @return the order it selects, or {@code null} when it selects none
     */
    public static LiveSort ofKey(int key) {
        for (LiveSort s : values()) if (s.key == key) return s;
        return null;
    }
}
