package workbench.instrument.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import workbench.agent.rt.LineCounters;
import workbench.instrument.FunctionSelector;
import workbench.instrument.LineCounterInstrumenter;

/**
 * The workload itself under the default selection: every line of the boxed {@code confidenceInterval} has the
 * hits the document's shape implies, the one-line resample loop runs × iterations × (n + 1).
 */
class BoxedWorkloadLinesTest {

    private static final Path SOURCE = Path.of("src/main/java/workbench/workload/BoxedBootstrap.java");

    @Test
    void boxed_resample_line_gets_runs_times_iterations_times_n_plus_one_hits() throws Exception {
        int n = 1000;
        int iterations = 10;
        int runs = 4;
        Map<Integer, Long> hits = run(n, iterations, runs, true);
        List<String> src = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int first = indexOf(src, "List<Double> values = box(data);");
        Map<Integer, Long> expected = new TreeMap<>();
        long calls = runs;
        long passes = (long) runs * iterations;
        expected.put(first, calls);                                           // values = box(data)
        expected.put(first + 1, calls);                                       // n = values.size()
        expected.put(first + 2, calls);                                       // value = mean(values)
        expected.put(first + 3, calls);                                       // syntheticValues = new ...
        expected.put(first + 4, calls * (iterations + 1));                    // for (int it ...) {
        expected.put(first + 5, passes);                                      // choices = new ArrayList<>(n)
        expected.put(first + 6, passes * (n + 1));                            // the one-line resample loop
        expected.put(first + 7, passes);                                      // currentMean = mean(choices)
        expected.put(first + 8, passes);                                      // syntheticValues.add(...)
        expected.put(first + 10, calls);                                      // Collections.sort(...)
        expected.put(first + 11, calls);                                      // return Pivotal.interval(...)
        assertEquals("for (int i = 0; i < n; i++) choices.add(values.get(Data.randint(random, 0, n - 1)));",
                src.get(first + 6 - 1).trim());
        assertEquals(expected, hits);
        assertEquals(40_040L, hits.get(first + 6));
    }

    @Test
    void hits_do_not_depend_on_timing() throws Exception {
        assertEquals(run(300, 3, 2, true), run(300, 3, 2, false));
    }

    private static Map<Integer, Long> run(int n, int iterations, int runs, boolean timed) throws Exception {
        int before = LineCounters.snapshot().size();
        List<String> log = new ArrayList<>();
        LineCounterInstrumenter instrumenter = new LineCounterInstrumenter(FunctionSelector.defaults(), timed,
                log::add);
        LineValidationTestBase.InstrumentingLoader loader = new LineValidationTestBase.InstrumentingLoader(
                name -> name.startsWith("workbench.workload."), instrumenter);
        Class<?> main = Class.forName("workbench.workload.Main", true, loader);
        main.getMethod("main", String[].class).invoke(null, (Object) new String[] {
            Integer.toString(n), Integer.toString(iterations), Integer.toString(runs), "0.05", "boxed", "1"});
        assertEquals(List.of(), log);
        List<LineCounters.Snapshot> mine = LineCounters.snapshot().subList(before, LineCounters.snapshot().size());
        Map<Integer, Long> hits = new TreeMap<>();
        for (LineCounters.Snapshot t : mine) {
            if (!t.className.equals("workbench/workload/BoxedBootstrap") || !t.method.equals("confidenceInterval")) {
                continue;
            }
            for (int s = 0; s < t.hits.length; s++) {
                if (t.hits[s] != 0) hits.merge(t.firstLine + s, t.hits[s], Long::sum);
            }
        }
        return hits;
    }

    private static int indexOf(List<String> src, String text) {
        for (int i = 0; i < src.size(); i++) {
            if (src.get(i).contains(text)) return i + 1;
        }
        throw new AssertionError(text + " not in " + SOURCE);
    }
}
