package workbench.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embeds a flame graph page (async-profiler's converter HTML, its own script and canvas) in the report: an
 * {@code iframe} whose {@code srcdoc} holds the whole page, escaped, so the report stays one file and the graph
 * keeps its own document (its script's globals and styles do not meet the report's), under the report's policy (a
 * {@code srcdoc} frame inherits it: nothing is fetched). Not sandboxed: in a sandbox's opaque origin the converter's
 * script draws nothing (seen in chromium 156). The page goes in {@code data-srcdoc} and the report's script moves it
 * to {@code srcdoc} when its tab is first shown: the converter sizes its canvas once, when it loads, and a frame
 * loaded in a hidden tab would have no width to draw in.
 */
final class FlameFrame {

    /** The converter sizes its canvas to the graph's depth: {@code #canvas {width: 100%; height: 848px}}. */
    private static final Pattern CANVAS = Pattern.compile("#canvas \\{[^}]*height: (\\d+)px");
    /** Room above the canvas for the graph's title and buttons, and below it for its status line. */
    private static final int CHROME = 80;
    private static final int FALLBACK = 600;

    private FlameFrame() {
    }

    /**
     * @param title what the frame shows, for screen readers and the tooltip
     * @param page  the flame graph's HTML
     * @return the {@code iframe} element
     */
    static String html(String title, String page) {
        // the frame is as tall as the graph, since the converter draws the root at the canvas's bottom
        Matcher m = CANVAS.matcher(page);
        int height = m.find() ? Integer.parseInt(m.group(1)) + CHROME : FALLBACK;
        return "<iframe class=\"flame\" style=\"height: " + height + "px\" title=\""
                + Html.escape(title) + "\" data-srcdoc=\""
                + Html.escape(page) + "\"></iframe>\n";
    }
}
