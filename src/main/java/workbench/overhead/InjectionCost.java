package workbench.overhead;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordingFile;
import workbench.model.Target;
import workbench.session.ChildRun;
import workbench.session.DelayInjection;
import workbench.session.ProfileSession;

/**
 * What the injected call itself changes in how the JIT treats the method, measured as the hybrid work measured its
 * probes' cost: one child without a profiler with the delay and one without, each recording JFR's compilation
 * events; the method's compiled code size at its highest tier and whether C2 inlined it into its callers.
 */
final class InjectionCost {

    private static final String JFC = """
            <?xml version="1.0" encoding="UTF-8"?>
            <configuration version="2.0" label="workbench compilations">
              <event name="jdk.Compilation"><setting name="enabled">true</setting>
                <setting name="threshold">0 ms</setting></event>
              <event name="jdk.CompilerInlining"><setting name="enabled">true</setting></event>
            </configuration>
            """;

    private InjectionCost() {
    }

    /**
     * @param session  how children run, without a profiler
     * @param injected the same with the delay's options
     * @param target   the program
     * @param function the injected function, as profiles name it
     * @param work     a directory for the recordings
     * @return one line each without and with the delay
     * @throws IOException when a child cannot run
     */
    static List<String> measure(ProfileSession session, ProfileSession injected, Target target, String function,
                                Path work) throws IOException {
        Path jfc = work.resolve("compilations.jfc");
        Files.writeString(jfc, JFC, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (boolean with : new boolean[] {false, true}) {
            Path jfr = work.resolve(with ? "with.jfr" : "without.jfr");
            ChildRun run = (with ? injected : session).plain(target, (child, dir) -> {
                child.jvmArg(DelayInjection.agentOnly());
                child.jvmArg("-XX:StartFlightRecording=filename=" + jfr.toAbsolutePath() + ",settings="
                        + jfc.toAbsolutePath());
            });
            if (run.exitCode() != 0 || !Files.isRegularFile(jfr)) {
                out.add(function + (with ? " with" : " without") + " the delay: no compilation record (exit code "
                        + run.exitCode() + ")");
                continue;
            }
            out.add(describe(jfr, function, with));
            Files.deleteIfExists(jfr);
        }
        Files.deleteIfExists(jfc);
        return out;
    }

    /** The method's highest-tier compilation and its inlining into callers, in one line. */
    private static String describe(Path jfr, String function, boolean with) throws IOException {
        int level = -1;
        long code = 0;
        long inlined = 0;
        int sites = 0;
        int inlinedSites = 0;
        String refusal = "";
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.Compilation") && named(e.getValue("method"), function) && e.getBoolean("succeded")) {
                int l = e.getInt("compileLevel");
                if (l >= level) {
                    level = l;
                    code = e.getLong("codeSize");
                    inlined = e.getLong("inlinedBytes");
                }
            } else if (type.equals("jdk.CompilerInlining") && named(e.getValue("callee"), function)) {
                sites++;
                if (e.getBoolean("succeeded")) {
                    inlinedSites++;
                } else if (refusal.isEmpty()) {
                    refusal = e.getString("message");
                }
            }
        }
        String side = function + (with ? " with the delay" : " without the delay");
        String compiled = level < 0 ? "never compiled on its own"
                : String.format(Locale.ROOT, "compiled at tier %d to %d bytes of code (%d bytes of bytecode inlined"
                + " into it)", level, code, inlined);
        String inlining = sites == 0 ? "no inlining decision about it"
                : String.format(Locale.ROOT, "inlined into its callers at %d of %d decisions%s", inlinedSites, sites,
                refusal.isEmpty() ? "" : " (refused: " + refusal + ")");
        return side + ": " + compiled + "; " + inlining;
    }

    /** @return whether a recorded method (of an event's field) is the function, {@code Class.method} */
    private static boolean named(Object value, String function) {
        String cls;
        String name;
        if (value instanceof RecordedMethod m && m.getType() != null) {
            cls = m.getType().getName();
            name = m.getName();
        } else if (value instanceof RecordedObject o && o.hasField("type") && o.hasField("name")) {
            cls = o.getString("type"); // the inlining event's callee: internal names, as strings
            name = o.getString("name");
        } else {
            return false;
        }
        if (cls == null) return false;
        String simple = cls.substring(Math.max(cls.lastIndexOf('.'), cls.lastIndexOf('/')) + 1).replace('$', '.');
        return (simple + "." + name).equals(function);
    }
}
