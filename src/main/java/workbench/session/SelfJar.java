package workbench.session;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import workbench.agent.AgentJar;

/** Finds the workbench's own jar, which is also the agent and the child JVM's class path. */
public final class SelfJar {

    /** System property that names the jar explicitly (set by the integration tests). */
    public static final String PROPERTY = "workbench.jar";

    private SelfJar() {
    }

    /**
     * @return the shaded jar
     * @throws IllegalStateException when running from classes rather than a jar and the property is not set
     */
    public static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) return Path.of(configured).toAbsolutePath();
        try {
            Path self = Path.of(SelfJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(self)) return self;
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the message below
        }
        throw new IllegalStateException("cannot find workbench.jar: run from the built jar or set -D" + PROPERTY);
    }

    /**
     * @return the slim agent jar cut from ours ({@link AgentJar}): what goes on a profiled program's class path
     * @throws IOException when it cannot be written
     */
    public static Path agent() throws IOException {
        return AgentJar.of(locate());
    }
}
