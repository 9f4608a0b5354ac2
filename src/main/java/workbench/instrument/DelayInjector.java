package workbench.instrument;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adds a call of the runtime's busy delay ({@code workbench.agent.rt.Delay.spin(J)V}) at the entry of one method, or
 * at the first instruction of one of its lines, for {@code workbench accuracy}. The call is stack-neutral and has no
 * branch, so the class's stack map frames stay right as they are; only the maximum stack is computed again.
 *
 * <p>The trace rewriter gives no call-site row to a call into the runtime, so the delay is the method's own time
 * in every mode, as inlined code would be.
 */
public final class DelayInjector {

    /** The runtime's delay, an internal name. */
    public static final String DELAY = "workbench/agent/rt/Delay";

    private DelayInjector() {
    }

    /**
     * @param classBytes a class file
     * @param target     where the delay goes and how long
     * @return the class with the delay in every overload of the method, or {@code null} when it has none of them (or
     *         none reaches the line)
     */
    public static byte[] inject(byte[] classBytes, DelayTarget target) {
        ClassReader reader = new ClassReader(classBytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        boolean[] injected = {false};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (!name.equals(target.method()) || (access & Opcodes.ACC_ABSTRACT) != 0) return mv;
                return new DelayCall(mv, target, injected);
            }
        }, 0);
        return injected[0] ? writer.toByteArray() : null;
    }

    /** The method visitor that emits the call once, where the target says. */
    private static final class DelayCall extends MethodVisitor {

        private final DelayTarget target;
        private final boolean[] injected;
        private boolean pending;
        private boolean done;

        DelayCall(MethodVisitor mv, DelayTarget target, boolean[] injected) {
            super(Opcodes.ASM9, mv);
            this.target = target;
            this.injected = injected;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            // before any label: a loop that starts at the method's first instruction jumps back past the delay
            pending = target.line() == 0;
            emit();
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            super.visitLineNumber(line, start);
            // not here: the line's frame, if any, is visited after its line number, and must stay at the label
            if (line == target.line() && !done) pending = true;
        }

        /** Emits the call before the first instruction once it is due. */
        private void emit() {
            if (!pending) return;
            pending = false;
            done = true;
            injected[0] = true;
            super.visitLdcInsn(target.nanos());                                           // Stack[2]: J
            super.visitMethodInsn(Opcodes.INVOKESTATIC, DELAY, "spin", "(J)V", false);    // Stack[0]
        }

        @Override
        public void visitInsn(int opcode) {
            emit();
            super.visitInsn(opcode);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            emit();
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            emit();
            super.visitVarInsn(opcode, varIndex);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            emit();
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            emit();
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            emit();
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle bsm,
                                           Object... bsmArgs) {
            emit();
            super.visitInvokeDynamicInsn(name, descriptor, bsm, bsmArgs);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            emit();
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitLdcInsn(Object value) {
            emit();
            super.visitLdcInsn(value);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            emit();
            super.visitIincInsn(varIndex, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            emit();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            emit();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            emit();
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }
    }
}
