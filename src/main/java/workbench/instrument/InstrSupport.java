package workbench.instrument;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;

/** Bytecode helpers the rewriters share (as JaCoCo's {@code InstrSupport}). */
final class InstrSupport {

    private InstrSupport() {
    }

    /**
     * @param value an int constant (a probe id, a slot)
     * @return the shortest instruction that pushes it: {@code ICONST_n}, {@code BIPUSH}, {@code SIPUSH} or {@code LDC}
     */
    static AbstractInsnNode push(int value) {
        if (value >= -1 && value <= 5) return new InsnNode(Opcodes.ICONST_0 + value);
        if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) return new IntInsnNode(Opcodes.BIPUSH, value);
        if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) return new IntInsnNode(Opcodes.SIPUSH, value);
        return new LdcInsnNode(value);
    }
}
