package workbench.overhead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import workbench.model.AccuracyRun;
import workbench.model.AccuracyStudy;
import workbench.statistics.Estimate;
import workbench.statistics.MedianInterval;
import workbench.statistics.ShiftInterval;

/**
 * The figures of an accuracy study, computed from the study alone (so that {@code stats}, {@code --json} and the
 * report show the same): per configuration, the time its profiles added to the injected function between the runs
 * with the delay and those without, against the truth (what the delay cost), with an interval, and where the rest
 * of the truth went.
 *
 * @param rows one per configuration with runs on both sides, in the study's order
 */
public record AccuracyFigures(List<Row> rows) {

    /** Other functions listed per configuration: those that gained most. */
    static final int ELSEWHERE_SHOWN = 3;

    /**
     * One configuration.
     *
     * @param config    its label
     * @param runs      runs with the delay and without (the smaller side)
     * @param truth     the delay's CPU time per run: median with its interval, nanoseconds
     * @param wallTruth the delay's wall-clock time per run: median with its interval, nanoseconds
     * @param added     the time the profile added to the injected function (with − without), nanoseconds
     * @param onMethod  {@code added} as a share of the truth's median: 1 is right
     * @param onMethodWall {@code added} as a share of the wall-clock truth: 1 is right for a profiler on a wall
     *                  clock, which also counts the time the thread waited for a CPU
     * @param neighbours in a line study, the time the profile added to the injected function's other lines, as a
     *                  share of the truth; unknown in a method study
     * @param seen      the time the profile added over all functions, as a share of the truth (how much of the delay
     *                  the profiler saw at all; its clock's own, so a wall clock on a busy machine sees more)
     * @param elsewhere the other functions that gained most, as shares of the truth
     */
    public record Row(String config, int runs, Estimate truth, Estimate wallTruth, Estimate added,
                      Estimate onMethod, Estimate onMethodWall, Estimate neighbours, Estimate seen,
                      List<Elsewhere> elsewhere) {
    }

    /**
     * A function other than the injected one (in a line study, a line other than the injected one) that the profile gave more time with the delay.
     *
     * @param function its name
     * @param relation {@code caller}, {@code callee} or {@code other}, as the profiles' stacks showed; in a line
     *                 study {@code neighbour} for another line of the injected function
     * @param share    its added time as a share of the truth, with the interval
     */
    public record Elsewhere(String function, String relation, Estimate share) {
    }

    /**
     * @param study the study, finished or not
     * @return its figures
     */
    public static AccuracyFigures of(AccuracyStudy study) {
        List<Row> rows = new ArrayList<>();
        for (String config : study.configs()) {
            List<AccuracyRun> with = study.runsOf(config, true);
            List<AccuracyRun> without = study.runsOf(config, false);
            if (with.isEmpty() || without.isEmpty()) continue;
            Estimate truth = MedianInterval.of(values(with, r -> r.delayNanos()));
            double t = truth.value();
            Estimate wallTruth = MedianInterval.of(values(with, r -> r.delayWallNanos()));
            String f = study.judged();
            Estimate added = ShiftInterval.of(values(without, r -> r.nanosOf(f)), values(with, r -> r.nanosOf(f)));
            Estimate neighbours = study.atLine() ? share(ShiftInterval.of(values(without, r -> neighbours(study, r)),
                    values(with, r -> neighbours(study, r))), t) : Estimate.UNKNOWN;
            Estimate seen = ShiftInterval.of(values(without, AccuracyFigures::total), values(with,
                    AccuracyFigures::total));
            Set<String> names = new LinkedHashSet<>();
            for (AccuracyRun r : with) names.addAll(r.functions().keySet());
            names.remove(f);
            List<Elsewhere> elsewhere = new ArrayList<>();
            for (String n : names) {
                Estimate e = ShiftInterval.of(values(without, r -> r.nanosOf(n)), values(with, r -> r.nanosOf(n)));
                if (e.value() > 0) {
                    String relation = study.neighbour(n) ? "neighbour" : study.relations().getOrDefault(n, "other");
                    elsewhere.add(new Elsewhere(n, relation, share(e, t)));
                }
            }
            elsewhere.sort(Comparator.comparingDouble((Elsewhere e) -> -e.share().value())
                    .thenComparing(Elsewhere::function));
            rows.add(new Row(config, Math.min(with.size(), without.size()), truth, wallTruth, added,
                    share(added, t), share(added, wallTruth.value()), neighbours, share(seen, t),
                    List.copyOf(elsewhere.subList(0, Math.min(ELSEWHERE_SHOWN, elsewhere.size())))));
        }
        return new AccuracyFigures(rows);
    }

    /** @return the time a run gave the injected function's lines other than the injected one */
    private static double neighbours(AccuracyStudy study, AccuracyRun r) {
        return r.functions().entrySet().stream().filter(e -> study.neighbour(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private static double total(AccuracyRun r) {
        return r.functions().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static Estimate share(Estimate e, double truth) {
        if (!(truth > 0) || !e.isKnown()) return Estimate.UNKNOWN;
        return new Estimate(e.value() / truth, e.lower() / truth, e.upper() / truth, e.level());
    }

    private static double[] values(List<AccuracyRun> runs, ToDoubleFunction<AccuracyRun> f) {
        return runs.stream().mapToDouble(f).toArray();
    }
}
