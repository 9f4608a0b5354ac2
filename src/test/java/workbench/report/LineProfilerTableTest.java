package workbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.LineData;
import workbench.model.LineData.FunctionLines;
import workbench.model.LineData.LineStats;
import workbench.model.LineTiming;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.SourceRef;
import workbench.model.ThreadScope;

class LineProfilerTableTest {

    @TempDir
    Path dir;

    private static final List<String> SOURCE = List.of(
            "package demo;",                                         // 1
            "",                                                      // 2
            "final class Demo {",                                    // 3
            "    @Deprecated",                                       // 4
            "    static int work(int n) {",                          // 5
            "        int s = 0; // a comment with a } brace",        // 6
            "        for (int i = 0; i < n; i++) s += i;",           // 7
            "        String t = \"}\";",                             // 8
            "        return s;",                                     // 9
            "    }",                                                 // 10
            "",                                                      // 11
            "    static void other() {",                             // 12
            "    }",                                                 // 13
            "}");                                                    // 14

    private String print(LineData profile, List<Path> sourcePath) {
        StringWriter sw = new StringWriter();
        new LineProfilerTable(new SourceLookup(sourcePath)).print(profile, new PrintWriter(sw));
        return sw.toString();
    }

    /** The lines of {@code className.method}, its source found by package as the recorder does. */
    static FunctionLines lines(String className, String method, String descriptor, int firstLine,
                               LineStats... stats) {
        MethodId id = new MethodId(className, method, descriptor);
        return new FunctionLines(id, SourceRef.of(id, null, firstLine), List.of(stats));
    }

    static LineData demo(LineTiming timing) {
        return new LineData(timing, 21.5, List.of(lines("demo.Demo", "work", "(I)I", 6,
                new LineStats(6, 4, 6_500), new LineStats(7, 4_000_040, 9_169_822_800L),
                new LineStats(8, 0, 0), new LineStats(9, 4, 2_500))));
    }

    @Test
    void table_has_line_profilers_exact_layout_from_the_annotation_to_the_closing_brace() throws Exception {
        Files.createDirectories(dir.resolve("demo"));
        Files.write(dir.resolve("demo/Demo.java"), SOURCE);
        String text = print(demo(LineTiming.EXACT), List.of(dir));
        String expected = String.join("\n",
                "Timer unit: 1e-06 s",
                "Timer overhead: 21.5 ns per timed line start, subtracted (calibrated)",
                "",
                "Total time: 9.16983 s",
                "File: demo/Demo.java",
                "Function: work at line 4",
                "",
                "Line #      Hits         Time  Per Hit   % Time  Line Contents",
                "==============================================================",
                "     4                                               @Deprecated",
                "     5                                               static int work(int n) {",
                "     6         4          6.5      1.6      0.0          int s = 0; // a comment with a } brace",
                "     7   4000040    9169822.8      2.3    100.0          for (int i = 0; i < n; i++) s += i;",
                "     8                                                   String t = \"}\";",
                "     9         4          2.5      0.6      0.0          return s;",
                "    10                                               }",
                "", "");
        assertEquals(expected, text);
    }

    @Test
    void hits_timing_leaves_the_time_columns_empty_and_says_so() throws Exception {
        Files.write(dir.resolve("Demo.java"), SOURCE); // found by file name alone
        String text = print(demo(LineTiming.HITS), List.of(dir));
        assertTrue(text.startsWith("Timer unit: 1e-06 s\n\nTotal time: not measured (--timing hits)\n"), text);
        assertTrue(text.contains("\n     7   4000040                                         for (int i"), text);
    }

    @Test
    void missing_source_prints_line_numbers_and_says_so_once() {
        LineData two = new LineData(LineTiming.HITS, 0, List.of(
                lines("demo.Gone", "a", "()V", 3, new LineStats(3, 1, 0), new LineStats(5, 2, 0)),
                lines("demo.Gone", "b", "()V", 8, new LineStats(8, 1, 0))));
        String text = print(two, List.of());
        assertEquals(1, text.split("not found", -1).length - 1, text);
        assertTrue(text.contains("Function: a at line 3\n"), text);
        assertTrue(text.contains("\n     4                                           \n"), text);
        assertTrue(text.contains("\n     5         2                                 \n"), text);
    }

