package workbench.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.agent.rt.LineCounters;
import workbench.agent.rt.LineDataWriter;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;

class LineDataReaderTest {

    @TempDir
    Path dir;

    @Test
    void counters_written_at_shutdown_read_back_with_the_overhead_subtracted_per_timed_interval() throws IOException {
        int table = LineCounters.registerTable("demo/Reader", "check", "()V", "demo/Reader.java", 10, 3);
        LineCounters.addCodeLines(table, new int[] {10, 11, 12});
        long[] c = LineCounters.enterTimed(table, 0);   // line 10 starts
        LineCounters.line(c, 1);                        // line 11
        for (int i = 0; i < 5; i++) c[LineCounters.HEADER + 1]++; // five same-line hits, untimed
        LineCounters.exit(c);
        Path file = dir.resolve("lines.wbl");
        LineDataWriter.write(file, "exact", 0.5);
        LineData p = LineDataReader.read(file);
        assertEquals(LineTiming.EXACT, p.timing());
        assertEquals(0.5, p.overheadNanosPerHit());
        LineData.FunctionLines f = p.functions().stream()
                .filter(x -> x.method().equals(new MethodId("demo.Reader", "check", "()V"))).findFirst().orElseThrow();
        assertEquals("demo/Reader.java", f.source().path());
        assertEquals(10, f.firstLine());
        assertEquals(List.of(10, 11, 12), f.lines().stream().map(LineData.LineStats::line).toList());
        assertEquals(List.of(1L, 6L, 0L), f.lines().stream().map(LineData.LineStats::hits).toList());
        assertEquals(0, f.lines().get(2).nanos());
    }

    @Test
    void a_file_of_another_format_is_refused() throws IOException {
        Path file = Files.writeString(dir.resolve("x.wbl"), "something else\n");
        assertThrows(IOException.class, () -> LineDataReader.read(file));
    }
}
