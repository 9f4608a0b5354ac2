package workbench.live;

/**
 * One function of the live view.
 *
 * @param function   the function's name, {@code package.Class.method}
 * @param lastShare  its own share of the last interval's events (0 to 1)
 * @param ownShare   its own share of every event since the start
 * @param totalShare its share of the events since the start in which it was on the stack
 * @param perSecond  its own events per second over the last interval (for a deterministic run: calls per second)
 * @param own        its own events since the start
 * @param trend      how its last share moved against the interval before
 */
public record LiveRow(String function, double lastShare, double ownShare, double totalShare, double perSecond,
                      long own, Trend trend) {
}
