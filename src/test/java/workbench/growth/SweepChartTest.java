package workbench.growth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import workbench.model.SweepStudy;

/**
 * The chart: SVG that parses as XML, one legend entry per variant and mode. XChart draws text as glyph outlines, so
 * the series are counted by what it does emit: a series' line is a 2-pixel stroke in its own colour, drawn in the
 * plot and once in the legend; the interval bands are dashed 1-pixel strokes, left out of the legend.
 */
class SweepChartTest {

    private static final Pattern STROKE = Pattern.compile("stroke:(rgb\\([0-9,]+\\))");

    @TempDir
    Path dir;

    @Test
    void the_svg_parses_and_has_one_line_and_one_legend_entry_per_series() throws Exception {
        SweepStudy s = Sweeps.growing(List.of(1000, 10000, 100000), List.of("boxed", "fused", "primitive"),
                List.of("plain", "sampling"), 3, 1.0, 1.0, 0.9);
        Path svg = dir.resolve("chart.svg");
        SweepChart.write(s, svg);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // no network
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> bands = new HashMap<>();
        NodeList paths = doc.getElementsByTagName("*"); // a line of two points is a <line>, of more a <path>
        for (int i = 0; i < paths.getLength(); i++) {
            String style = ((Element) paths.item(i)).getAttribute("style");
            Matcher m = STROKE.matcher(style);
            if (!m.find() || style.contains("rgb(130,130,130)")) continue; // the grid and axes
            if (style.contains("stroke-width:2")) lines.merge(m.group(1), 1, Integer::sum);
            else if (style.contains("stroke-dasharray:4,4")) bands.merge(m.group(1), 1, Integer::sum);
        }
        assertEquals(6, lines.size(), lines.toString()); // 3 variants x 2 modes, a colour each
        // VectorGraphics2D writes a polyline as one <line> per segment: 2 segments between 3 sizes, plus the legend's
        lines.values().forEach(n -> assertEquals(2 + 1, n, "the plot's line and the legend's: " + lines));
        assertEquals(lines.keySet(), bands.keySet());
        bands.values().forEach(n -> assertEquals(2 * 2, n, "lower and upper, not in the legend: " + bands));
    }

    @Test
    void png_on_request_and_only_svg_or_png_supported() throws Exception {
        SweepStudy s = Sweeps.growing(List.of(1000, 10000), List.of("boxed"), List.of("plain"), 2, 1.0);
        Path png = dir.resolve("chart.png");
        SweepChart.write(s, png);
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);
        assertTrue(SweepChart.supported(Path.of("a.SVG")));
        assertFalse(SweepChart.supported(Path.of("a.pdf")));
    }
}
