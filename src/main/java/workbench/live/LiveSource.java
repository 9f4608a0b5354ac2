package workbench.live;

import java.io.IOException;

/** Where a live view reads what a running JVM has recorded so far. */
public interface LiveSource {

    /** @return what is counted */
    LiveUnit unit();

    /**
     * @return the counts since the recording started
     * @throws IOException when the JVM cannot be read now (it may not be ready yet, or has ended); the view tries
     *                     again at the next refresh
     */
    LiveCounts read() throws IOException;
}
