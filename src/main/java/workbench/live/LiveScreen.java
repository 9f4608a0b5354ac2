package workbench.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays a {@link LiveFrame} out as the screen's lines, as JLine's {@code Display} takes them: a header with the rates,
 * the keys, the column titles and as many rows as the height leaves room for, each cut to the width.
 */
public final class LiveScreen {

    private static final AttributedStyle BOLD = AttributedStyle.BOLD;
    private static final AttributedStyle INVERSE = AttributedStyle.INVERSE;
    private static final String COLUMNS = "  LAST%%    OWN%%  TOTAL%%  %9s  FUNCTION";

    private final String title;

    /** @param title what runs, on the first line (e.g. the program and the mode) */
    public LiveScreen(String title) {
        this.title = title;
    }

    /**
     * @param unit      what is counted; {@code null} while the JVM is not running yet
     * @param frame     the refresh to show; {@code null} before the first reading
     * @param sort      the rows' order
     * @param filter    the filter typed so far
     * @param filtering whether keys go to the filter now
     * @param width     the terminal's columns
     * @param height    the terminal's rows
     * @return the lines, at most {@code height}
     */
    public List<AttributedString> lines(LiveUnit unit, LiveFrame frame, LiveSort sort, String filter,
                                        boolean filtering, int width, int height) {
        List<AttributedString> lines = new ArrayList<>();
        long seconds = frame == null ? 0 : frame.elapsedNanos() / 1_000_000_000L;
        lines.add(styled(BOLD, String.format(Locale.ROOT, "workbench live  %s  %d:%02d  refresh %d", title,
                seconds / 60, seconds % 60, frame == null ? 0 : frame.refresh())));
        lines.add(new AttributedString(unit == null ? "waiting for the program to start..."
                : frame == null ? "waiting for the first " + unit.label() + "..."
                : String.format(Locale.ROOT, "%s/s %.0f   %s %d   lost %d (last interval %d)", unit.label(),
                frame.eventsPerSecond(), unit.label(), frame.events(), frame.lost(), frame.lostLast())));
        lines.add(keys(sort, filter, filtering));
        lines.add(styled(INVERSE, pad(String.format(Locale.ROOT, COLUMNS,
                (unit == null ? LiveUnit.SAMPLES : unit).label() + "/s"),
                width)));
        if (frame != null) {
            for (LiveRow r : frame.rows(sort, filter)) {
                if (lines.size() >= height - 1) break; // the last line stays free: the cursor rests there
                lines.add(new AttributedString(row(r)));
            }
        }
        List<AttributedString> cut = new ArrayList<>(lines.size());
        for (AttributedString l : lines) cut.add(l.columnSubSequence(0, width));
        return cut.subList(0, Math.min(cut.size(), Math.max(height, 1)));
    }

    /** @return one row's text: the last share with its arrow, the shares since the start, the rate and the name */
    static String row(LiveRow r) {
        return String.format(Locale.ROOT, "%s%6.1f  %6.1f  %6.1f  %9.0f  %s", r.trend().arrow(), r.lastShare() * 100,
                r.ownShare() * 100, r.totalShare() * 100, r.perSecond(), r.function());
    }

    private static AttributedString keys(LiveSort sort, String filter, boolean filtering) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append("sort: ");
        for (LiveSort s : LiveSort.values()) {
            b.style(s == sort ? INVERSE : AttributedStyle.DEFAULT).append(s.key() + " " + s.label());
            b.style(AttributedStyle.DEFAULT).append("  ");
        }
        b.append(filtering ? "filter (Enter ends): " : "/ filter: ");
        b.style(BOLD).append(filter).style(AttributedStyle.DEFAULT);
        if (filtering) b.style(INVERSE).append(" ").style(AttributedStyle.DEFAULT);
        b.append("   q quit view");
        return b.toAttributedString();
    }

    private static AttributedString styled(AttributedStyle style, String text) {
        return new AttributedString(text, style);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
