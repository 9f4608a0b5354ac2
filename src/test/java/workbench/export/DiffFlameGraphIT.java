package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import one.convert.FlameGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.bench.SplitTarget;
import workbench.export.FlameGraphPages.PageFrame;
import workbench.model.SampleData;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.sampling.SamplingSettings;
import workbench.session.ChildJvm;
import workbench.session.SamplingRecorder;
import workbench.session.SelfJar;

/**
 * Records {@link SplitTarget} (70 % of its CPU in {@code seventy}, 30 % in {@code thirty}) for 2 s of its CPU time
 * and for 4 s in child JVMs and compares the two: once both are scaled to 100 %, nothing changed by more than noise,
 * while their raw sample counts differ about twofold, which the converter's diff alone would show as a slowdown
 * everywhere.
 */
class DiffFlameGraphIT {

    private static final String SEVENTY = SplitTarget.class.getName() + ".seventy";
    private static final String THIRTY = SplitTarget.class.getName() + ".thirty";
    /** The most a frame's share may move between two recordings of one program: 10 percentage points. */
    private static final long NOISE = DiffFlameGraphExporter.SCALE / 10;

    @TempDir
    Path dir;

    @Test
    void a_recording_twice_as_long_shows_no_change_once_both_are_scaled_to_100_percent() throws Exception {
        List<SampleData> runs = recordTwoAndFour();
        SampleData a = runs.get(0);
        SampleData b = runs.get(1);
        String label = a.sampler().engine().cliName() + ": A " + a.totalSamples() + " samples, B " + b.totalSamples();
        System.out.println(label);
        assertTrue(a.totalSamples() >= 300, label);

        // the raw counts: B used twice the CPU time, which CPU samples follow (not the wall time a neighbour's load
        // stretches); the JVM's own threads, alike in both, keep the ratio a little under 2
        double ratio = b.totalSamples() / (double) a.totalSamples();
        assertTrue(ratio > 1.5 && ratio < 2.5, label + ": B/A samples " + ratio);

        Path html = dir.resolve("diff.html");
        new DiffFlameGraphExporter("split 2 s vs 4 s of CPU", false).export(a, b, html);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.stripTrailing().endsWith("</html>"));
        assertTrue(page.contains("(normalised: A " + a.totalSamples() + " samples, B " + b.totalSamples()
                + " samples, both scaled to 100 %"), label);

        // normalised: no frame gained or lost more than noise, and the hot methods kept their shares
        List<PageFrame> frames = FlameGraphPages.frames(page);
        assertEquals(DiffFlameGraphExporter.SCALE, frames.get(0).width(), "the root is 100 %");
        long largest = 0;
        for (PageFrame f : frames) {
            long change = f.delta() == null ? f.width() : Math.abs(f.delta()); // a new frame: all of it is change
            assertTrue(change < NOISE, label + ": " + f);
            largest = Math.max(largest, change);
        }
        System.out.printf("largest change of a frame: %.2f %%%n", largest / 1e4);
        Map<List<FlameStacks.Node>, Long> unitsA = DiffFlameGraphExporter.normalise(FlameStacks.of(a, false));
        Map<List<FlameStacks.Node>, Long> unitsB = DiffFlameGraphExporter.normalise(FlameStacks.of(b, false));
        for (String hot : List.of(SEVENTY, THIRTY)) {
            long shareA = cumulative(unitsA, hot);
            long shareB = cumulative(unitsB, hot);
            System.out.printf("%s: %.1f %% in A, %.1f %% in B%n", hot, shareA / 1e4, shareB / 1e4);
            assertTrue(shareA > NOISE && shareB > NOISE, label + ": " + hot + " is hot");
            assertTrue(Math.abs(shareA - shareB) < NOISE, label + ": " + hot + " " + shareA + " vs " + shareB);
            assertEquals(shareB, frames.stream().filter(f -> f.name().equals(hot)).mapToLong(PageFrame::width).sum(),
                    "the page draws B's share");
        }

        // raw, as the converter alone would diff them: the hot method looks far slower, about by A's count
        List<PageFrame> raw = FlameGraphPages.frames(rawDiff(a, b));
        assertEquals(b.totalSamples(), raw.get(0).width());
        long rawSeventy = raw.stream().filter(f -> f.name().equals(SEVENTY) && f.delta() != null)
                .mapToLong(PageFrame::delta).sum();
        assertTrue(rawSeventy > b.totalSamples() / 5, label + ": raw change of seventy " + rawSeventy);
    }

    /** @return the units of the stacks that have the frame anywhere, once per stack */
    private static long cumulative(Map<List<FlameStacks.Node>, Long> units, String frame) {
        return units.entrySet().stream().filter(e -> e.getKey().stream().anyMatch(n -> n.name().equals(frame)))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The page the converter makes of the two profiles without scaling them. */
    private static String rawDiff(SampleData a, SampleData b) throws IOException {
        FlameGraph before = FlameStacks.graph("raw", FlameStacks.of(a, false));
        FlameGraph after = FlameStacks.graph("raw", FlameStacks.of(b, false));
        after.diff(before);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlameStacks.dump(after, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Both recordings with async-profiler (cpu, 1 ms); where it cannot run, both with JFR, so that the two sides are
     * always recorded alike.
     */
    private List<SampleData> recordTwoAndFour() throws Exception {
        try {
            return List.of(record(SamplingEngine.ASYNC, 2, "a"), record(SamplingEngine.ASYNC, 4, "b"));
        } catch (IOException e) {
            System.out.println("async-profiler could not record here (" + e.getMessage() + "): JFR instead");
            return List.of(record(SamplingEngine.JFR, 2, "a-jfr"), record(SamplingEngine.JFR, 4, "b-jfr"));
        }
    }

    private SampleData record(SamplingEngine engine, int cpuSeconds, String name) throws Exception {
        SamplingSettings settings = new SamplingSettings(engine, SamplingEvent.CPU, 1_000_000L, false);
        List<String> notices = new ArrayList<>();
        SamplingRecorder recorder = new SamplingRecorder(settings, notices::add); // no library here: JFR, a notice
        Path work = Files.createDirectories(dir.resolve(name));
        // SplitTarget is a benchmark target: it lives with the tests, not in the product jar
        ChildJvm child = ChildJvm.sameJava().classPath(SelfJar.locate())
                .classPath(Path.of(SplitTarget.class.getProtectionDomain().getCodeSource().getLocation().toURI()))
                .main(SplitTarget.class.getName(), List.of("cpu", Integer.toString(cpuSeconds))).timeout(Duration.ofMinutes(2))
                .stdoutTo(work.resolve("stdout.txt"));
        recorder.configure(child, work);
        notices.forEach(System.out::println);
        ChildJvm.Result result = child.run();
        if (result.exitCode() != 0) {
            throw new IOException("the child exited with " + result.exitCode() + ": " + String.join(" ",
                    result.command()));
        }
        return recorder.collect(work, result, suffix -> work.resolve("kept" + suffix));
    }
}
