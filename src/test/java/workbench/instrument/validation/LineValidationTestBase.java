package workbench.instrument.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.TraceClassVisitor;
import workbench.agent.rt.LineCounters;
import workbench.instrument.FunctionSelector;
import workbench.instrument.LineCounterInstrumenter;

/**
 * Runs a validation target's {@code run()} with line counters inserted into all its methods (and its local
 * classes and lambdas) and checks every line's hits against the {@code // hits(N)} comment written on it in the
 * target's source; a line without such a comment must have no hits. Both timings are run: the hits must not
 * depend on whether lines are timed. The instrumented class text goes to {@code target/asm/} for debugging.
 */
abstract class LineValidationTestBase {

    private static final Pattern HITS = Pattern.compile("//.*\\bhits\\((\\d+)\\)");

    /** Result of one instrumented run: tables merged by line. */
    record Run(Map<Integer, Long> hits, Map<Integer, Long> nanos, List<LineCounters.Snapshot> tables,
               Class<?> loaded) {
    }

    /** Checks the expectations in the target's source, with and without timing. */
    protected void assertHitsAsCommented(Class<?> target) throws Exception {
        Map<Integer, Long> expected = expectedHits(target);
        for (boolean timed : new boolean[] {false, true}) {
            Run run = run(target, timed);
            Map<Integer, Long> actual = nonZero(run.hits());
            assertEquals(expected, actual, (timed ? "exact" : "hits") + " timing: line -> hits of "
                    + target.getSimpleName() + " (expected from the source comments)");
        }
    }

    /** @return line to hits, from the {@code // hits(N)} comments of the target's source file */
    static Map<Integer, Long> expectedHits(Class<?> target) throws IOException {
        Path src = Path.of("src/test/java", target.getName().replace('.', '/') + ".java");
        List<String> lines = Files.readAllLines(src, StandardCharsets.UTF_8);
        Map<Integer, Long> expected = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HITS.matcher(lines.get(i));
            if (m.find()) expected.put(i + 1, Long.parseLong(m.group(1)));
        }
        assertTrue(!expected.isEmpty(), "no hits(N) comments in " + src);
        return expected;
    }

    /**
     * Instruments all methods of the target, runs its static {@code run()} and sums the new tables by line.
     *
     * @param target the target class (loaded again, instrumented, in a child loader)
     * @param timed  whether lines are timed
     * @return hits and raw nanoseconds per line
     */
    static Run run(Class<?> target, boolean timed) throws Exception {
        return run(target, List.of(target.getSimpleName() + ".*"), timed);
    }

    /** @return line to non-zero hits */
    static Map<Integer, Long> nonZero(Map<Integer, Long> hits) {
        Map<Integer, Long> out = new TreeMap<>();
        hits.forEach((line, h) -> {
            if (h != 0) out.put(line, h);
        });
        return out;
    }

    /**
     * Like {@link #run(Class, boolean)} with the given function patterns.
     *
     * @param target   the target class
     * @param patterns function patterns
     * @param timed    whether lines are timed
     * @return hits and raw nanoseconds per line
     */
    static Run run(Class<?> target, List<String> patterns, boolean timed) throws Exception {
        int before = LineCounters.snapshot().size();
        List<String> log = new ArrayList<>();
        LineCounterInstrumenter instrumenter = new LineCounterInstrumenter(
                new FunctionSelector(patterns), timed, log::add);
        InstrumentingLoader loader = new InstrumentingLoader(
                name -> name.equals(target.getName()) || name.startsWith(target.getName() + "$"), instrumenter);
        Class<?> c = Class.forName(target.getName(), true, loader);
        Method run = c.getDeclaredMethod("run");
        run.setAccessible(true);
        run.invoke(null);
        assertEquals(List.of(), log, "instrumenter complaints");
        List<LineCounters.Snapshot> all = LineCounters.snapshot();
        List<LineCounters.Snapshot> mine = all.subList(before, all.size());
        Map<Integer, Long> hits = new TreeMap<>();
        Map<Integer, Long> nanos = new TreeMap<>();
        for (LineCounters.Snapshot t : mine) {
            for (int s = 0; s < t.hits.length; s++) {
                hits.merge(t.firstLine + s, t.hits[s], Long::sum);
                nanos.merge(t.firstLine + s, t.nanos[s], Long::sum);
            }
        }
        return new Run(hits, nanos, List.copyOf(mine), c);
    }

    /** Loads the classes it owns itself, instrumented when they have selected code; the rest from the parent. */
    static final class InstrumentingLoader extends ClassLoader {
        private final java.util.function.Predicate<String> owns;
        private final LineCounterInstrumenter instrumenter;

        InstrumentingLoader(java.util.function.Predicate<String> owns, LineCounterInstrumenter instrumenter) {
            super(LineValidationTestBase.class.getClassLoader());
            this.owns = owns;
            this.instrumenter = instrumenter;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!owns.test(name)) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    byte[] bytes = bytes(name.replace('.', '/'));
                    if (bytes == null) throw new ClassNotFoundException(name);
                    byte[] out = instrumenter.instrument(bytes, LineValidationTestBase.InstrumentingLoader::bytes);
                    if (out != null) dump(name, out);
                    c = defineClass(name, out != null ? out : bytes, 0, (out != null ? out : bytes).length);
                }
                if (resolve) resolveClass(c);
                return c;
            }
        }

        static byte[] bytes(String internalName) {
            try (InputStream in = LineValidationTestBase.class.getClassLoader()
                    .getResourceAsStream(internalName + ".class")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void dump(String name, byte[] bytes) {
            try {
                Path dir = Files.createDirectories(Path.of("target/asm"));
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve(name + ".txt")))) {
                    new ClassReader(bytes).accept(new TraceClassVisitor(w), 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
