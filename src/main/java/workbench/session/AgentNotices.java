package workbench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import workbench.agent.AgentOptions;

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
}
