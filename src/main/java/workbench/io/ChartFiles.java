package workbench.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes an XChart chart: SVG (VectorGraphics2D through XChart) unless the file ends in {@code .png}; atomically,
 * as every file the workbench writes. The sweep's chart and the history's share it.
 */
public final class ChartFiles {

    private ChartFiles() {
    }

    /**
     * @param file a chart's file name
     * @return whether the name ends in a format a chart can be written in ({@code .svg}, {@code .png})
     */
    public static boolean supported(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".svg") || n.endsWith(".png");
    }

    /**
     * @param chart the chart
     * @param file  {@code .png} for PNG, else SVG
     * @throws IOException when it cannot be written
     */
    public static void write(Chart<?, ?> chart, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BitmapEncoder.saveBitmap(chart, bytes, BitmapEncoder.BitmapFormat.PNG);
            AtomicFiles.write(file, bytes.toByteArray());
        } else {
            AtomicFiles.write(file, svg(chart));
        }
    }

    /**
     * @param chart the chart
     * @return its SVG document (the HTML report puts it inline)
     * @throws IOException when the encoder fails
     */
    public static byte[] svg(Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        return bytes.toByteArray();
    }

    /**
     * @param chart the chart
     * @return it as an {@code <svg>} element to put inside an HTML page (no XML declaration or doctype)
     * @throws IOException when the encoder fails
     */
    public static String inlineSvg(Chart<?, ?> chart) throws IOException {
        String doc = new String(svg(chart), java.nio.charset.StandardCharsets.UTF_8);
        int start = doc.indexOf("<svg"); // the XML declaration and doctype have no place inside HTML
        return start < 0 ? "" : doc.substring(start);
    }
}
