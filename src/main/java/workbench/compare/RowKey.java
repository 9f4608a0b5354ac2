package workbench.compare;

import workbench.model.BlockingCalls;
import workbench.model.Frame;

/**
 * A row of a comparison: its identity (a {@code MethodId} for a function, a {@code LineId} for a line) and a frame to
 * name it by. Two runs' rows match on identity alone, so a function whose first line moved is still one row.
 *
 * @param identity what the row is
 * @param display  how it is named (the report's labels read it)
 */
public record RowKey(Object identity, Frame display) {

    /**
     * @return whether the row is one of the JDK's blocking calls ({@code "waiting"} in {@code compare --json}): under
     *     the wall clock its time is waiting, not work
     */
    public boolean isWaiting() {
        return BlockingCalls.isBlocking(display.method());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && k.identity.equals(identity);
    }

    @Override
    public int hashCode() {
        return identity.hashCode();
    }
}
