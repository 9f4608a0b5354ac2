package workbench.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;
import workbench.agent.ClassFilter;
import workbench.validation.SafetyClasses;

/** What the instrumenters leave out, that they say so once, and that what they do rewrite still verifies. */
class SkipRulesTest {

    private static final String TOO_LARGE = "workbench agent: not profiled: demo.gen.Huge.huge(I)I: with probes its"
            + " code would pass the JVM's 64 KB limit per method";
    private static final String JSR = "workbench agent: not profiled: demo.gen.Old49.withJsr(I)I: it uses jsr/ret"
            + " subroutines (a class file for Java 1.4 or earlier)";

    private final List<String> said = new ArrayList<>();
    private final SkipLog log = new SkipLog(said::add);

    private MethodTraceInstrumenter tracer() {
        return new MethodTraceInstrumenter(new ProbeTable(), new ClassFilter(List.of("demo.*"), List.of()), log);
    }

    @Test
    void a_method_too_large_with_probes_is_left_out_and_the_rest_of_its_class_traced() {
        hugeLeftOutSmallProbed(tracer().instrument("demo/gen/Huge", SafetyClasses.huge()), "Tracer");
    }

    @Test
    void line_mode_leaves_a_too_large_method_out_before_it_gets_a_table() {
        assertFalse(CodeSize.fitsWithLineProbes(method(SafetyClasses.huge(), "huge")));
        assertTrue(CodeSize.fitsWithLineProbes(method(SafetyClasses.huge(), "small")));
        hugeLeftOutSmallProbed(new LineCounterInstrumenter(new FunctionSelector(List.of("demo.gen.Huge.*")), true,
                log).instrument(SafetyClasses.huge(), name -> null), "LineCounters");
    }

    /** The instrumented Huge: {@code huge} as it was, {@code small} calling the runtime, one warning, verified. */
    private void hugeLeftOutSmallProbed(byte[] out, String runtimeClass) {
        assertNotNull(out);
        assertFalse(calls(out, "huge", "workbench/agent/rt/"));
        assertTrue(calls(out, "small", "workbench/agent/rt/" + runtimeClass));
        assertEquals(List.of(TOO_LARGE), said);
        verifies(out);
    }

    @Test
    void a_java_5_class_file_is_traced_without_frames_but_its_jsr_subroutine_is_left_out() {
        byte[] out = tracer().instrument("demo/gen/Old49", SafetyClasses.old49());
        assertTrue(calls(out, "simple", "workbench/agent/rt/Tracer"));
        assertFalse(calls(out, "withJsr", "workbench/agent/rt/"));
        assertEquals(Opcodes.V1_5, new ClassReader(out).readShort(6));
        assertEquals(List.of(JSR), said);
        verifies(out);
        byte[] lines = new LineCounterInstrumenter(new FunctionSelector(List.of("demo.gen.Old49.*")), false, log)
                .instrument(SafetyClasses.old49(), name -> null);
        assertTrue(calls(lines, "simple", "workbench/agent/rt/LineCounters"));
        assertFalse(calls(lines, "withJsr", "workbench/agent/rt/"));
        assertEquals(List.of(JSR), said, "said once for both modes");
        verifies(lines);
    }

    @Test
    void a_class_file_newer_than_asm_reads_is_kept_as_it_is_with_one_warning() {
        byte[] future = SafetyClasses.huge();
        future[6] = 0;
        future[7] = 99;
        assertNull(tracer().instrument("demo/gen/Huge", future));
        assertNull(tracer().instrument("demo/gen/Huge", future));
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("workbench agent: not profiled: demo.gen.Huge (major version 99): its"
                + " class file version is newer than the instrumenter reads"), said.get(0));
    }

    @Test
    void a_native_method_is_named_once_and_an_abstract_one_not_at_all() {
        byte[] cls = nativeAndAbstract();
        assertNotNull(tracer().instrument("demo/N", cls));
        assertNotNull(tracer().instrument("demo/N", cls)); // a second loader's copy: nothing new to say
        assertEquals(List.of("workbench agent: not profiled: demo.N.hash(I)I: it is native (no bytecode to put"
                + " probes in)"), said);
    }

    @Test
    void reasons_that_tell_nothing_new_are_not_warned_about() {
        for (SkipReason r : SkipReason.values()) log.skip(r, "demo.X.y");
        List<String> quiet = List.of(SkipReason.ABSTRACT, SkipReason.BRIDGE, SkipReason.MODULE_INFO).stream()
                .map(SkipReason::text).toList();
        assertEquals(SkipReason.values().length - quiet.size(), said.size());
        for (String line : said) assertTrue(quiet.stream().noneMatch(line::endsWith), line);
    }

    /** An abstract class with a native {@code hash(I)I}, an abstract {@code area()I} and a plain {@code one()I}. */
    private static byte[] nativeAndAbstract() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "demo/N", null, "java/lang/Object", null);
        cw.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, "hash", "(I)I", null, null).visitEnd();
        cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "area", "()I", null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "one", "()I", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static MethodNode method(byte[] cls, String name) {
        ClassNode cn = new ClassNode();
        new ClassReader(cls).accept(cn, ClassReader.EXPAND_FRAMES);
        return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
    }

    /** @return whether the method calls into a class whose name starts with {@code ownerPrefix} */
    private static boolean calls(byte[] cls, String name, String ownerPrefix) {
        for (AbstractInsnNode n : method(cls, name).instructions) {
            if (n instanceof MethodInsnNode m && m.owner.startsWith(ownerPrefix)) return true;
        }
        return false;
    }

    /** ASM's own verifier (types and stack heights per instruction) finds nothing wrong. */
    private static void verifies(byte[] cls) {
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(cls), false, new PrintWriter(problems));
        assertEquals("", problems.toString());
    }
}
