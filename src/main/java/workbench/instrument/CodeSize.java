package workbench.instrument;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

/**
 * Whether a method still fits the JVM's limit of 65,535 bytes of code once the line mode's probes are in it, told
 * before any table is registered for it: a table registered for a method that then has to be left out would show
 * as a function that never ran.
 */
final class CodeSize {

    /** The JVM's limit on a method's code. */
    static final int LIMIT = 65_535;
    /** The most one line probe takes: a wide load, a push, the count or call, and a trampoline's jump back. */
    private static final int PER_PROBE = 17;
    /** The most one exit call before a return takes. */
    private static final int PER_RETURN = 7;
    /** The prologue and the catch-all handler. */
    private static final int FIXED = 48;
    /** No instruction but a switch takes more bytes. */
    private static final int LONGEST_INSN = 6;

    private CodeSize() {
    }

    /**
     * @param m a method, not yet instrumented
     * @return whether it surely fits with a probe at every line, jump target and handler
     */
    static boolean fitsWithLineProbes(MethodNode m) {
        int places = m.tryCatchBlocks.size() + 1;
        int returns = 0;
        boolean switches = false;
        for (AbstractInsnNode n : m.instructions) {
            int op = n.getOpcode();
            if (n instanceof LineNumberNode || n instanceof JumpInsnNode) places++;
            if (n instanceof TableSwitchInsnNode || n instanceof LookupSwitchInsnNode) switches = true;
            if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) returns++;
            if (n instanceof TableSwitchInsnNode t) places += t.labels.size() + 1;
            if (n instanceof LookupSwitchInsnNode l) places += l.labels.size() + 1;
        }
        int added = places * PER_PROBE + returns * PER_RETURN + FIXED;
        if (!switches && m.instructions.size() * LONGEST_INSN + added <= LIMIT) return true;
        return measure(m) + added <= LIMIT;
    }

    /** @return the method's code size as ASM writes it (a bound: the class around it adds a little) */
    private static int measure(MethodNode m) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, "CodeSize", null, "java/lang/Object", null);
        m.accept(cw);
        cw.visitEnd();
        return cw.toByteArray().length;
    }
}
