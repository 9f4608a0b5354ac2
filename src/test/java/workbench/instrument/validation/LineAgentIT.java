package workbench.instrument.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.agent.AgentOptions;
import workbench.model.LineData;
import workbench.report.LineProfilerTable;
import workbench.report.SourceLookup;
import workbench.session.ChildJvm;
import workbench.trace.LineDataReader;
import workbench.validation.targets.LineShapes;

/**
 * The line mode through the real agent (the shaded jar as {@code -javaagent}) on a program of its own, whose
 * classes the system class loader loads: local and anonymous classes are found and counted in their method's
 * table, every line has the hits commented on it, and {@code --source-path} finds the program's source.
 */
class LineAgentIT {

    @TempDir
    Path work;

    private LineData run(String timing) throws Exception {
        Path jar = Path.of(System.getProperty("workbench.jar"));
        Path classes = Path.of(LineShapes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ChildJvm child = ChildJvm.sameJava().classPath(classes).main(LineShapes.class.getName(), List.of())
                .stdoutTo(work.resolve("stdout-" + timing + ".txt"));
        Path dir = Files.createDirectories(work.resolve(timing));
        // the agent leaves workbench.* alone unless included: this target lives there
        AgentOptions options = new AgentOptions(AgentOptions.LINE, dir.resolve("lines.wbl").toString(),
                List.of("workbench.validation.targets.*"), List.of(), timing.equals("exact"), List.of("LineShapes.*"),
                timing);
        child.agent(jar, options.toString());
        ChildJvm.Result result = child.run();
        assertEquals(0, result.exitCode());
        assertEquals("7", Files.readString(work.resolve("stdout-" + timing + ".txt")).trim()); // 2 - 5 + 10
        return LineDataReader.read(dir.resolve("lines.wbl"));
    }

    @Test
    void local_and_anonymous_classes_and_lambdas_count_in_their_methods_table() throws Exception {
        Map<Integer, Long> expected = LineValidationTestBase.expectedHits(LineShapes.class);
        for (String timing : List.of("hits", "exact")) {
            LineData p = run(timing);
            Map<Integer, Long> actual = new TreeMap<>();
            for (LineData.FunctionLines f : p.functions()) {
                for (LineData.LineStats s : f.lines()) {
                    if (s.hits() > 0) actual.merge(s.line(), s.hits(), Long::sum);
                }
            }
            assertEquals(expected, actual, timing);
            assertEquals(List.of("main", "shapes"),
                    p.functions().stream().map(f -> f.method().method()).toList());
        }
    }

    @Test
    void source_path_gives_the_table_its_text() throws Exception {
        StringWriter sw = new StringWriter();
        new LineProfilerTable(new SourceLookup(List.of(Path.of("src/test/java")))).print(run("exact"),
                new PrintWriter(sw));
        String table = sw.toString();
        assertTrue(table.contains("File: workbench/validation/targets/LineShapes.java\nFunction: shapes at line "),
                table);
        assertTrue(table.lines().anyMatch(l -> l.matches("\\s+\\d+\\s+6\\s.*IntSupplier lambda = \\(\\) -> k \\* k;.*")),
                table);
        assertTrue(!table.contains("not found"), table);
    }
}