    @Test
    void functions_that_never_ran_get_a_name_not_a_table() {
        LineData p = new LineData(LineTiming.HITS, 0, List.of(
                lines("demo.A", "ran", "()V", 3, new LineStats(3, 1, 0)),
                lines("demo.B", "idle", "()V", 8, new LineStats(8, 0, 0))));
        String text = print(p, List.of());
        assertTrue(text.endsWith("\nSelected but never run: B.idle\n"), text);
        assertTrue(!text.contains("File: demo/B.java"), text);
    }

    @Test
    void a_method_without_a_declaration_in_the_source_shows_only_its_lines() throws Exception {
        Files.write(dir.resolve("Demo.java"), SOURCE);
        LineData p = new LineData(LineTiming.HITS, 0, List.of(lines("demo.Demo", "values", "()[Ldemo/Demo;", 3,
                new LineStats(3, 2, 0))));
        String text = print(p, List.of(dir));
        assertTrue(text.contains("Function: values at line 3\n"), text);
        assertTrue(text.endsWith(String.format("%6s %9s %12s %8s %8s  %s%n%n", 3, 2, "", "", "", "final class Demo {")),
                text);
    }

    @Test
    void numbers_follow_pythons_percent_g() {
        assertEquals("1e-06", LineProfilerTable.g(1e-6, 6));
        assertEquals("9.20643", LineProfilerTable.g(9.206432, 6));
        assertEquals("4.00004e+06", LineProfilerTable.g(4_000_040, 6));
        assertEquals("0.0001", LineProfilerTable.g(1e-4, 6));
        assertEquals("1.23e+07", LineProfilerTable.g(12_345_678, 3));
        assertEquals("0", LineProfilerTable.g(0, 6));
    }

    @Test
    void the_workloads_own_sources_ship_as_resources() {
        List<String> lines = new SourceLookup(List.of()).lines("workbench/workload/BoxedBootstrap.java");
        assertTrue(lines != null && lines.stream().anyMatch(l -> l.contains("confidenceInterval(")));
    }

    @Test
    void a_nested_class_never_run_is_named_with_dots_and_its_source_is_the_outer_file() {
        LineData p = new LineData(LineTiming.HITS, 0, List.of(
                lines("demo.Outer$Inner", "idle", "()V", 8, new LineStats(8, 0, 0))));
        assertEquals("demo/Outer.java", p.functions().get(0).source().path());
        String text = print(p, List.of());
        assertTrue(text.endsWith("\nSelected but never run: Outer.Inner.idle\n"), text);
    }

    @Test
    void sampled_timing_names_the_samples_its_times_come_from() throws Exception {
        Files.createDirectories(dir.resolve("demo"));
        Files.write(dir.resolve("demo/Demo.java"), SOURCE);
        LineData lines = new LineData(LineTiming.SAMPLED, 0, demo(LineTiming.SAMPLED).functions());
        SampleData samples = new SampleData(new SamplerInfo(SamplingEngine.ASYNC, SamplingEvent.CPU, "perf_events",
                ThreadScope.WORKLOAD, 10_000_000L, 0, ""), List.of(workbench.model.Frames.java("demo.Demo", "work", 7)),
                List.of(new SampleData.StackCount("main", List.of(0), 917)));
        StringWriter sw = new StringWriter();
        new LineProfilerTable(new SourceLookup(List.of(dir))).print(lines, samples, new PrintWriter(sw));
        assertTrue(sw.toString().startsWith(String.join("\n",
                "Timer unit: 1e-06 s",
                "Times sampled: 917 samples, async cpu every 10ms; hits counted exactly",
                "",
                "Total time: 9.16983 s",
                "File: demo/Demo.java",
                "Function: work at line 4",
                "")), sw.toString());
    }
}
