package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.model.Frames.java;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.export.FlameGraphPages.PageFrame;
import workbench.model.Frame;
import workbench.model.SampleData;

class DiffFlameGraphExporterTest {

    private static final Frame MAIN = java("app.Main", "main", 5);
    private static final Frame COMMON = java("app.Work", "common", 10);
    private static final Frame ONLY_A = java("app.Work", "onlyInA", 20);
    private static final Frame ONLY_B = java("app.Work", "onlyInB", 30);
    private static final Frame F = java("app.Work", "f", 40);
    private static final Frame G = java("app.Work", "g", 50);
    private static final Frame H = java("app.Work", "h", 60);

    /** Stacks over one frame list, each given leaf first as frames and a count. */
    private static SampleData profile(List<Frame> frames, Object... stacksAndCounts) {
        List<SampleData.StackCount> stacks = new ArrayList<>();
        for (int i = 0; i < stacksAndCounts.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Frame> leafFirst = (List<Frame>) stacksAndCounts[i];
            stacks.add(new SampleData.StackCount("main", leafFirst.stream().map(frames::indexOf).toList(),
                    ((Number) stacksAndCounts[i + 1]).longValue()));
        }
        return new SampleData(FlameGraphExporterTest.sampler(), frames, stacks);
    }

    private static String page(SampleData a, SampleData b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DiffFlameGraphExporter("a vs b", false).write(a, b, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static PageFrame frame(List<PageFrame> frames, Frame f) {
        String name = f.method().className() + "." + f.method().method();
        return frames.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + frames));
    }

    private static String name(Frame f) {
        return f.method().className() + "." + f.method().method();
    }

    @Test
    void writes_an_html_page_in_the_new_sides_shape_marking_frames_the_baseline_lacks(@TempDir Path dir)
            throws Exception {
        SampleData a = profile(List.of(MAIN, COMMON, ONLY_A), List.of(COMMON, MAIN), 6, List.of(ONLY_A, MAIN), 4);
        SampleData b = profile(List.of(MAIN, COMMON, ONLY_B), List.of(COMMON, MAIN), 6, List.of(ONLY_B, MAIN), 4);
        Path html = dir.resolve("diff.html");
        new DiffFlameGraphExporter("before vs 'after'", false).export(a, b, html);

        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
        assertTrue(page.stripTrailing().endsWith("</html>"));
        assertTrue(page.contains("before vs after (normalised: A 10 samples, B 10 samples, both scaled to 100 %"),
                "the title says the sides were scaled");
        assertEquals(List.of(), Files.list(dir).filter(f -> !f.equals(html)).toList(), "no temporary file left");

        List<PageFrame> frames = FlameGraphPages.frames(page);
        assertEquals(0L, frame(frames, MAIN).delta(), "both sides have it with no self samples");
        assertEquals(0L, frame(frames, COMMON).delta(), "60 % of the time on both sides");
        assertNull(frame(frames, ONLY_B).delta(), "new in B: the page's d=U, drawn yellow");
        assertEquals(400_000L, frame(frames, ONLY_B).width(), "as wide as in B's own graph");
        // the converter draws B's shape: what only A has has no width in it, and shows when the sides are swapped
        assertFalse(FlameGraphPages.frameNames(page).contains(name(ONLY_A)), FlameGraphPages.frameNames(page).toString());
        List<PageFrame> swapped = FlameGraphPages.frames(page(b, a));
        assertNull(frame(swapped, ONLY_A).delta());
        assertFalse(FlameGraphPages.frameNames(page(b, a)).contains(name(ONLY_B)));
    }

    @Test
    void a_longer_recording_of_the_same_program_shows_no_change_anywhere() throws Exception {
        List<Frame> frames = List.of(MAIN, F, G, H);
        SampleData a = profile(frames, List.of(F, MAIN), 7, List.of(G, MAIN), 3, List.of(H, G, MAIN), 2,
                List.of(MAIN), 1);
        // three times every count, recorded in another order: only the length differs
        SampleData b = profile(frames, List.of(MAIN), 3, List.of(H, G, MAIN), 6, List.of(G, MAIN), 9,
                List.of(F, MAIN), 21);

        String page = page(a, b);
        List<PageFrame> drawn = FlameGraphPages.frames(page);
        assertEquals(5, drawn.size(), drawn.toString()); // all, main, f, g, h
        for (PageFrame f : drawn) assertEquals(0L, f.delta(), f.toString());
        assertEquals(0, FlameGraphPages.maxdiff(page), "a differential page (maxdiff >= 0) with nothing changed");
        assertEquals(DiffFlameGraphExporter.SCALE, drawn.get(0).width(), "the root is 100 %");
        assertTrue(page.contains("(normalised: A 13 samples, B 39 samples, both scaled to 100 % = 1,000,000)"));

        // because the scaled stacks are identical, whatever order they were recorded in
        assertEquals(DiffFlameGraphExporter.normalise(FlameStacks.of(a, false)),
                DiffFlameGraphExporter.normalise(FlameStacks.of(b, false)));
    }

    @Test
    void a_frame_twice_as_slow_relative_to_the_others_has_the_largest_change() throws Exception {
        List<Frame> frames = List.of(MAIN, F, G, H);
        SampleData a = profile(frames, List.of(F, MAIN), 100, List.of(G, MAIN), 100, List.of(H, MAIN), 100);
        SampleData b = profile(frames, List.of(F, MAIN), 200, List.of(G, MAIN), 100, List.of(H, MAIN), 100);

        List<PageFrame> drawn = FlameGraphPages.frames(page(a, b));
        PageFrame largest = drawn.stream().max(Comparator.comparingLong(p -> Math.abs(p.delta()))).orElseThrow();
        assertEquals(name(F), largest.name(), drawn.toString());
        // f: a third of A, half of B; g and h: a third of A, a quarter of B
        assertEquals(500_000 - 333_334, frame(drawn, F).delta(), drawn.toString());
        assertTrue(frame(drawn, G).delta() < 0 && frame(drawn, H).delta() < 0, drawn.toString());
        assertEquals(0L, frame(drawn, MAIN).delta(), "main has no self samples on either side");
    }

    @Test
    void scaling_keeps_the_total_exact_by_giving_leftover_units_to_the_largest_remainders() {
        Map<List<FlameStacks.Node>, Long> stacks = FlameStacks.of(profile(List.of(MAIN, F, G, H),
                List.of(H, MAIN), 1, List.of(G, MAIN), 1, List.of(F, MAIN), 1), false);
        Map<List<FlameStacks.Node>, Long> units = DiffFlameGraphExporter.normalise(stacks);
        assertEquals(DiffFlameGraphExporter.SCALE, units.values().stream().mapToLong(Long::longValue).sum());
        // three equal thirds: the one left-over unit goes to the first stack by frame names, f
        assertEquals(List.of(333_333L, 333_333L, 333_334L), List.copyOf(units.values()), units.toString());
    }

    @Test
    void a_side_without_samples_cannot_be_scaled_and_writes_no_file(@TempDir Path dir) {
        SampleData a = profile(List.of(MAIN), List.of(MAIN), 5);
        SampleData empty = profile(List.of(MAIN));
        Path html = dir.resolve("diff.html");
        assertThrows(IllegalArgumentException.class, () -> new DiffFlameGraphExporter("t", false).export(a, empty,
                html));
        assertFalse(Files.exists(html));
    }
}
