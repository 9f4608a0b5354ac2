package workbench.html;

import org.knowm.xchart.CategoryChart;
import workbench.overhead.StudyFigures;

/**
 * The overhead study's slowdowns as a bar chart: one bar per configuration at its median slowdown against its
 * baseline, its 95 % interval as a whisker, a dashed line at 1x ({@link IntervalBars}).
 */
final class OverheadChart {

    private OverheadChart() {
    }

    /**
     * @param figures the study's figures
     * @return the chart, {@code null} when no configuration has a slowdown yet
     */
    static CategoryChart chart(StudyFigures figures) {
        IntervalBars bars = new IntervalBars();
        for (StudyFigures.Row r : figures.rows()) {
            if (!r.slowdown().isKnown()) continue;
            bars.bar(r.config() == null ? r.label() : r.config().cliName(), r.slowdown().value(),
                    r.slowdown().lower(), r.slowdown().upper());
        }
        return bars.chart("slowdown against plain (median own time ratio, 95% interval)", "slowdown (x)", "slowdown",
                1.0, "1x");
    }

    /**
     * @param figures the study's figures
     * @return the chart as an inline {@code <svg>} element, {@code ""} when there is nothing to draw
     */
    static String svg(StudyFigures figures) {
        return IntervalBars.svg(chart(figures));
    }
}
