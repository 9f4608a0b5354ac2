package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import workbench.agent.AgentOptions;
import workbench.model.LineProfile;
import workbench.model.Profile;

/**
 * The per-line mode: the child runs with our jar as {@code -javaagent} in line mode, and the line data it writes
 * at shutdown becomes the profile's {@link LineProfile}.
 *
 * <p>The line mode's settings travel as system properties of the child (read by the agent's line mode): the
 * function patterns and the timing.
 */
public final class LineRecorder implements ModeRecorder {

    /** The raw file's name in the work directory. */
    static final String LINE_FILE = "lines.wbl";
    /** System property with the function patterns, separated by semicolons (read by the agent). */
    public static final String FUNCTIONS_PROPERTY = "workbench.line.functions";
    /** System property with the timing, {@code exact} or {@code hits} (read by the agent). */
    public static final String TIMING_PROPERTY = "workbench.line.timing";

    private final List<String> functions;
    private final String timing;

    /**
     * @param functions function patterns (empty: the workload's {@code confidenceInterval})
     * @param timing    {@code exact} or {@code hits}
     */
    public LineRecorder(List<String> functions, String timing) {
        this.functions = List.copyOf(functions);
        this.timing = timing;
    }

    @Override
    public String mode() {
        return "line";
    }

    /** @return the agent options for a child writing to {@code output} */
    AgentOptions agentOptions(Path output) {
        return new AgentOptions(AgentOptions.LINE, output.toAbsolutePath().toString(), List.of(), List.of(),
                timing.equals("exact"));
    }

    @Override
    public void configure(ChildJvm child, Path workDir) {
        if (!functions.isEmpty()) child.jvmArg("-D" + FUNCTIONS_PROPERTY + "=" + String.join(";", functions));
        child.jvmArg("-D" + TIMING_PROPERTY + "=" + timing);
        child.jvmArg("-javaagent:" + SelfJar.locate() + "=" + agentOptions(workDir.resolve(LINE_FILE)));
    }

    @Override
    public Profile collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException {
        Path file = workDir.resolve(LINE_FILE);
        if (!Files.exists(file)) {
            throw new IOException("the profiled program left no line data (exit code " + result.exitCode() + ")");
        }
        return new Profile(Profile.FORMAT_VERSION, null, null, null, LineDataReader.read(file));
    }
}
