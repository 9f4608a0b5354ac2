package workbench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import workbench.agent.AgentOptions;
import workbench.model.Clock;

/** What the agent left out of a run (written beside its raw output), read back for the saved run's notices. */
final class AgentNotices {

    private AgentNotices() {
    }

    /**
     * @param rawFile the agent's output file
     * @return the agent's lines, none when it left nothing out
     * @throws IOException when the file is there but cannot be read
     */
    static List<String> read(Path rawFile) throws IOException {
        Path file = AgentOptions.noticesFile(rawFile.toAbsolutePath().toString());
        if (!Files.exists(file)) return List.of();
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /**
     * @param asked the clock asked for
     * @param used  the clock the agent read, as its raw file says
     * @return the notice of a JVM that could not read the clock asked for, none when it could
     */
    static List<String> clock(Clock asked, Clock used) {
        if (asked == used) return List.of();
        return List.of("--clock " + asked.cliName() + ": this JVM cannot read a thread's CPU time; the times are "
                + used.describe() + " times");
    }
}
