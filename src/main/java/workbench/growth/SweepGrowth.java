package workbench.growth;

import java.util.ArrayList;
import java.util.List;
import workbench.model.SweepStudy;

/**
 * A sweep's figures as {@code sweep --json} prints them and the HTML report draws them: per series, each point's
 * own time and peak heap, the growth exponent with and without a fixed cost, and the growth per function.
 *
 * @param id       the sweep's id
 * @param name     its name, {@code ""} for none
 * @param target   what was swept ({@link SweepStudy#describe})
 * @param finished whether every planned child ran
 * @param notices  what differed from what was asked, or how to read the figures, one line each
 * @param warmup   runs each deterministic child ran first and left out of its counts and own time
 * @param series   one per variant and mode, in the table's order
 */
public record SweepGrowth(String id, String name, String target, boolean finished, List<String> notices,
                          int warmup, List<Series> series) {

    /**
     * One series.
     *
     * @param figures   its points, own times, heaps and exponents
     * @param functions its growth per function (deterministic series), those growing faster than the leader first;
     *                  empty otherwise
     */
    public record Series(SweepFigures.Series figures, List<FunctionGrowth> functions) {
    }

    /**
     * @param sweep the sweep, finished or not
     * @return its figures
     */
    public static SweepGrowth of(SweepStudy sweep) {
        List<Series> out = new ArrayList<>();
        for (SweepFigures.Series s : SweepFigures.of(sweep)) out.add(new Series(s, FunctionGrowth.of(sweep, s.name())));
        return new SweepGrowth(sweep.id(), sweep.name(), sweep.describe(), sweep.finished(), sweep.notices(),
                sweep.warmup(), out);
    }
}
