package workbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The variants' bytecode tells the source document's story, which the three profiles then show: the boxed program
 * calls the {@code randint} helper per element from {@code confidenceInterval}, on the one line the line profiler
 * will blame; the two-line version splits draw and gather over two lines; the fused fix calls the generator
 * directly; the primitive and parallel ones never touch {@code java.util.Random}.
 */
class CallShapeTest {

    /** A call in a method's bytecode, with the source line it is on. */
    record Call(String owner, String name, int line) {
        boolean is(String o, String n) {
            return owner.equals(o) && name.equals(n);
        }
    }

    private static final String DATA = "workbench/workload/Data";
    private static final String RANDOM = "java/util/Random";
    private static final String LIST = "java/util/List";

    @Test
    void boxedCallsRandintPerElementOnOneLine() throws IOException {
        List<Call> calls = calls(BoxedBootstrap.class, "confidenceInterval");
        Call randint = only(calls, DATA, "randint");
        assertTrue(onLine(calls, randint.line(), LIST, "get") && onLine(calls, randint.line(), LIST, "add"),
                "draw, gather and append on the randint line " + randint.line() + ": " + calls);
        assertFalse(calls.stream().anyMatch(c -> c.is(RANDOM, "nextInt")), "the generator only through randint");
    }

    @Test
    void twoLineDrawsOnOneLineAndGathersOnAnother() throws IOException {
        List<Call> calls = calls(TwoLineBootstrap.class, "confidenceInterval");
        Call randint = only(calls, DATA, "randint");
        Call gather = only(calls, LIST, "get");
        assertTrue(gather.line() > randint.line(), "indices first, the gather on a later line: " + calls);
    }

    @Test
    void randintCallsTheGeneratorOnceAndGenerateCallsRandint() throws IOException {
        List<Call> randint = calls(Data.class, "randint");
        assertEquals(1, randint.stream().filter(c -> c.is(RANDOM, "nextInt")).count(), randint.toString());
        assertEquals(1, calls(Data.class, "generate").stream().filter(c -> c.is(DATA, "randint")).count());
    }

    @Test
    void fusedCallsTheGeneratorDirectly() throws IOException {
        List<Call> calls = calls(FusedBootstrap.class, "confidenceInterval");
        only(calls, RANDOM, "nextInt");
        assertFalse(calls.stream().anyMatch(c -> c.owner().equals(DATA) && c.name().equals("randint")));
        assertFalse(calls.stream().anyMatch(c -> c.owner().equals(LIST)), "no boxed lists: " + calls);
    }

    @Test
    void primitiveAndParallelNeverUseJavaUtilRandom() throws IOException {
        for (Class<?> c : List.of(PrimitiveBootstrap.class, ParallelBootstrap.class)) {
            List<Call> all = new ArrayList<>();
            for (String m : List.of("confidenceInterval", "resampleMean", "mean")) all.addAll(calls(c, m));
            assertFalse(all.stream().anyMatch(call -> call.owner().equals(RANDOM)), c + ": " + all);
        }
        assertTrue(calls(PrimitiveBootstrap.class, "resampleMean").stream()
                .anyMatch(c -> c.is("java/util/SplittableRandom", "nextInt")));
    }

    private static Call only(List<Call> calls, String owner, String name) {
        List<Call> found = calls.stream().filter(c -> c.is(owner, name)).toList();
        assertEquals(1, found.size(), owner + "." + name + " in " + calls);
        return found.get(0);
    }

    private static boolean onLine(List<Call> calls, int line, String owner, String name) {
        return calls.stream().anyMatch(c -> c.line() == line && c.is(owner, name));
    }

    /** The calls in the named method(s) of a class, lambdas not included, in bytecode order. */
    static List<Call> calls(Class<?> type, String method) throws IOException {
        List<Call> calls = new ArrayList<>();
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                    if (!name.equals(method)) return null;
                    return new MethodVisitor(Opcodes.ASM9) {
                        int line;

                        @Override
                        public void visitLineNumber(int l, Label start) {
                            line = l;
                        }

                        @Override
                        public void visitMethodInsn(int op, String owner, String n, String d, boolean itf) {
                            calls.add(new Call(owner, n, line));
                        }
                    };
                }
            }, 0);
        }
        return calls;
    }
}
