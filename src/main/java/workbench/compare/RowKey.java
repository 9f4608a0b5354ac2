package workbench.compare;

import workbench.model.Frame;

/**
 * A row of a comparison: its identity (a {@code MethodId} for a function, a {@code LineId} for a line) and a frame to
 * name it by. Two runs' rows match on identity alone, so a function whose first line moved is still one row.
 *
 * @param identity what the row is
 * @param display  how it is named (the report's labels read it)
 */
public record RowKey(Object identity, Frame display) {

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && k.identity.equals(identity);
    }

    @Override
    public int hashCode() {
        return identity.hashCode();
    }
}
