package workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import workbench.io.AtomicFiles;

/**
 * The formats of whole stacks: made from a run's samples, or else from a deterministic run's call paths
 * ({@link StackValues#of(workbench.model.ProfileData)}). A subclass only writes the stacks.
 */
abstract class StackExporter implements Exporter {

    @Override
    public final Optional<Refusal> refusal(ExportRun run) {
        return StackValues.refusal(run.data());
    }

    @Override
    public final void export(ExportRun run, Path target) throws IOException {
        StackValues stacks = StackValues.of(run.data()).orElseThrow();
        AtomicFiles.write(target, out -> write(run, stacks, out));
    }

    /**
     * @param run    the run
     * @param stacks its stacks
     * @param out    where the file's bytes go; not closed
     * @throws IOException when writing fails
     */
    abstract void write(ExportRun run, StackValues stacks, OutputStream out) throws IOException;
}
