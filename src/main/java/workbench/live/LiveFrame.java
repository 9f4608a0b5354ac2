package workbench.live;

import java.util.List;
import java.util.Locale;

/**
 * One refresh of the live view: the figures of the header and every function's row, unsorted.
 *
 * @param refresh        its number, from 1
 * @param elapsedNanos   since the first reading
 * @param intervalNanos  the last interval's length (0 at the first reading)
 * @param events         every event so far
 * @param eventsPerSecond the last interval's events per second
 * @param lost           samples lost so far
 * @param lostLast       samples lost in the last interval
 * @param rows           one per function seen so far
 */
public record LiveFrame(int refresh, long elapsedNanos, long intervalNanos, long events, double eventsPerSecond,
                        long lost, long lostLast, List<LiveRow> rows) {

    public LiveFrame {
        rows = List.copyOf(rows);
    }

    /**
     * @param sort   the order
     * @param filter a substring the function's name must hold, case-insensitive ({@code ""}: every row)
     * @return the rows that pass the filter, in that order
     */
    public List<LiveRow> rows(LiveSort sort, String filter) {
        String f = filter.toLowerCase(Locale.ROOT);
        return rows.stream().filter(r -> f.isEmpty() || r.function().toLowerCase(Locale.ROOT).contains(f))
                .sorted(sort.order()).toList();
    }
}
