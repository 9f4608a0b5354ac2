package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import workbench.model.SampleData;
import workbench.sampling.SamplingSettings;

/** A test target run once in a child JVM under a {@link SamplingRecorder}, as the sampling ITs need it. */
final class SampledChild {

    private SampledChild() {
    }

    /**
     * Runs the target (a test class: it lives with the tests, not in the product jar) on the given Java, checks it
     * exits 0 with no notice from the recorder (no fallback), and reads its samples; the recording is kept in
     * {@code dir} as {@code kept.jfr}.
     *
     * @param home     the Java to run it on
     * @param settings the sampler's settings
     * @param target   the main class
     * @param args     its arguments
     * @param dir      a scratch directory
     * @return the samples
     */
    static SampleData record(Path home, SamplingSettings settings, Class<?> target, List<String> args, Path dir)
            throws Exception {
        List<String> notices = new ArrayList<>();
        SamplingRecorder recorder = new SamplingRecorder(settings, notices::add);
        Path work = Files.createDirectories(dir.resolve("work"));
        ChildJvm child = new ChildJvm(home).classPath(SelfJar.locate())
                .classPath(Path.of(target.getProtectionDomain().getCodeSource().getLocation().toURI()))
                .main(target.getName(), args).timeout(Duration.ofMinutes(2))
                .stdoutTo(dir.resolve("stdout.txt"));
        recorder.configure(child, work);
        ChildJvm.Result result = child.run();
        assertEquals(0, result.exitCode(), String.join(" ", result.command()));
        assertEquals(List.of(), notices);
        return recorder.collect(work, result, suffix -> dir.resolve("kept" + suffix));
    }
}
