package workbench.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import one.convert.Arguments;
import one.convert.JfrToOtlp;
import one.jfr.JfrReader;
import workbench.io.AtomicFiles;
import workbench.model.SamplingEvent;

/**
 * OpenTelemetry's profiles protobuf ({@code ProfilesData}), written by async-profiler's converter ({@link JfrToOtlp})
 * from the JFR recordings kept beside a run with samples. The recordings of a run set are read as one recording of
 * several chunks (see {@link JfrExporter}); like the recording, the file has every thread the engine sampled.
 */
public final class OtlpExporter implements Exporter {

    /** A run with samples whose every run kept its recording, as {@link JfrExporter} needs it. */
    @Override
    public Optional<Refusal> refusal(ExportRun run) {
        return JfrExporter.recordingRefusal(run);
    }

    /** The run's recordings, converted for the event its samples are of. */
    @Override
    public void export(ExportRun run, Path target) throws IOException {
        export(JfrExporter.recordings(run), run.data().sampleData().orElseThrow().sampler().event(), target);
    }

    /**
     * @param recordings the runs' {@code .jfr} files, in run order
     * @param event      the event the run sampled ({@code wall} and {@code cpu-time} samples are other JFR events)
     * @param target     the file
     * @throws IOException when a recording cannot be read or converted, or the target written; the target is then
     *                     untouched
     */
    public void export(List<Path> recordings, SamplingEvent event, Path target) throws IOException {
        AtomicFiles.write(target, convert(recordings, event));
    }

    /**
     * @param recordings the runs' {@code .jfr} files, in run order
     * @param event      the event the run sampled
     * @return the OTLP protobuf
     * @throws IOException when a recording cannot be read or converted
     */
    public byte[] convert(List<Path> recordings, SamplingEvent event) throws IOException {
        JfrExporter.check(recordings);
        Arguments args = new Arguments();
        args.wall = event == SamplingEvent.WALL;
        args.cpuTime = event == SamplingEvent.CPU_TIME;
        Path source = recordings.get(0);
        Path joined = null;
        try {
            if (recordings.size() > 1) {
                joined = Files.createTempFile("workbench-export", ".jfr");
                try (OutputStream out = Files.newOutputStream(joined)) {
                    JfrExporter.concatenate(recordings, out);
                }
                source = joined;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JfrReader reader = new JfrReader(source.toString())) {
                JfrToOtlp converter = new JfrToOtlp(reader, args);
                converter.convert();
                converter.dump(bytes);
            }
            return bytes.toByteArray();
        } finally {
            if (joined != null) Files.deleteIfExists(joined);
        }
    }
}
