package workbench.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The history's chart: SVG that parses as XML with the share line and, when there is a change point, its marker.
 * As in {@code SweepChartTest}, series are counted by their 2-pixel strokes, one colour each (XChart draws text as
 * glyph outlines): a line of k points is k - 1 segments in the plot, plus one in the legend.
 */
class HistoryChartTest {

    private static final Pattern STROKE = Pattern.compile("stroke:(rgb\\([0-9,]+\\))");

    @TempDir
    Path dir;

    private Map<String, Integer> lines(History h) throws Exception {
        Path svg = dir.resolve("history.svg");
        HistoryChart.write(h, svg);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // no network
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        Map<String, Integer> lines = new TreeMap<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String style = ((Element) all.item(i)).getAttribute("style");
            Matcher m = STROKE.matcher(style);
            if (!m.find() || style.contains("rgb(130,130,130)")) continue; // the grid and axes
            if (style.contains("stroke-width:2")) lines.merge(m.group(1), 1, Integer::sum);
        }
        return lines;
    }

    @Test
    void a_step_draws_the_share_line_and_the_change_point() throws Exception {
        History h = History.of(Stores.series(5), Selector.function("Data.randint"));
        Map<String, Integer> lines = lines(h);
        // 8 run sets: 7 segments and the legend's; the change point: one vertical segment and the legend's
        assertEquals(List.of(2, 8), lines.values().stream().sorted().toList(), lines.toString());
    }

    @Test
    void a_flat_history_draws_the_share_line_alone() throws Exception {
        History h = History.of(Stores.series(-1), Selector.function("Data.randint"));
        Map<String, Integer> lines = lines(h);
        assertEquals(List.of(8), List.copyOf(lines.values()), lines.toString());
    }

    @Test
    void png_on_request() throws Exception {
        Path png = dir.resolve("history.png");
        HistoryChart.write(History.of(Stores.series(5), Selector.function("Data.randint")), png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(png), 4));
    }
}
