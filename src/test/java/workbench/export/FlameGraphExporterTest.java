package workbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.FrameKey;
import workbench.model.SampleProfile;

class FlameGraphExporterTest {

    static SampleProfile profile() {
        return new SampleProfile("async", "cpu", "perf_events", "workload", 1_000_000L, 0, null,
                List.of(new FrameKey("BoxedBootstrap.java", 26, "BoxedBootstrap.confidenceInterval"),
                        new FrameKey("Main.java", 5, "Main.main"), new FrameKey("~", 0, "libjvm.so`Spin")),
                List.of(new SampleProfile.StackCount("main", List.of(0, 1), 9),
                        new SampleProfile.StackCount("main", List.of(2), 1)));
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
        assertTrue(names.contains("BoxedBootstrap.confidenceInterval"), names.toString());
        assertTrue(names.contains("Main.main"), names.toString());
        assertTrue(names.contains("libjvm.so`Spin"), names.toString());
        assertEquals(List.of(), Files.list(dir).filter(f -> !f.equals(html)).toList(), "no temporary file left");
    }

    @Test
    void frames_can_be_split_by_line(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("lines.html");
        new FlameGraphExporter("lines", true).export(profile(), html);
        List<String> names = FlameGraphPages.frameNames(Files.readString(html));
        assertTrue(names.contains("BoxedBootstrap.confidenceInterval:26"), names.toString());
    }
}
