package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import workbench.agent.AgentOptions;
import workbench.model.ProfileData;

/**
 * A mode whose child runs our agent: the options the agent gets and the raw file it leaves, read into the mode's
 * data. The child gets it as {@code -javaagent}, a running JVM through the attach API; both ways are written here once.
 *
 * @param <D> the data the raw file is read into
 */
public interface AgentRecorder<D extends ProfileData> extends ModeRecorder {

    /** @return the raw file's name in the work directory */
    String rawFile();

    /**
     * @param output the raw file the agent writes
     * @return the agent options for a child writing to {@code output}
     */
    AgentOptions agentOptions(Path output);

    @Override
    D collect(Path workDir, ChildJvm.Result result, SaveFiles saveFiles) throws IOException;

    @Override
    default void configure(ChildJvm child, Path workDir) throws IOException {
        child.agent(SelfJar.agent(), agentOptions(workDir.resolve(rawFile())).toString());
    }

    @Override
    default Runnable attach(AttachedJvm vm, Path workDir) throws IOException {
        return vm.startAgent(agentOptions(workDir.resolve(rawFile())).toString(), mode());
    }
}
