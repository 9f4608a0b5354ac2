package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import workbench.sampling.JfrRecording;

/**
 * JDK Flight Recorder on, with a configuration that enables no event: what the recorder costs before it samples
 * anything (its threads, buffers and the dump at exit), measured apart from sampling by {@code overhead} and the
 * benchmark. Its recording holds nothing worth reading, so it is a {@link ChildSetup}, not a mode.
 */
public final class JfrWithoutEvents implements ChildSetup {

    private static final String NO_EVENTS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<configuration version=\"2.0\" label=\"off\">\n</configuration>\n";

    @Override
    public void configure(ChildJvm child, Path workDir) throws IOException {
        Path jfc = Files.writeString(workDir.resolve("off.jfc"), NO_EVENTS);
        JfrRecording.jvmOptions(jfc, workDir.resolve("off.jfr")).forEach(child::jvmArg);
    }
}
