package workbench.validation;

import java.util.Map;
import java.util.TreeMap;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.MethodId;

/** Every exact count of a deterministic profile, by name: what the timed and the hybrid probes must agree on. */
public final class CallCounts {

    private CallCounts() {
    }

    /**
     * @param data a deterministic profile
     * @return calls and primitive calls of every function and of every caller-to-callee edge, threads merged
     */
    public static Map<String, Long> of(FunctionData data) {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<MethodId, FunctionStats> e : data.byMethod().entrySet()) {
            out.put(e.getKey() + " calls", e.getValue().calls());
            out.put(e.getKey() + " primitive", e.getValue().primitiveCalls());
            for (FunctionStats.CallerStats c : e.getValue().callers()) {
                out.put(c.caller().method() + " -> " + e.getKey() + " calls", c.calls());
                out.put(c.caller().method() + " -> " + e.getKey() + " primitive", c.primitiveCalls());
            }
        }
        return out;
    }
}
