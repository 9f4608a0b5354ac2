package workbench.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live view's model: successive readings of a running JVM's counts in, one {@link LiveFrame} per reading out,
 * with the last interval's shares and rates taken as the difference of two readings and each share's trend against
 * the interval before. Nothing here knows of terminals.
 */
public final class LiveTable {

    /** A share must move by this many percentage points between intervals to get an arrow. */
    public static final double TREND_POINTS = 1.0;

    private LiveCounts first;
    private LiveCounts previous;
    private Map<String, Double> previousShares = Map.of();
    private int refresh;

    /**
     * @param now the latest reading; counts since the start, never fewer than the reading before
     * @return the refresh it makes
     */
    public LiveFrame update(LiveCounts now) {
        refresh++;
        if (first == null) first = now;
        LiveCounts before = previous == null ? LiveCounts.none(now.atNanos()) : previous;
        long interval = now.atNanos() - before.atNanos();
        long eventsLast = now.events() - before.events();
        double seconds = interval / 1e9;
        Map<String, Double> shares = new HashMap<>();
        List<LiveRow> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : now.total().entrySet()) {
            String function = e.getKey();
            long own = now.own().getOrDefault(function, 0L);
            long ownLast = own - before.own().getOrDefault(function, 0L);
            double last = share(ownLast, eventsLast);
            shares.put(function, last);
            rows.add(new LiveRow(function, last, share(own, now.events()), share(e.getValue(), now.events()),
                    seconds > 0 ? ownLast / seconds : 0, own, trend(previousShares.get(function), last)));
        }
        LiveFrame frame = new LiveFrame(refresh, now.atNanos() - first.atNanos(), previous == null ? 0 : interval,
                now.events(), seconds > 0 && previous != null ? eventsLast / seconds : 0, now.lost(),
                now.lost() - before.lost(), rows);
        // an interval with no events says nothing of the shares: the next one is compared with the last that did
        if (eventsLast > 0) previousShares = shares;
        previous = now;
        return frame;
    }

    private static double share(long part, long whole) {
        return whole > 0 ? (double) part / whole : 0;
    }

    /**
     * @param before the share in the interval before, {@code null} when the function was not seen then
     * @param now    the share in the last interval
     * @return the arrow
     */
    static Trend trend(Double before, double now) {
        if (before == null) return Trend.NEW;
        double points = (now - before) * 100;
        if (points >= TREND_POINTS) return Trend.RISING;
        if (points <= -TREND_POINTS) return Trend.FALLING;
        return Trend.STEADY;
    }
}
