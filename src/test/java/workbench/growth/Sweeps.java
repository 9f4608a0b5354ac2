package workbench.growth;

import java.util.List;
import workbench.model.OverheadStudy.Slot;
import workbench.model.SweepPoint;
import workbench.model.SweepRun;
import workbench.model.SweepStudy;
import workbench.workload.Variant;
import workbench.workload.WorkloadConfig;

/** Hand-made sweeps: times chosen by the test (c · (n · iterations)^k, 2 % apart per run), no child JVM. */
final class Sweeps {

    private Sweeps() {
    }

    /**
     * @param exponents one exponent per variant (in order), the same for every mode
     * @return a finished sweep whose times grow with those exponents
     */
    static SweepStudy growing(List<Integer> sizes, List<String> variants, List<String> modes, int repeat,
                              double... exponents) {
        SweepStudy s = SweepRunner.plan("20261201-000000-sweep", "", new WorkloadConfig(sizes.get(0), 10, 4, 0.05,
                Variant.fromCliName(variants.get(0)), 1, null), sizes, List.of(10), variants, modes, repeat, 1,
                List.of());
        java.util.Map<String, SweepPoint> points = new java.util.HashMap<>();
        s.points().forEach(p -> points.put(p.key(), p));
        for (Slot slot : s.order()) {
            SweepPoint p = points.get(slot.config());
            double k = exponents[variants.indexOf(p.variant())];
            long own = Math.round(1e-6 * Math.pow(p.work(), k) * (1 + 0.02 * slot.run()) * 1e9);
            s = s.plus(new SweepRun(p, slot.run(), own + 200_000_000L, own, (long) p.n() * 16 + (8L << 20)));
        }
        return s;
    }
}
