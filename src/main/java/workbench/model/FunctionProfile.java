package workbench.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deterministic (traced) per-function statistics, kept per thread so that tables can merge or split them.
 *
 * @param overheadNanosPerCall the per-call cost the agent measured for itself and subtracted (0 when raw)
 * @param calibrated           whether that cost was subtracted ({@code false} for {@code --raw})
 * @param threads              statistics of each profiled thread
 */
public record FunctionProfile(double overheadNanosPerCall, boolean calibrated, List<ThreadFunctions> threads) {

    public FunctionProfile {
        threads = List.copyOf(threads);
    }

    /**
     * Merges every thread's statistics into one list, as pstats' {@code add} merges profiles: functions with the
     * same key add up, and so do their callers.
     *
     * @return one entry per distinct function, in order of first appearance
     */
    public List<FunctionStats> merged() {
        List<List<FunctionStats>> all = new ArrayList<>();
        for (ThreadFunctions t : threads) all.add(t.functions());
        return merge(all);
    }

    /**
     * @param lists statistics to merge
     * @return one entry per distinct key, summed, in order of first appearance
     */
    public static List<FunctionStats> merge(List<List<FunctionStats>> lists) {
        Map<FrameKey, FunctionStats> byKey = new LinkedHashMap<>();
        for (List<FunctionStats> list : lists) {
            for (FunctionStats s : list) byKey.merge(s.key(), s, FunctionStats::plus);
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * The functions one thread called.
     *
     * @param thread    thread name (suffixed with its id when names repeat)
     * @param functions one entry per function
     */
    public record ThreadFunctions(String thread, List<FunctionStats> functions) {
        public ThreadFunctions {
            functions = List.copyOf(functions);
        }
    }
}
