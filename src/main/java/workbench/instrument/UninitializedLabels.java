package workbench.instrument;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Keeps the stack map frames' uninitialised types pointing at their {@code NEW} instructions.
 *
 * <p>A frame names an object that is allocated but not yet constructed by the offset of its {@code NEW}; the tree
 * API holds that as the label in front of the {@code NEW}. A probe inserted before the {@code NEW} (a line that
 * starts with {@code new Env<>(...)}, say) lands after that label, which then points at the probe, and the JVM
 * refuses the class ({@code ClassFormatError: bad offset for Uninitialized}). Remember each such label's
 * {@code NEW} before inserting, and afterwards give every {@code NEW} that lost its label a fresh one right in
 * front of it, in every frame.
 */
final class UninitializedLabels {

    private final Map<LabelNode, AbstractInsnNode> news = new IdentityHashMap<>();

    /** @param m the method, read with expanded frames, before any probe goes in */
    UninitializedLabels(MethodNode m) {
        for (AbstractInsnNode n : m.instructions) {
            if (n instanceof FrameNode f) {
                collect(f.local);
                collect(f.stack);
            }
        }
    }

    private void collect(List<Object> types) {
        if (types == null) return;
        for (Object t : types) {
            if (t instanceof LabelNode l && !news.containsKey(l)) news.put(l, next(l));
        }
    }

    /** @param m the same method, with its probes in: every frame's uninitialised type labels its NEW again */
    void restore(MethodNode m) {
        Map<Object, Object> moved = new IdentityHashMap<>();
        for (Map.Entry<LabelNode, AbstractInsnNode> e : news.entrySet()) {
            AbstractInsnNode alloc = e.getValue();
            if (alloc == null || next(e.getKey()) == alloc) continue;
            LabelNode fresh = new LabelNode();
            m.instructions.insertBefore(alloc, fresh);
            moved.put(e.getKey(), fresh);
        }
        if (moved.isEmpty()) return;
        for (AbstractInsnNode n : m.instructions) {
            if (n instanceof FrameNode f) {
                if (f.local != null) f.local.replaceAll(t -> moved.getOrDefault(t, t));
                if (f.stack != null) f.stack.replaceAll(t -> moved.getOrDefault(t, t));
            }
        }
    }

    /** @return the first real instruction at or after a node (labels, line numbers and frames skipped) */
    private static AbstractInsnNode next(AbstractInsnNode n) {
        while (n != null && n.getOpcode() < 0) n = n.getNext();
        return n;
    }
}
