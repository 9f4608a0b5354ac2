package workbench.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Writes the class files of {@code demo.safety.Generated} that javac 17 cannot make: built with ASM, plus a class
 * compiled with {@code --release 25} when the tests run on JDK 25 or later.
 */
public final class SafetyClasses {

    /** Statements in {@code Huge.huge}: about 50 KB of code, past 64 KB once every call and line gets a probe. */
    static final int HUGE_STATEMENTS = 5500;

    private SafetyClasses() {
    }

    /**
     * @param dir a fresh directory, to go on the target's class path
     * @return the directory
     */
    static Path write(Path dir) throws IOException {
        Path gen = Files.createDirectories(dir.resolve("demo/gen"));
        Files.write(gen.resolve("Huge.class"), huge());
        Files.write(gen.resolve("Old49.class"), old49());
        Files.write(gen.resolve("PreSuper.class"), preSuper());
        if (Runtime.version().feature() >= 25) compileModern(dir);
        return dir;
    }

    /** {@code huge(x)}: x = abs(x - k % 1000) for k = 0..5499, one line each; {@code small(x)}: x + 1. */
    public static byte[] huge() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "demo/gen/Huge", null, "java/lang/Object", null);
        cw.visitSource("Huge.java", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "huge", "(I)I", null, null);
        mv.visitCode();
        for (int k = 0; k < HUGE_STATEMENTS; k++) {
            line(mv, 10 + k);
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitIntInsn(Opcodes.SIPUSH, k % 1000);
            mv.visitInsn(Opcodes.ISUB);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Math", "abs", "(I)I", false);
            mv.visitVarInsn(Opcodes.ISTORE, 0);
        }
        line(mv, 10 + HUGE_STATEMENTS);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "small", "(I)I", null, null);
        mv.visitCode();
        line(mv, 5);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** @return the expected {@code huge(x)} */
    static int hugeResult(int x) {
        for (int k = 0; k < HUGE_STATEMENTS; k++) x = Math.abs(x - k % 1000);
        return x;
    }

    /**
     * A class file of Java 5 (version 49: no stack map frames): {@code simple(x)} = x > 2 ? 2x : x, and
     * {@code withJsr(x)} = x + 10 through a jsr/ret subroutine, as javac 1.4 compiled {@code finally}.
     */
    public static byte[] old49() {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "demo/gen/Old49", null, "java/lang/Object",
                null);
        cw.visitSource("Old49.java", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "simple", "(I)I", null, null);
        mv.visitCode();
        line(mv, 3);
        Label small = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.ICONST_2);
        mv.visitJumpInsn(Opcodes.IF_ICMPLE, small);
        line(mv, 4);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.ICONST_2);
        mv.visitInsn(Opcodes.IMUL);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(small);
        line(mv, 5);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(2, 1);
        mv.visitEnd();
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "withJsr", "(I)I", null, null);
        mv.visitCode();
        Label sub = new Label();
        line(mv, 8);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitVarInsn(Opcodes.ISTORE, 1);
        mv.visitJumpInsn(Opcodes.JSR, sub);
        line(mv, 9);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(sub);
        line(mv, 10);
        mv.visitVarInsn(Opcodes.ASTORE, 2);
        mv.visitIincInsn(1, 10);
        mv.visitVarInsn(Opcodes.RET, 2);
        mv.visitMaxs(1, 3);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * {@code PreSuper(x)}: {@code if (x < 0) x = -x;} before {@code super()}, a branch on an uninitialised
     * {@code this}, then {@code value = 2x}; {@code value()} returns it.
     */
    static byte[] preSuper() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "demo/gen/PreSuper", null, "java/lang/Object",
                null);
        cw.visitSource("PreSuper.java", null);
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "value", "I", null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "(I)V", null, null);
        mv.visitCode();
        Label positive = new Label();
        line(mv, 4);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitJumpInsn(Opcodes.IFGE, positive);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitInsn(Opcodes.INEG);
        mv.visitVarInsn(Opcodes.ISTORE, 1);
        mv.visitLabel(positive);
        line(mv, 5);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        line(mv, 6);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitInsn(Opcodes.ICONST_2);
        mv.visitInsn(Opcodes.IMUL);
        mv.visitFieldInsn(Opcodes.PUTFIELD, "demo/gen/PreSuper", "value", "I");
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "value", "()I", null, null);
        mv.visitCode();
        line(mv, 9);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, "demo/gen/PreSuper", "value", "I");
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** JDK 25's flexible constructor bodies: statements before {@code super(...)}, written in source. */
    private static void compileModern(Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/demo/gen")).resolve("Modern.java");
        Files.writeString(src, String.join("\n",
                "package demo.gen;",
                "public class Modern extends Number {",
                "    private final int value;",
                "    public Modern(int x) {",
                "        if (x > 100) throw new IllegalArgumentException(\"too big\");",
                "        int doubled = x * 2;",
                "        super();",
                "        this.value = doubled + 1;",
                "    }",
                "    public int value() { return value; }",
                "    public int intValue() { return value; }",
                "    public long longValue() { return value; }",
                "    public float floatValue() { return value; }",
                "    public double doubleValue() { return value; }",
                "}", ""));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "--release", "25", "-d", dir.toString(), src.toString());
        if (code != 0) throw new IOException("javac --release 25 failed with " + code);
    }

    private static void line(MethodVisitor mv, int line) {
        Label l = new Label();
        mv.visitLabel(l);
        mv.visitLineNumber(line, l);
    }

    /** @return the class path entries the safety program needs: the test classes and the generated ones */
    static List<Path> classPath(Path generated) {
        return List.of(TracedRun.testClasses(), generated);
    }
}
