package workbench.growth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import workbench.io.ChartFiles;
import workbench.model.SweepStudy;
import workbench.statistics.Estimate;

/**
 * The sweep's chart: own time against n × iterations on log–log axes, one line per series (variant and mode) with
 * its 95 % interval drawn as a dashed band of the same colour, and k in the legend. SVG (VectorGraphics2D through
 * XChart) unless the file ends in {@code .png}.
 */
public final class SweepChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;

    private SweepChart() {
    }

    /**
     * @param file a chart's file name
     * @return whether the name ends in a format the chart can be written in ({@code .svg}, {@code .png})
     */
    public static boolean supported(Path file) {
        return ChartFiles.supported(file);
    }

    /**
     * Writes the chart atomically.
     *
     * @param sweep the sweep, finished or not
     * @param file  {@code .svg} or {@code .png}
     * @throws IOException when it cannot be written
     */
    public static void write(SweepStudy sweep, Path file) throws IOException {
        ChartFiles.write(chart(sweep), file);
    }

    /**
     * @param sweep the sweep, finished or not
     * @return the chart as an inline {@code <svg>} element, for the HTML report
     */
    public static String svg(SweepStudy sweep) {
        try {
            return ChartFiles.inlineSvg(chart(sweep));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The chart itself: one legend entry per series; its bands are left out of the legend. */
    static XYChart chart(SweepStudy sweep) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("workload own time, " + sweep.repeat() + " run(s) per point (median, 95% interval dashed)")
                .xAxisTitle("n x iterations").yAxisTitle("own time (s)").build();
        Styler s = chart.getStyler();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        Color[] palette = s.getSeriesColors();
        int i = 0;
        for (SweepFigures.Series series : SweepFigures.of(sweep)) {
            List<Double> x = new ArrayList<>();
            List<Double> mid = new ArrayList<>();
            List<Double> lo = new ArrayList<>();
            List<Double> hi = new ArrayList<>();
            for (int p = 0; p < series.points().size(); p++) {
                Estimate e = series.own().get(p);
                if (!e.isKnown() || !(e.lower() > 0)) continue; // nothing a log axis can show
                x.add(series.points().get(p).work());
                mid.add(e.value());
                lo.add(e.lower());
                hi.add(e.upper());
            }
            if (x.isEmpty()) continue;
            Color c = palette[i++ % palette.length];
            Estimate k = series.exponent();
            String label = series.name() + (k.isKnown() ? String.format(Locale.ROOT, " (k = %.2f)", k.value()) : "");
            XYSeries line = chart.addSeries(label, x, mid);
            line.setLineColor(c);
            line.setMarkerColor(c);
            line.setMarker(SeriesMarkers.CIRCLE);
            for (List<Double> band : List.of(lo, hi)) {
                XYSeries b = chart.addSeries(label + (band == lo ? " lower" : " upper"), x, band);
                b.setLineColor(c);
                b.setMarker(SeriesMarkers.NONE);
                b.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {4f, 4f}, 0f));
                b.setShowInLegend(false);
            }
        }
        return chart;
    }
}
