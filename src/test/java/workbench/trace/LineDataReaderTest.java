package workbench.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.Clock;
import workbench.model.LineData;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.ProcessTimes;

class LineDataReaderTest {

    @TempDir
    Path dir;

    @Test
    void counters_written_at_shutdown_read_back_with_the_overhead_subtracted_per_timed_interval() throws IOException {
        // line 10 once, line 11 once timed and five times more untimed (same-line hits), line 12 code never run
        LineDataWriter.Table table = new LineDataWriter.Table("demo/Reader", "check", "()V", "demo/Reader.java", 10,
                new long[] {1, 6, 0}, new long[] {100, 40, 0}, new long[] {1, 1, 0}, new boolean[] {true, true, true});
        Path file = dir.resolve("lines.wbl");
        LineDataWriter.write(file, "exact", 0.5, List.of(table));
        LineData p = LineDataReader.read(file);
        assertEquals(LineTiming.EXACT, p.timing());
        assertEquals(0.5, p.overheadNanosPerHit());
        LineData.FunctionLines f = p.functions().stream()
                .filter(x -> x.method().equals(new MethodId("demo.Reader", "check", "()V"))).findFirst().orElseThrow();
        assertEquals("demo/Reader.java", f.source().path());
        assertEquals(10, f.firstLine());
        assertEquals(List.of(10, 11, 12), f.lines().stream().map(LineData.LineStats::line).toList());
        assertEquals(List.of(1L, 6L, 0L), f.lines().stream().map(LineData.LineStats::hits).toList());
        // 0.5 ns per timed interval, rounded: one off each timed line
        assertEquals(List.of(99L, 39L, 0L), f.lines().stream().map(LineData.LineStats::nanos).toList());
    }

    @Test
    void the_cpu_clock_is_named_in_the_file_and_a_wall_clock_file_is_the_one_earlier_builds_wrote() throws IOException {
        LineDataWriter.Table table = new LineDataWriter.Table("demo/Reader", "check", "()V", "demo/Reader.java", 10,
                new long[] {1}, new long[] {100}, new long[] {1}, new boolean[] {true});
        Path cpu = dir.resolve("cpu.wbl");
        LineDataWriter.write(cpu, "exact", 0.5, Clock.CPU, List.of(table), 1, ProcessTimes.UNKNOWN);
        assertEquals(Clock.CPU, LineDataReader.read(cpu).clock());
        Path wall = dir.resolve("wall.wbl");
        LineDataWriter.write(wall, "exact", 0.5, Clock.WALL, List.of(table), 1, ProcessTimes.UNKNOWN);
        assertEquals(Clock.WALL, LineDataReader.read(wall).clock());
        assertFalse(Files.readString(wall).contains("clock"), Files.readString(wall));
        assertTrue(Files.readString(cpu).contains("\nclock\tcpu\n"), Files.readString(cpu));
    }

    /** What the times sum over, and the process's own times to read them against, come back as written. */
    @Test
    void the_threads_and_the_process_times_read_back() throws IOException {
        LineDataWriter.Table table = new LineDataWriter.Table("demo/Reader", "check", "()V", "demo/Reader.java", 10,
                new long[] {1}, new long[] {100}, new long[] {1}, new boolean[] {true});
        Path file = dir.resolve("threads.wbl");
        LineDataWriter.write(file, "exact", 0.5, Clock.WALL, List.of(table), 4, new ProcessTimes(1_200, 1_350));
        LineData read = LineDataReader.read(file);
        assertEquals(4, read.threads());
        assertEquals(new ProcessTimes(1_200, 1_350), read.process());
        assertEquals(4, read.plus(read).threads(), "two runs of the same threads");
    }

    @Test
    void a_file_of_another_format_is_refused() throws IOException {
        Path file = Files.writeString(dir.resolve("x.wbl"), "something else\n");
        assertThrows(IOException.class, () -> LineDataReader.read(file));
    }
}
