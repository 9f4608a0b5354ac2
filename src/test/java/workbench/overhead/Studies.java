package workbench.overhead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.model.JvmInfo;
import workbench.model.OverheadRun;
import workbench.model.OverheadStudy;
import workbench.model.Target;

/** Hand-made overhead studies: figures chosen by the test, no child JVM. */
final class Studies {

    private final List<String> configs = new ArrayList<>();
    private final List<OverheadRun> runs = new ArrayList<>();
    private final int repeat;

    Studies(int repeat) {
        this.repeat = repeat;
    }

    /**
     * Adds K runs of a configuration whose own time is {@code seconds} (times 1 + 1 % per run, so that intervals
     * are not degenerate), with the given shares in every run.
     */
    Studies add(Configuration c, double seconds, long events, Map<String, Double> functions,
                Map<Integer, Double> lines) {
        configs.add(c.label());
        for (int k = 1; k <= repeat; k++) {
            long own = Math.round(seconds * (1 + 0.01 * k) * 1e9);
            runs.add(new OverheadRun(c.label(), k, own + 300_000_000L, own, 0.5, events, functions, lines));
        }
        return this;
    }

    Studies add(Configuration c, double seconds) {
        return add(c, seconds, 0, Map.of(), Map.of());
    }

    OverheadStudy build() {
        return new OverheadStudy("study", "", new Target("workbench.workload.Main", List.of("1000"),
                Map.of("n", "1000", "iterations", "10", "runs", "4")), new JvmInfo("17", "vm", "Linux amd64", "h", 2),
                "2026-11-30T00:00:00Z", repeat, 1, configs, StudyOrder.shuffled(configs, repeat, 1), runs, List.of());
    }

    static Map<String, Double> shares(Object... keyValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValue.length; i += 2) m.put((String) keyValue[i], (Double) keyValue[i + 1]);
        return m;
    }
}
