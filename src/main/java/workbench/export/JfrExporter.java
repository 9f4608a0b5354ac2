package workbench.export;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import workbench.io.AtomicFiles;
import workbench.model.Profile;

/**
 * The JFR recording kept beside a run with samples (sampling, or timed by samples), copied. A run set of several
 * runs has a recording per run; they are written one after another, which is a valid recording of several chunks
 * (what {@code jfr assemble} makes).
 *
 * <p>The recording holds every thread the engine sampled: {@code --threads workload} filters the profile, not the
 * raw recording.
 */
public final class JfrExporter implements Exporter {

    /** A run with samples whose every run kept its recording beside the saved run. */
    @Override
    public Optional<Refusal> refusal(ExportRun run) {
        return recordingRefusal(run);
    }

    @Override
    public void export(ExportRun run, Path target) throws IOException {
        export(recordings(run), target);
    }

    /**
     * @param recordings the runs' {@code .jfr} files, in run order
     * @param target     the file
     * @throws IOException when one cannot be read or the target written; the target is then untouched
     */
    public void export(List<Path> recordings, Path target) throws IOException {
        check(recordings);
        AtomicFiles.write(target, out -> concatenate(recordings, out));
    }

    /**
     * @param run a run
     * @return why the run has no recording to read: its kind samples nothing, or a run did not keep its recording
     */
    static Optional<Refusal> recordingRefusal(ExportRun run) {
        if (run.data().sampleData().isEmpty()) return Optional.of(Refusal.KIND);
        for (Profile p : run.set().runs()) {
            String name = recordingName(p);
            if (name.isEmpty()) return Optional.of(Refusal.missing("recording"));
            Path r = run.directory().resolve(name);
            if (!Files.isRegularFile(r)) return Optional.of(Refusal.missing("recording at " + r));
        }
        return Optional.empty();
    }

    /**
     * @param run a run whose runs kept their recordings ({@link #recordingRefusal} is empty)
     * @return each run's recording, in run order
     */
    static List<Path> recordings(ExportRun run) {
        List<Path> out = new ArrayList<>();
        for (Profile p : run.set().runs()) out.add(run.directory().resolve(recordingName(p)));
        return out;
    }

    /** @return the file name of the recording kept beside the run, {@code ""} for none */
    private static String recordingName(Profile p) {
        return p.data().sampleData().map(s -> s.sampler().recording()).orElse("");
    }

    static void concatenate(List<Path> recordings, OutputStream out) throws IOException {
        for (Path r : recordings) Files.copy(r, out);
    }

    static void check(List<Path> recordings) throws IOException {
        if (recordings.isEmpty()) throw new IllegalArgumentException("no recording to export");
        for (Path r : recordings) {
            if (!Files.isRegularFile(r)) throw new FileNotFoundException("no recording at " + r);
        }
    }
}
