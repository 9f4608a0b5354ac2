package workbench.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.agent.ClassFilter;
import workbench.validation.targets.Edges;
import workbench.validation.targets.Exceptions;
import workbench.validation.targets.Exits;
import workbench.validation.targets.Loops;
import workbench.validation.targets.Recursion;
import workbench.validation.targets.Shapes;
import workbench.validation.targets.Threads;
import workbench.validation.targets.Timing;
import workbench.workload.BoxedBootstrap;
import workbench.workload.Data;
import workbench.workload.ParallelBootstrap;

/** Every instrumented class must pass the JVM's own verifier: each is defined in a fresh loader and linked. */
class MethodTraceInstrumenterTest {

    private final ProbeTable probes = new ProbeTable();
    private final MethodTraceInstrumenter instrumenter =
            new MethodTraceInstrumenter(probes, new ClassFilter(List.of("workbench.validation.*", "workbench.workload.*"),
                    List.of()));

    static byte[] bytes(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Defines the instrumented version of every class of our packages it is asked for, child first. */
    private final class Loader extends ClassLoader {
        Loader() {
            super(MethodTraceInstrumenterTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("workbench.validation.targets.") && !name.startsWith("workbench.workload.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        byte[] original = bytes(Class.forName(name));
                        byte[] instrumented = instrumenter.instrument(original);
                        byte[] out = instrumented != null ? instrumented : original; // interfaces without code
                        c = defineClass(name, out, 0, out.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }

    @Test
    void instrumented_targets_and_workload_classes_pass_the_verifier() throws Exception {
        List<Class<?>> classes = List.of(Recursion.class, Loops.class, Exceptions.class, Threads.class, Shapes.class,
                Class.forName(Shapes.class.getName() + "$Point"), Class.forName(Shapes.class.getName() + "$Named"),
                Edges.class, Exits.class, Timing.class, Data.class,
                BoxedBootstrap.class, ParallelBootstrap.class);
        Loader loader = new Loader();
        for (Class<?> c : classes) {
            Class<?> defined = Class.forName(c.getName(), true, loader); // initialising links and verifies
            assertEquals(loader, defined.getClassLoader());
        }
    }

    @Test
    void ids_are_dense_and_built_ins_are_shared_by_all_call_sites() throws IOException {
        instrumenter.instrument(bytes(Recursion.class));
        List<ProbeTable.Entry> entries = probes.entries();
        for (int i = 0; i < entries.size(); i++) assertEquals(i, entries.get(i).id());
        ProbeTable.Entry fib = entries.stream().filter(e -> e.method().equals("fib")).findFirst().orElseThrow();
        assertEquals("Recursion.java", fib.sourceFile());
        assertTrue(fib.firstLine() > 0);
        int a = probes.builtin("java/io/PrintStream", "println");
        int b = probes.builtin("java/io/PrintStream", "println");
        assertEquals(a, b);
    }

    @Test
    void a_class_with_nothing_selected_is_left_alone() throws IOException {
        MethodTraceInstrumenter none = new MethodTraceInstrumenter(probes,
                new ClassFilter(List.of("nothing.*"), List.of()));
        assertNull(none.instrument(bytes(Recursion.class)));
    }

    /** A method whose probes would push it past 64 KiB of code is left as it was; the rest is instrumented. */
    @Test
    void a_method_that_would_grow_too_large_is_skipped_and_the_others_instrumented() throws Exception {
        org.objectweb.asm.ClassWriter cw = new org.objectweb.asm.ClassWriter(org.objectweb.asm.ClassWriter.COMPUTE_MAXS);
        cw.visit(org.objectweb.asm.Opcodes.V17, org.objectweb.asm.Opcodes.ACC_PUBLIC, "gen/Big", null,
                "java/lang/Object", null);
        org.objectweb.asm.MethodVisitor big = cw.visitMethod(org.objectweb.asm.Opcodes.ACC_STATIC, "big", "(I)V",
                null, null);
        big.visitCode();
        for (int i = 0; i < 12_000; i++) { // 5 bytes each: 60000 bytes, under the limit until probed
            big.visitVarInsn(org.objectweb.asm.Opcodes.ILOAD, 0);
            big.visitMethodInsn(org.objectweb.asm.Opcodes.INVOKESTATIC, "java/lang/Math", "abs", "(I)I", false);
            big.visitInsn(org.objectweb.asm.Opcodes.POP);
        }
        big.visitInsn(org.objectweb.asm.Opcodes.RETURN);
        big.visitMaxs(0, 0);
        big.visitEnd();
        org.objectweb.asm.MethodVisitor small = cw.visitMethod(org.objectweb.asm.Opcodes.ACC_STATIC, "small", "()V",
                null, null);
        small.visitCode();
        small.visitInsn(org.objectweb.asm.Opcodes.RETURN);
        small.visitMaxs(0, 0);
        small.visitEnd();
        cw.visitEnd();
        byte[] original = cw.toByteArray();
        MethodTraceInstrumenter gen = new MethodTraceInstrumenter(probes, new ClassFilter(List.of("gen.*"), List.of()));
        byte[] out = gen.instrument(original);
        assertNotNull(out);
        org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
        new org.objectweb.asm.ClassReader(out).accept(cn, 0);
        for (org.objectweb.asm.tree.MethodNode mn : cn.methods) {
            boolean probed = false;
            for (org.objectweb.asm.tree.AbstractInsnNode n : mn.instructions) {
                if (n instanceof org.objectweb.asm.tree.MethodInsnNode m && m.owner.startsWith("workbench/agent/rt/")) {
                    probed = true;
                }
            }
            assertEquals(mn.name.equals("small"), probed, mn.name);
        }
    }
}
