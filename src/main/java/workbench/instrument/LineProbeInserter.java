package workbench.instrument;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;
import workbench.agent.rt.LineCounters;

/**
 * Emits one method's line probes into its tree, at the places {@link LineStarts} found.
 *
 * <p>The method gets one new local, the thread's counter array for its table, stored by a prologue that calls
 * {@code LineCounters.enter} (which also counts the entry line's hit). Every existing stack map frame is widened
 * with that local. A hit within one line is an inline {@code c[HEADER + slot]++}; a hit that may change the line is
 * {@code LineCounters.line(c, slot)} when timing, so the timer runs only where the line can change. When timing,
 * every return calls {@code LineCounters.exit(c)} and a catch-all handler around the body does the same for an
 * exception leaving the method, then rethrows it.
 */
final class LineProbeInserter {

    private static final String RT = Type.getInternalName(LineCounters.class);
    private static final String ARRAY = "[J";

    private final MethodNode m;
    private final LineStarts starts;
    private final boolean frames;
    private final int counter;

    /**
     * @param owner  internal name of the method's class
     * @param m      the method, read with expanded frames
     * @param starts its line starts
     * @param frames whether the class file carries stack map frames (version 50 and later)
     */
    LineProbeInserter(String owner, MethodNode m, LineStarts starts, boolean frames) {
        this.m = m;
        this.starts = starts;
        this.frames = frames;
        this.counter = m.maxLocals;
        m.maxLocals++;
        if (frames) addInitialFrame(owner);
    }

    /**
     * Inserts the probes.
     *
     * @param table     the table id from {@code LineCounters.registerTable}
     * @param firstLine the table's first line (slot 0)
     * @param timed     whether lines are timed
     * @return how many hits were placed approximately (a trampoline without a frame to copy), normally 0
     */
    int insert(int table, int firstLine, boolean timed) {
        UninitializedLabels uninitialized = new UninitializedLabels(m);
        widenFrames();
        List<AbstractInsnNode> insns = starts.insns;
        InsnList tail = new InsnList();
        int approximate = 0;
        List<LineStarts.Probe> probes = new ArrayList<>(starts.probes);
        // a line's own probe goes in front of a jump's probe before the same instruction: the line starts first
        probes.sort((a, b) -> Boolean.compare(a.where() != LineStarts.Where.AT_TARGET,
                b.where() != LineStarts.Where.AT_TARGET));
        for (LineStarts.Probe p : probes) {
            int slot = p.line() - firstLine;
            InsnList code = probe(slot, timed && p.timed());
            switch (p.where()) {
                case AT_TARGET:
                    m.instructions.insertBefore(insns.get(p.target()), code);
                    break;
                case AFTER_SOURCE:
                    m.instructions.insert(insns.get(p.edge().src), code);
                    break;
                case BEFORE_GOTO:
                    m.instructions.insertBefore(p.edge().insn, code);
                    break;
                default:
                    FrameNode f = frameBefore(insns.get(p.target()));
                    if (frames && f == null) {
                        m.instructions.insertBefore(insns.get(p.target()), code);
                        approximate++;
                        break;
                    }
                    LabelNode trampoline = new LabelNode();
                    tail.add(trampoline);
                    if (f != null) tail.add(new FrameNode(Opcodes.F_NEW, f.local.size(), f.local.toArray(),
                            f.stack.size(), f.stack.toArray()));
                    tail.add(code);
                    tail.add(new JumpInsnNode(Opcodes.GOTO, p.edge().label)); // back to the edge's target
                    redirect(p.edge(), trampoline);
            }
        }
        InsnList prologue = new InsnList();
        prologue.add(InstrSupport.push(table));                          // Stack[1]: I
        prologue.add(InstrSupport.push(starts.lines[0] - firstLine));    // Stack[2]: I I
        prologue.add(new MethodInsnNode(Opcodes.INVOKESTATIC, RT, timed ? "enterTimed" : "enter", "(II)[J"));
        prologue.add(new VarInsnNode(Opcodes.ASTORE, counter));          // Stack[0]
        if (timed) addExits(prologue);
        m.instructions.insert(prologue);
        m.instructions.add(tail);
        uninitialized.restore(m);
        return approximate;
    }

