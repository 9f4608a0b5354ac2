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

/**
 * A bar per configuration at its estimate, its interval as a whisker, and a dashed line at the value that means
 * "right" (1x for a slowdown, 100 % for an accuracy): the overhead and accuracy studies' charts (XChart, SVG). An
 * interval need not be symmetric about its estimate, and XChart's error bars are; so the whisker is a second,
 * invisible series centred on the interval, whose error bar spans exactly from its lower to its upper end.
 */
final class IntervalBars {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;

    private final List<String> names = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<Double> middles = new ArrayList<>();
    private final List<Double> halves = new ArrayList<>();

    /**
     * @param name  the bar's name
     * @param value its estimate
     * @param lower its interval's lower end (not finite: no interval)
     * @param upper its interval's upper end
     * @return this
     */
    IntervalBars bar(String name, double value, double lower, double upper) {
        boolean interval = Double.isFinite(lower) && Double.isFinite(upper);
        double lo = interval ? lower : value;
        double hi = interval ? upper : value;
        names.add(name);
        values.add(value);
        middles.add((lo + hi) / 2);
        halves.add((hi - lo) / 2);
        return this;
    }

    /**
     * @param title     the chart's title
     * @param yTitle    the value axis's title
     * @param series    the bars' series name
     * @param right     where the dashed line goes
     * @param rightName its series name
     * @return the chart, {@code null} when it has no bar
     */
    CategoryChart chart(String title, String yTitle, String series, double right, String rightName) {
        if (names.isEmpty()) return null;
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("configuration").yAxisTitle(yTitle).build();
        CategoryStyler s = chart.getStyler();
        s.setOverlapped(true);
        s.setLegendVisible(false);
        s.setXAxisLabelRotation(30);
        s.setYAxisMin(0.0);
        s.setChartBackgroundColor(Color.WHITE);
        s.setErrorBarsColor(Color.BLACK);
        CategorySeries bars = chart.addSeries(series, names, values);
        bars.setFillColor(new Color(90, 130, 200));
        CategorySeries whiskers = chart.addSeries("95% interval", names, middles, halves);
        whiskers.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        whiskers.setMarker(SeriesMarkers.NONE);
        whiskers.setLineStyle(new BasicStroke(0f));
        // a bar whose whisker crosses the line is not told apart from it
        CategorySeries line = chart.addSeries(rightName, names, Collections.nCopies(names.size(), right));
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Color.GRAY);
        line.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 4f},
                0f));
        return chart;
    }

    /**
     * @param chart a chart, or {@code null}
     * @return it as an inline {@code <svg>} element, {@code ""} for none
     */
    static String svg(CategoryChart chart) {
        if (chart == null) return "";
        try {
            return ChartFiles.inlineSvg(chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
