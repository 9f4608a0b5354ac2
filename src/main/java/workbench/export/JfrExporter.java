package workbench.export;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import workbench.io.AtomicFiles;

/**
 * A sampling run's kept JFR recording, copied. A run set of several runs has a recording per run; they are written
 * one after another, which is a valid recording of several chunks (what {@code jfr assemble} makes).
 *
 * <p>The recording holds every thread the engine sampled: {@code --threads workload} filters the profile, not the
 * raw recording.
 */
public final class JfrExporter {

    /**
     * @param recordings the runs' {@code .jfr} files, in run order
     * @param target     the file
     * @throws IOException when one cannot be read or the target written; the target is then untouched
     */
    public void export(List<Path> recordings, Path target) throws IOException {
        check(recordings);
        AtomicFiles.write(target, out -> concatenate(recordings, out));
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
