package workbench.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import workbench.io.ChartFiles;
import workbench.statistics.MedianInterval;

/**
 * The history's chart: the row's share per run set (the median over its runs, in %) against the run set's index,
 * oldest first, and the change point (when there is one) as a vertical line at the first set after it. Written as
 * the sweep's chart is ({@link ChartFiles}: SVG unless the file ends in {@code .png}).
 */
public final class HistoryChart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;

    private HistoryChart() {
    }

    /**
     * @param h    the history
     * @param file {@code .svg} or {@code .png}
     * @throws IOException when it cannot be written
     */
    public static void write(History h, Path file) throws IOException {
        ChartFiles.write(chart(h), file);
    }

    /** The chart: the share line, and the change point's marker when there is one. */
    static XYChart chart(History h) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("share of " + h.label() + " (" + h.mode().cliName() + " " + h.measure().cliName()
                        + "), median over each run set's runs")
                .xAxisTitle("run set, oldest first (1 = " + h.entries().get(0).set().id() + ")")
                .yAxisTitle("share (%)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setYAxisMin(0.0);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < h.entries().size(); i++) {
            x.add(i + 1.0);
            y.add(100 * MedianInterval.of(h.entries().get(i).share()).value());
        }
        XYSeries share = chart.addSeries("share (%)", x, y);
        share.setMarker(SeriesMarkers.CIRCLE);
        Optional<ChangePoint> cp = ChangePoint.find(h.shares());
        if (cp.isPresent()) {
            double at = cp.get().index() + 1.0;
            double top = y.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            XYSeries mark = chart.addSeries("change point: " + cp.get().word() + " from "
                    + h.entries().get(cp.get().index()).set().id(), List.of(at, at), List.of(0.0, top));
            mark.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }
}
