package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.LineTiming;
import workbench.session.DeterministicRecorder;
import workbench.session.HybridRecorder;
import workbench.session.LineRecorder;
import workbench.session.ModeRecorder;
import workbench.session.SamplingRecorder;

/**
 * The JDK's javac, its parser instrumented, compiles a generated file in every mode: the class file it writes is
 * byte for byte the one it writes unprofiled, and the parser's calls are counted exactly where the file's shape
 * fixes them (one {@code methodDeclaratorRest} per method declared).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavacUnderAgentIT {

    private static final int METHODS = 120;
    /** Line mode counts every method of the parser and of attribution (whose frames hold unbuilt objects). */
    private static final List<String> LINE_FUNCTIONS = List.of("com.sun.tools.javac.parser.*.*",
            "com.sun.tools.javac.comp.Attr.*");

    private final Map<String, ProgramRuns.Run> runs = new LinkedHashMap<>();
    private final Map<String, byte[]> classFiles = new LinkedHashMap<>();

    @BeforeAll
    void compileInEveryMode(@TempDir Path work) throws IOException {
        Path source = JavacProgram.source(work.resolve("src"), METHODS);
        ProgramRuns programs = new ProgramRuns(work, List.of());
        List<String> notices = new ArrayList<>();
        run(programs, work, "plain", null, source);
        run(programs, work, "deterministic",
                new DeterministicRecorder(List.of(JavacProgram.PARSER), List.of(), false), source);
        run(programs, work, "line exact", new LineRecorder(LINE_FUNCTIONS, LineTiming.EXACT), source);
        run(programs, work, "line sampled",
                HybridRecorder.line(LINE_FUNCTIONS, AgentSafetyIT.settings(), notices::add), source);
        run(programs, work, "sampling", new SamplingRecorder(AgentSafetyIT.settings(), notices::add), source);
        notices.forEach(System.out::println);
    }

    private void run(ProgramRuns programs, Path work, String label, ModeRecorder recorder,
                     Path source) throws IOException {
        Path out = work.resolve("out-" + label.replace(' ', '-'));
        ProgramRuns.Run r = recorder == null ? programs.plain(JavacProgram.compile(source, out))
                : programs.profiled(label, recorder, JavacProgram.compile(source, out));
        runs.put(label, r);
        Path cls = out.resolve(JavacProgram.CLASS + ".class");
        classFiles.put(label, Files.exists(cls) ? Files.readAllBytes(cls) : new byte[0]);
    }

    @Test
    void javac_compiles_the_file_in_every_mode_to_the_same_class_file() {
        ProgramRuns.Run plain = runs.get("plain");
        assertEquals(0, plain.exitCode(), plain.stderr());
        assertTrue(classFiles.get("plain").length > 1000, "plain javac wrote no class file");
        for (Map.Entry<String, ProgramRuns.Run> e : runs.entrySet()) {
            e.getValue().behavesAs(plain);
            assertEquals(List.of(), e.getValue().agentLines(), e.getKey());
            assertArrayEquals(classFiles.get("plain"), classFiles.get(e.getKey()), e.getKey() + ": class file");
        }
    }

    @Test
    void deterministic_mode_counts_one_method_declarator_per_method_and_one_compilation_unit() {
        List<FunctionStats> merged = ((FunctionData) runs.get("deterministic").profile().data()).merged();
        assertEquals(METHODS, TracedRun.find(merged, "(JavacParser.methodDeclaratorRest)").calls());
        assertEquals(1, TracedRun.find(merged, "(JavacParser.parseCompilationUnit)").calls());
        // only the parser was asked for: the rest of javac appears as the calls the parser makes into it
        for (FunctionStats s : merged) {
            String label = TracedRun.label(s.function());
            assertTrue(label.startsWith("{") || s.function().method().className()
                    .startsWith("com.sun.tools.javac.parser."), label);
        }
    }

    @Test
    void line_mode_counts_the_declarators_entry_line_once_per_method() {
        for (String label : List.of("line exact", "line sampled")) {
            Map<Integer, Long> hits = ProgramRuns.hits(runs.get(label).lines(),
                    "com.sun.tools.javac.parser.JavacParser", "methodDeclaratorRest");
            long entry = hits.values().iterator().next(); // the first line with hits: the method's first
            assertEquals(METHODS, entry, label + ": " + hits);
        }
    }
}
