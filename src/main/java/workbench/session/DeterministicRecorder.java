package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import workbench.agent.AgentOptions;
import workbench.model.FunctionProfile;
import workbench.model.Profile;
import workbench.trace.TraceConverter;
import workbench.trace.TraceData;
import workbench.trace.TraceReader;

/**
 * The deterministic mode: the child runs with our jar as {@code -javaagent} in trace mode, and its raw trace file
 * becomes the profile's {@link FunctionProfile}.
 */
public final class DeterministicRecorder implements ModeRecorder {

    /** The raw file's name in the work directory. */
    static final String TRACE_FILE = "trace.wbt";

    private final List<String> includes;
    private final List<String> excludes;
    private final boolean raw;

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
    public String mode() {
        return "deterministic";
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
    public Profile collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        TraceData data = TraceReader.read(workDir.resolve(TRACE_FILE));
        FunctionProfile functions = TraceConverter.toFunctionProfile(data, !raw);
        return new Profile(Profile.FORMAT_VERSION, null, functions, null, null);
    }
}
