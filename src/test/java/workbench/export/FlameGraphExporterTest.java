package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.model.Frames.builtin;
import static workbench.model.Frames.java;
import static workbench.model.Frames.nativeCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.SampleData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.ThreadScope;

class FlameGraphExporterTest {

    static SamplerInfo sampler() {
        return new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events", ThreadScope.WORKLOAD,
                1_000_000L, 0, "");
    }

    static SampleData profile() {
        return new SampleData(sampler(),
                List.of(java("workbench.workload.BoxedBootstrap", "confidenceInterval", 26),
                        java("workbench.workload.Main", "main", 5), nativeCode("libjvm.so", "Spin")),
                List.of(new SampleData.StackCount("main", List.of(0, 1), 9),
                        new SampleData.StackCount("main", List.of(2), 1)));
    }

    private static List<String> names(SampleData profile, boolean lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FlameGraphExporter("t", lines).write(profile, out);
        return FlameGraphPages.frameNames(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writes_an_html_page_whose_frames_include_the_hot_method(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("out.html");
        new FlameGraphExporter("test 'graph'", false).export(profile(), html);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
        assertTrue(page.stripTrailing().endsWith("</html>"));
        assertTrue(page.contains("test graph"));
        List<String> names = FlameGraphPages.frameNames(page);
        assertTrue(names.contains("workbench.workload.BoxedBootstrap.confidenceInterval"), names.toString());
        assertTrue(names.contains("workbench.workload.Main.main"), names.toString());
        assertTrue(names.contains("libjvm.so`Spin"), names.toString());
        assertEquals(List.of(), Files.list(dir).filter(f -> !f.equals(html)).toList(), "no temporary file left");
    }

    @Test
    void frames_can_be_split_by_line(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("lines.html");
        new FlameGraphExporter("lines", true).export(profile(), html);
        List<String> names = FlameGraphPages.frameNames(Files.readString(html));
        assertTrue(names.contains("workbench.workload.BoxedBootstrap.confidenceInterval:26"), names.toString());
        assertTrue(names.contains("libjvm.so`Spin"), "native frames have no line: " + names);
    }

    @Test
    void two_classes_of_one_simple_name_are_two_frames() throws IOException {
        SampleData p = new SampleData(sampler(),
                List.of(java("a.Util", "run", 3), java("b.Util", "run", 3), java("a.Outer$Inner", "m", 9)),
                List.of(new SampleData.StackCount("main", List.of(0, 2), 4),
                        new SampleData.StackCount("main", List.of(1, 2), 6)));
        List<String> names = names(p, false);
        assertTrue(names.contains("a.Util.run"), names.toString());
        assertTrue(names.contains("b.Util.run"), names.toString());
        assertTrue(names.contains("a.Outer$Inner.m"), "binary names, as async-profiler's --dot: " + names);
        assertFalse(names.contains("Util.run"), names.toString());
    }

    @Test
    void builtins_and_kernel_frames_keep_async_profilers_names() throws IOException {
        SampleData p = new SampleData(sampler(),
                List.of(nativeCode("[kernel]", "do_syscall_64"), builtin("java.util.Random", "next"),
                        java("workbench.workload.Data", "randint", 23)),
                List.of(new SampleData.StackCount("main", List.of(0, 1, 2), 2)));
        List<String> names = names(p, true);
        assertTrue(names.contains("java.util.Random.next"), names.toString());
        assertTrue(names.contains("do_syscall_64_[k]"), names.toString());
        assertTrue(names.contains("workbench.workload.Data.randint:23"), names.toString());
    }

    @Test
    void a_page_that_cannot_be_written_is_an_error_not_half_a_page() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThrows(IOException.class, () -> new FlameGraphExporter("t", false).write(profile(), broken));
    }
}
