package workbench.instrument;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adds a call of {@code workbench.agent.rt.Baseline.runStarts()} at the start of the warm-up boundary's method
 * ({@link WarmupBoundary}). It runs on the class the trace rewriter has already rewritten, so the call comes before
 * the method's enter probe: the baseline is taken before the first measured run is counted. The call takes and
 * leaves nothing on the stack and has no branch, and it precedes every label of the method (the rewritten method
 * starts with its probe, never with a jump target): the stack map frames stay as they are.
 */
public final class BoundaryInstrumenter {

    /** The runtime's baseline, an internal name. */
    public static final String BASELINE = "workbench/agent/rt/Baseline";

    private BoundaryInstrumenter() {
    }

    /**
     * @param classBytes a class file, its probes in place
     * @param boundary   the method whose calls start the runs
     * @return the class with the call at the start of every overload of the method, or {@code null} when the class
     *         has none of them
     */
    public static byte[] instrument(byte[] classBytes, WarmupBoundary boundary) {
        ClassReader reader = new ClassReader(classBytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] marked = {false};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (!name.equals(boundary.at().method()) || (access & Opcodes.ACC_ABSTRACT) != 0
                        || (access & Opcodes.ACC_NATIVE) != 0) {
                    return mv;
                }
                marked[0] = true;
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitCode() {
                        super.visitCode();
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, BASELINE, "runStarts", "()V", false); // Stack[0]
                    }
                };
            }
        }, 0);
        return marked[0] ? writer.toByteArray() : null;
    }
}
