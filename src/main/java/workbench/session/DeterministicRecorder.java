package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.AgentOptions;
import workbench.model.FunctionData;
import workbench.model.Mode;
import workbench.trace.TraceConverter;
import workbench.trace.TraceData;
import workbench.trace.TraceReader;

/**
 * The deterministic mode: the child runs with our jar as {@code -javaagent} in trace mode, and its raw trace file
 * becomes the profile's {@link FunctionData}.
 */
public final class DeterministicRecorder implements ModeRecorder {

    /** The raw file's name in the work directory. */
    static final String TRACE_FILE = "trace.wbt";

    private final List<String> includes;
    private final List<String> excludes;
    private final boolean raw;
    private final List<String> notices = new ArrayList<>();

    /**
     * @param includes class or method patterns to instrument (empty: the workload's classes)
     * @param excludes patterns never to instrument
     * @param raw      keep the probes' own cost in the figures (no calibration)
     */
    public DeterministicRecorder(List<String> includes, List<String> excludes, boolean raw) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.raw = raw;
    }

    @Override
    public Mode mode() {
        return Mode.DETERMINISTIC;
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        if (!includes.isEmpty()) s.put("include", String.join(";", includes));
        if (!excludes.isEmpty()) s.put("exclude", String.join(";", excludes));
        s.put("calibrated", Boolean.toString(!raw));
        return s;
    }

    /** @return the agent options for a child writing to {@code output} */
    AgentOptions agentOptions(Path output) {
        // Calibration runs even with --raw: the header still states the overhead that was left in.
        return new AgentOptions(AgentOptions.TRACE, output.toAbsolutePath().toString(), includes, excludes, true);
    }

    @Override
    public void configure(ChildJvm child, Path workDir) {
        child.agent(SelfJar.locate(), agentOptions(workDir.resolve(TRACE_FILE)).toString());
    }

    @Override
    public List<String> notices() {
        return List.copyOf(notices);
    }

    @Override
    public FunctionData collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        TraceData data = TraceReader.read(workDir.resolve(TRACE_FILE));
        notices.clear(); // a recorder used again reports its last run
        notices.addAll(AgentNotices.read(workDir.resolve(TRACE_FILE)));
        if (data.functions().isEmpty() && !includes.isEmpty()) {
            throw new NothingMatchedException("--include " + String.join(", --include ", includes)
                    + " matched no class the program loaded; nothing saved");
        }
        return TraceConverter.toFunctionData(data, !raw);
    }
}
