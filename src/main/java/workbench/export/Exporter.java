package workbench.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One export format: what it needs from a run, and how it writes it. Formats are registered once, in
 * {@link ExportFormat}; the command, its help and its refusals are made from the registrations.
 */
public interface Exporter {

    /**
     * @param run the run to write
     * @return why this format cannot be made from the run, or empty when {@link #export} can write it
     */
    Optional<Refusal> refusal(ExportRun run);

    /**
     * Writes the run, atomically: the target is replaced only by a complete file.
     *
     * @param run    a run this format can be made from ({@link #refusal} is empty)
     * @param target the file
     * @throws IOException when the run's files cannot be read or the target written; the target is then untouched
     */
    void export(ExportRun run, Path target) throws IOException;
}
