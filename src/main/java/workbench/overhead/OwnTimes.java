package workbench.overhead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workbench.model.Frame;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.LineData;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.session.DelayInjection;

/**
 * What a profile says each function spent of its own, in nanoseconds, for the accuracy study: traced time, or self
 * samples times the interval. The injected delay is a call into the agent's runtime; its frame (a sampler shows it,
 * inlined or not) is counted in whichever function the profile says called it, as the delay's code inlined there
 * would be, so the profiler's own attribution is what is judged.
 */
final class OwnTimes {

    /** The runtime class of the injected delay. */
    private static final String DELAY_CLASS = DelayInjection.delayClass();

    private OwnTimes() {
    }

    /**
     * @param data a profile
     * @return own nanoseconds per function, named as {@link ProfileShares#name} names them
     */
    static Map<String, Double> of(ProfileData data) {
        return of(data, null);
    }

    /**
     * A line study's times: the injected function's own time split by line ({@code Class.method:LINE}), every other
     * function's whole, so that the lines next to the injected one and the rest of the program are told apart.
     *
     * @param data   a profile
     * @param byLine the function whose time is kept per line, {@code null} for none (a method study)
     * @return own nanoseconds per function, or per line of {@code byLine}; a line mode's profile has its chosen
     *         functions' lines only, each as {@code Class.method:LINE}
     */
    static Map<String, Double> of(ProfileData data, String byLine) {
        Map<String, Double> out = new LinkedHashMap<>();
        Optional<LineData> lines = data.lineData();
        if (lines.isPresent()) {
            for (LineData.FunctionLines f : lines.get().functions()) {
                String name = ProfileShares.name(new Frame(f.method(), f.source(), Frame.Kind.JAVA));
                for (LineData.LineStats s : f.lines()) {
                    out.merge(lineKey(name, s.line()), Math.max(0.0, s.nanos()), Double::sum);
                }
            }
            return out;
        }
        Optional<FunctionData> functions = data.functionData();
        if (functions.isPresent()) {
            for (FunctionStats s : functions.get().merged()) {
                if (!delay(s.function())) {
                    out.merge(ProfileShares.name(s.function()), Math.max(0.0, s.totalNanos()), Double::sum);
                    continue;
                }
                for (FunctionStats.CallerStats c : s.callers()) {
                    out.merge(ProfileShares.name(c.caller()), Math.max(0.0, c.totalNanos()), Double::sum);
                }
            }
            return out;
        }
        data.sampleData().ifPresent(s -> {
            long interval = s.sampler().intervalNanos();
            for (SampleData.StackCount st : s.stacks()) {
                Frame self = selfFrame(s, st.frames());
                if (self == null) continue;
                String name = ProfileShares.name(self);
                out.merge(name.equals(byLine) ? lineKey(name, self.line()) : name, (double) st.count() * interval,
                        Double::sum);
            }
        });
        return out;
    }

    /**
     * @param data     a profile
     * @param function the injected function's name
     * @return the functions the profile shows calling it ({@code caller}) and called by it ({@code callee})
     */
    static Map<String, String> relations(ProfileData data, String function) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<FunctionData> functions = data.functionData();
        if (functions.isPresent()) {
            for (FunctionStats s : functions.get().merged()) {
                String name = ProfileShares.name(s.function());
                for (FunctionStats.CallerStats c : s.callers()) {
                    String caller = ProfileShares.name(c.caller());
                    if (name.equals(function) && !caller.equals(function)) out.putIfAbsent(caller, "caller");
                    if (caller.equals(function) && !name.equals(function) && !delay(s.function())) {
                        out.putIfAbsent(name, "callee");
                    }
                }
            }
        }
        data.sampleData().ifPresent(s -> {
            for (SampleData.StackCount st : s.stacks()) {
                List<Integer> frames = st.frames();
                for (int i = 0; i < frames.size(); i++) {
                    if (!ProfileShares.name(s.frames().get(frames.get(i))).equals(function)) continue;
                    if (i + 1 < frames.size()) relate(out, s.frames().get(frames.get(i + 1)), function, "caller");
                    if (i > 0) relate(out, s.frames().get(frames.get(i - 1)), function, "callee");
                }
            }
        });
        return out;
    }

    /**
     * @param function a function's name
     * @param line     one of its lines
     * @return the line's key in a line study's times
     */
    static String lineKey(String function, int line) {
        return function + ":" + line;
    }

    private static void relate(Map<String, String> out, Frame f, String function, String relation) {
        String name = ProfileShares.name(f);
        if (!name.equals(function) && !delay(f)) out.putIfAbsent(name, relation);
    }

    /** @return the sample's own frame: its top one, or below the delay's frames the one that called them */
    private static Frame selfFrame(SampleData s, List<Integer> frames) {
        for (int id : frames) {
            Frame f = s.frames().get(id);
            if (!delay(f)) return f;
        }
        return null;
    }

    private static boolean delay(Frame f) {
        String c = f.method().className();
        return c.equals(DELAY_CLASS) || c.equals(DELAY_CLASS.replace('.', '/'));
    }
}
