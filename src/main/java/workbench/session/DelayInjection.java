package workbench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import workbench.agent.AgentOptions;
import workbench.instrument.DelayTarget;
import workbench.model.DelayTruth;

/**
 * The accuracy study's side of the injected delay: the child JVM's options that ask the agent for it, and the record
 * of what it cost that the agent leaves behind. Every recorder of the study adds the workbench agent (the sampler's
 * reserve-only one included), which injects the delay beside its own mode.
 */
public final class DelayInjection {

    private DelayInjection() {
    }

    /**
     * @param place  {@code Class.method} or {@code Class.method:LINE}
     * @param nanos  the delay per entry, in nanoseconds
     * @param record where the agent writes what the delay cost
     * @return the child JVM options
     * @throws IllegalArgumentException when the place names no class and method
     */
    public static List<String> jvmArgs(String place, long nanos, Path record) {
        if (record.toString().contains(",")) throw new IllegalArgumentException("a path with a comma: " + record);
        return List.of("-D" + AgentOptions.INJECT_PROPERTY + "=" + DelayTarget.where(place, nanos),
                "-D" + AgentOptions.INJECT_TRUTH_PROPERTY + "=" + record.toAbsolutePath());
    }

    /**
     * @return the child JVM option of the agent that does nothing but inject (the sampler's reserve-only agent), for
     *         a child run without a profiler
     * @throws IOException when the workbench jar cannot be found
     */
    public static String agentOnly() throws IOException {
        return "-javaagent:" + SelfJar.agent().toAbsolutePath() + "=mode=" + AgentOptions.RESERVE;
    }

    /** @return the binary name of the runtime class the injected code calls, whose frames a profile may show */
    public static String delayClass() {
        return workbench.instrument.DelayInjector.DELAY.replace('/', '.');
    }

    /**
     * @param place what the user typed
     * @return the place, checked ({@code Class.method} or {@code Class.method:LINE})
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String checkPlace(String place) {
        return DelayTarget.where(place, 0).place();
    }

    /**
     * @param record the file given to {@link #jvmArgs}
     * @return what the delay cost in that child
     * @throws IOException when the agent left no record (it did not run, or the class never loaded)
     */
    public static DelayTruth read(Path record) throws IOException {
        if (!Files.isRegularFile(record)) {
            throw new IOException("the injected delay left no record at " + record
                    + " (the child ran without the workbench agent)");
        }
        try {
            return DelayTruth.parse(Files.readString(record, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(record + ": " + e.getMessage());
        }
    }
}