    /** Calls {@code exit} before every return, and from a catch-all handler that rethrows. */
    private void addExits(InsnList prologue) {
        for (AbstractInsnNode insn : starts.insns) {
            int op = insn.getOpcode();
            if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) m.instructions.insertBefore(insn, exit());
        }
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        prologue.add(start);
        m.instructions.add(end);
        m.instructions.add(handler);
        if (frames) {
            Object[] locals = new Object[counter + 1];
            java.util.Arrays.fill(locals, Opcodes.TOP);
            locals[counter] = ARRAY;
            m.instructions.add(new FrameNode(Opcodes.F_NEW, locals.length, locals, 1,
                    new Object[] {"java/lang/Throwable"}));
        }
        m.instructions.add(exit());                                      // Stack[1]: Throwable
        m.instructions.add(new InsnNode(Opcodes.ATHROW));                // Stack[0]
        m.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null)); // last: inner handlers come first
    }

    private InsnList exit() {
        InsnList code = new InsnList();
        code.add(new VarInsnNode(Opcodes.ALOAD, counter));               // Stack[+1]: [J
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, RT, "exit", "([J)V")); // Stack[+0]
        return code;
    }

    private InsnList probe(int slot, boolean timedHit) {
        InsnList code = new InsnList();
        code.add(new VarInsnNode(Opcodes.ALOAD, counter));               // Stack[+1]: [J
        if (timedHit) {
            code.add(InstrSupport.push(slot));                           // Stack[+2]: [J I
            code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, RT, "line", "([JI)V")); // Stack[+0]
        } else {
            code.add(InstrSupport.push(LineCounters.HEADER + slot));     // Stack[+2]: [J I
            code.add(new InsnNode(Opcodes.DUP2));                        // Stack[+4]: [J I [J I
            code.add(new InsnNode(Opcodes.LALOAD));                      // Stack[+4]: [J I J
            code.add(new InsnNode(Opcodes.LCONST_1));                    // Stack[+6]: [J I J J
            code.add(new InsnNode(Opcodes.LADD));                        // Stack[+4]: [J I J
            code.add(new InsnNode(Opcodes.LASTORE));                     // Stack[+0]
        }
        return code;
    }


    /** Points one edge (a conditional jump, one switch target, a handler) at a trampoline. */
    private static void redirect(LineStarts.Edge e, LabelNode to) {
        switch (e.kind) {
            case COND:
                ((JumpInsnNode) e.insn).label = to;
                break;
            case SWITCH:
                if (e.insn instanceof TableSwitchInsnNode) {
                    TableSwitchInsnNode s = (TableSwitchInsnNode) e.insn;
                    if (s.dflt == e.label) s.dflt = to;
                    s.labels.replaceAll(l -> l == e.label ? to : l);
                } else {
                    LookupSwitchInsnNode s = (LookupSwitchInsnNode) e.insn;
                    if (s.dflt == e.label) s.dflt = to;
                    s.labels.replaceAll(l -> l == e.label ? to : l);
                }
                break;
            default:
                e.handler.handler = to;
        }
    }

    /** Adds the counter local to every frame: frames list the locals, so an unlisted one would become TOP. */
    private void widenFrames() {
        for (AbstractInsnNode n : m.instructions) {
            if (n instanceof FrameNode) {
                FrameNode f = (FrameNode) n;
                if (f.type != Opcodes.F_NEW) throw new IllegalStateException("frames must be read expanded");
                f.local = withCounter(f.local);
            }
        }
    }

    private List<Object> withCounter(List<Object> locals) {
        List<Object> out = new ArrayList<>(locals);
        int slots = 0;
        for (Object o : locals) slots += o == Opcodes.LONG || o == Opcodes.DOUBLE ? 2 : 1;
        for (; slots < counter; slots++) out.add(Opcodes.TOP);
        out.add(ARRAY);
        return out;
    }

    /**
     * The first instruction no longer starts the method once the prologue is in front of it; if something jumps
     * to it, it needs the frame the JVM used to imply (this and the parameters).
     */
    private void addInitialFrame(String owner) {
        AbstractInsnNode first = starts.insns.isEmpty() ? null : starts.insns.get(0);
        if (first == null || !starts.firstIsTarget || frameBefore(first) != null) return;
        List<Object> locals = new ArrayList<>();
        if ((m.access & Opcodes.ACC_STATIC) == 0) locals.add(owner);
        for (Type t : Type.getArgumentTypes(m.desc)) {
            switch (t.getSort()) {
                case Type.BOOLEAN: case Type.CHAR: case Type.BYTE: case Type.SHORT: case Type.INT:
                    locals.add(Opcodes.INTEGER);
                    break;
                case Type.FLOAT:
                    locals.add(Opcodes.FLOAT);
                    break;
                case Type.LONG:
                    locals.add(Opcodes.LONG);
                    break;
                case Type.DOUBLE:
                    locals.add(Opcodes.DOUBLE);
                    break;
                case Type.ARRAY:
                    locals.add(t.getDescriptor());
                    break;
                default:
                    locals.add(t.getInternalName());
            }
        }
        m.instructions.insertBefore(first, new FrameNode(Opcodes.F_NEW, locals.size(), locals.toArray(), 0,
                new Object[0]));
    }

    private static FrameNode frameBefore(AbstractInsnNode insn) {
        for (AbstractInsnNode n = insn.getPrevious(); n != null && n.getOpcode() < 0; n = n.getPrevious()) {
            if (n instanceof FrameNode) return (FrameNode) n;
        }
        return null;
    }
}
