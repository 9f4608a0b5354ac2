package workbench.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import workbench.io.ChartFiles;
import workbench.overhead.StudyFigures;

/**
 * The overhead study's slowdowns as a bar chart (XChart, SVG): one bar per configuration at its median slowdown
 * against its baseline, and its 95 % interval as a whisker. The interval of a ratio is not symmetric about it, and
 * XChart's error bars are; so the whisker is a second, invisible series centred on the interval, whose error bar
 * spans exactly from its lower to its upper end. A dashed line marks 1x.
 */
final class OverheadChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;

    private OverheadChart() {
    }

    /**
     * @param figures the study's figures
     * @return the chart, {@code null} when no configuration has a slowdown yet
     */
    static CategoryChart chart(StudyFigures figures) {
        List<String> names = new ArrayList<>();
        List<Double> value = new ArrayList<>();
        List<Double> middle = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        for (StudyFigures.Row r : figures.rows()) {
            if (!r.slowdown().isKnown()) continue;
            names.add(r.config() == null ? r.label() : r.config().cliName());
            value.add(r.slowdown().value());
            boolean interval = Double.isFinite(r.slowdown().lower()) && Double.isFinite(r.slowdown().upper());
            double lo = interval ? r.slowdown().lower() : r.slowdown().value();
            double hi = interval ? r.slowdown().upper() : r.slowdown().value();
            middle.add((lo + hi) / 2);
            half.add((hi - lo) / 2);
        }
        if (names.isEmpty()) return null;
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("slowdown against plain (median own time ratio, 95% interval)")
                .xAxisTitle("configuration").yAxisTitle("slowdown (x)").build();
        CategoryStyler s = chart.getStyler();
        s.setOverlapped(true);
        s.setLegendVisible(false);
        s.setXAxisLabelRotation(30);
        s.setYAxisMin(0.0);
        s.setChartBackgroundColor(Color.WHITE);
        s.setErrorBarsColor(Color.BLACK);
        CategorySeries bars = chart.addSeries("slowdown", names, value);
        bars.setFillColor(new Color(90, 130, 200));
        CategorySeries whiskers = chart.addSeries("95% interval", names, middle, half);
        whiskers.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        whiskers.setMarker(SeriesMarkers.NONE);
        whiskers.setLineStyle(new BasicStroke(0f));
        // 1x, no cost: a bar whose whisker crosses it is not told apart from plain
        CategorySeries none = chart.addSeries("1x", names, Collections.nCopies(names.size(), 1.0));
        none.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        none.setMarker(SeriesMarkers.NONE);
        none.setLineColor(Color.GRAY);
        none.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 4f}, 0f));
        return chart;
    }

    /**
     * @param figures the study's figures
     * @return the chart as an inline {@code <svg>} element, {@code ""} when there is nothing to draw
     */
    static String svg(StudyFigures figures) {
        CategoryChart chart = chart(figures);
        if (chart == null) return "";
        try {
            return ChartFiles.inlineSvg(chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
