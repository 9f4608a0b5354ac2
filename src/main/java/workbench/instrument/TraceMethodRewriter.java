package workbench.instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import workbench.agent.rt.HybridThreadCounts;

/**
 * Rewrites one method for tracing:
 * <pre>
 *   ThreadTrace t = Tracer.enter(ID);            // first instruction
 *   try {                                        // from the start (constructors: after super(...))
 *       ... t.enterBuiltin(CALLEE); jdkCall(); t.exitBuiltin(K, CALLEE); ...   // calls into code not
 *                                                // instrumented, K the call's place among the method's sites
 *       catch (...) { t.unwind(ID); ... }        // every handler of the method closes what a throw left open
 *       t.exit(ID); return;
 *   } catch (Throwable x) { t.exit(ID); throw x; }
 * </pre>
 * The trace lives in a new local slot after the method's own; every existing stack map frame gets that slot
 * appended, and the catch-all handler gets a frame of its own, so no frame is ever recomputed. With
 * {@link ProbeRuntime#HYBRID} the probes call {@code HybridThreadCounts}, which only counts, and a call into code not
 * instrumented is counted inline, without a call into the runtime:
 * <pre>
 *   long[] s = t.sites[ID];                    // after the enter, in a second new slot, if it has such calls
 *   t.site = SITE; s[K]++;  jdkCall();         // K the call's place among the method's sites
 *   t.site = DIRECT;  instrumentedCall();      // also before NEW, GETSTATIC, PUTSTATIC of an instrumented
 *                                              // class, INVOKEDYNAMIC and a dynamic constant's LDC: each may
 *                                              // run instrumented code
 * </pre>
 * (see {@code HybridThreadCounts} for why). A method's call sites get consecutive ids.
 */
final class TraceMethodRewriter {

    private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
    /** The agent's runtime: calls into it are injected code, not the program's calls. */
    private static final String RUNTIME_PACKAGE = "workbench/agent/rt/";

    private final ClassNode cn;
    private final MethodNode mn;
    private final ProbeTable probes;
    private final ClassSelector selector;
    private final String tracer;
    private final String trace;
    private final boolean sites;
    private final SkipLog skips;
    private int id;
    private int slot;
    /** The hybrid's slot for the method's site counts ({@code t.sites[ID]}), -1 when it has no call to count. */
    private int siteSlot = -1;

    TraceMethodRewriter(ClassNode cn, MethodNode mn, ProbeTable probes, ClassSelector selector, ProbeRuntime runtime,
                        SkipLog skips) {
        this.cn = cn;
        this.mn = mn;
        this.probes = probes;
        this.selector = selector;
        this.tracer = runtime.entryClass;
        this.trace = runtime.threadClass;
        this.sites = runtime.countsSites;
        this.skips = skips;
    }

    /**
     * @param mn a method
     * @return why no method-level probes can go into it, whatever the mode, or {@code null} when they can
     */
    static SkipReason unfit(MethodNode mn) {
        if ((mn.access & Opcodes.ACC_NATIVE) != 0) return SkipReason.NATIVE;
        if ((mn.access & Opcodes.ACC_ABSTRACT) != 0 || mn.instructions.size() == 0) return SkipReason.ABSTRACT;
        if ((mn.access & Opcodes.ACC_BRIDGE) != 0) return SkipReason.BRIDGE;
        for (AbstractInsnNode n : mn.instructions) {
            if (n.getOpcode() == Opcodes.JSR || n.getOpcode() == Opcodes.RET) return SkipReason.SUBROUTINES;
        }
        return null;
    }

    /** @return why the method was left as it was, or {@code null} when it was rewritten */
    SkipReason rewrite() {
        SkipReason unfit = unfit(mn);
        if (unfit != null) return unfit;
        AbstractInsnNode superCall = null;
        if ("<init>".equals(mn.name)) {
            superCall = findSuperCall();
            if (superCall == null) return SkipReason.NO_SUPER_CALL;
        }
        id = probes.method(cn.name, mn.name, mn.desc, cn.sourceFile, firstLine());
        slot = mn.maxLocals;
        boolean frames = (cn.version & 0xFFFF) >= Opcodes.V1_6;

        UninitializedLabels uninitialized = new UninitializedLabels(mn);
        if (sites) {
            countCallSites(superCall);
        } else {
            probeCallSites(superCall);
        }
        uninitialized.restore(mn);
        closeAtHandlers();
        exitAtReturns();
        if (frames) appendSlotToFrames();

        LabelNode tryStart = new LabelNode();
        InsnList head = new InsnList();
        head.add(InstrSupport.push(id));                                                // Stack[1]: I
        head.add(new MethodInsnNode(Opcodes.INVOKESTATIC, tracer, "enter", "(I)L" + trace + ";", false));
        // Stack[1]: ThreadTrace
        head.add(new VarInsnNode(Opcodes.ASTORE, slot));                                // Stack[0]
        if (siteSlot >= 0) {
            head.add(new VarInsnNode(Opcodes.ALOAD, slot));                             // Stack[1]: HybridThreadCounts
            head.add(new FieldInsnNode(Opcodes.GETFIELD, trace, "sites", "[[J"));       // Stack[1]: long[][]
            head.add(InstrSupport.push(id));                                            // Stack[2]: long[][], I
            head.add(new InsnNode(Opcodes.AALOAD));                                     // Stack[1]: long[]
            head.add(new VarInsnNode(Opcodes.ASTORE, siteSlot));                        // Stack[0]
        }
        if (superCall == null) {
            head.add(tryStart);
            mn.instructions.insert(head);
        } else {
            mn.instructions.insert(head);
            mn.instructions.insert(superCall, tryStart); // a try block may not cover the uninitialised this
        }

        LabelNode tryEnd = new LabelNode();
        LabelNode handler = new LabelNode();
        InsnList tail = new InsnList();
        tail.add(tryEnd);
        tail.add(handler);
        if (frames) tail.add(handlerFrame());
        tail.add(new VarInsnNode(Opcodes.ALOAD, slot));                                 // Stack[2]: Throwable, ThreadTrace
        tail.add(InstrSupport.push(id));                                                // Stack[3]: Throwable, ThreadTrace, I
        tail.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, trace, "exit", "(I)V", false)); // Stack[1]: Throwable
        tail.add(new InsnNode(Opcodes.ATHROW));                                         // Stack[0]
        mn.instructions.add(tail);
        // Last in the table, so the method's own handlers keep precedence.
        mn.tryCatchBlocks.add(new TryCatchBlockNode(tryStart, tryEnd, handler, null));

        mn.maxLocals = siteSlot >= 0 ? siteSlot + 1 : slot + 1;
        mn.maxStack = Math.max(mn.maxStack + (sites ? 6 : 3), 3);
        return null;
    }

    /** The {@code super(...)} or {@code this(...)} call: the first {@code <init>} call not paired with a NEW. */
    private AbstractInsnNode findSuperCall() {
        int pending = 0;
        for (AbstractInsnNode n : mn.instructions) {
            if (n.getOpcode() == Opcodes.NEW) {
                pending++;
            } else if (n.getOpcode() == Opcodes.INVOKESPECIAL && "<init>".equals(((MethodInsnNode) n).name)) {
                if (pending == 0) return n;
                pending--;
            }
        }
        return null;
    }

    private int firstLine() {
        int line = Integer.MAX_VALUE;
        for (AbstractInsnNode n : mn.instructions) {
            if (n instanceof LineNumberNode ln) line = Math.min(line, ln.line);
        }
        return line == Integer.MAX_VALUE ? 0 : line;
    }

    /**
     * The timed trace's call-site probes: the callee is entered and exited around the call, as a function, and the
     * exit names the call site (its place among the method's), whose calls the runtime counts apart when it can
     * ({@code ThreadTrace.exitBuiltin}).
     */
    private void probeCallSites(AbstractInsnNode superCall) {
        List<MethodInsnNode> calls = builtinCalls(superCall);
        int[] callees = callees(calls);
        probes.sites(id, callees);
        for (int i = 0; i < callees.length; i++) {
            MethodInsnNode m = calls.get(i);
            int callee = callees[i];
            InsnList before = new InsnList();
            before.add(new VarInsnNode(Opcodes.ALOAD, slot));                           // Stack[+1]: ThreadTrace
            before.add(InstrSupport.push(callee));                                      // Stack[+2]: ThreadTrace, I
            before.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, trace, "enterBuiltin", "(I)V", false)); // Stack[+0]
            mn.instructions.insertBefore(m, before);
            InsnList after = new InsnList();
            after.add(new VarInsnNode(Opcodes.ALOAD, slot));                            // Stack[+1]: ThreadTrace
            after.add(InstrSupport.push(i));                                            // Stack[+2]: ThreadTrace, I
            after.add(InstrSupport.push(callee));                                       // Stack[+3]: ThreadTrace, I, I
            after.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, trace, "exitBuiltin", "(II)V", false)); // Stack[+0]
            mn.instructions.insert(m, after);
        }
    }

    /**
     * The hybrid probes' call sites: a call into code not instrumented is counted in the caller's bytecode, and
     * the site in flight written where {@code HybridThreadCounts.enter} reads it; before anything that may run instrumented
     * code directly, the runtime is told so.
     */
    private void countCallSites(AbstractInsnNode superCall) {
        List<AbstractInsnNode> direct = new ArrayList<>();
        for (AbstractInsnNode n : mn.instructions) {
            if (mayRunInstrumentedCode(n)) direct.add(n);
        }
        for (AbstractInsnNode n : direct) mn.instructions.insertBefore(n, setSite(HybridThreadCounts.DIRECT));
        List<MethodInsnNode> calls = builtinCalls(superCall);
        int[] callees = callees(calls);
        int first = probes.sites(id, callees);
        if (callees.length > 0) siteSlot = slot + 1;
        for (int i = 0; i < callees.length; i++) {
            InsnList before = setSite(first + i);                                       // Stack[+0]
            before.add(new VarInsnNode(Opcodes.ALOAD, siteSlot));                       // Stack[+1]: long[]
            before.add(InstrSupport.push(i));                                           // Stack[+2]: long[], I
            before.add(new InsnNode(Opcodes.DUP2));                                     // Stack[+4]: long[], I, long[], I
            before.add(new InsnNode(Opcodes.LALOAD));                                   // Stack[+4]: long[], I, J
            before.add(new InsnNode(Opcodes.LCONST_1));                                 // Stack[+6]: long[], I, J, J
            before.add(new InsnNode(Opcodes.LADD));                                     // Stack[+4]: long[], I, J
            before.add(new InsnNode(Opcodes.LASTORE));                                  // Stack[+0]
            mn.instructions.insertBefore(calls.get(i), before);
        }
    }

    /** @return each call's built-in function id */
    private int[] callees(List<MethodInsnNode> calls) {
        int[] callees = new int[calls.size()];
        for (int i = 0; i < callees.length; i++) callees[i] = probes.builtin(calls.get(i).owner, calls.get(i).name);
        return callees;
    }

    /** @return {@code t.site = value} */
    private InsnList setSite(int value) {
        InsnList set = new InsnList();
        set.add(new VarInsnNode(Opcodes.ALOAD, slot));                                  // Stack[+1]: HybridThreadCounts
        set.add(InstrSupport.push(value));                                              // Stack[+2]: HybridThreadCounts, I
        set.add(new FieldInsnNode(Opcodes.PUTFIELD, trace, "site", "I"));               // Stack[+0]
        return set;
    }

    /**
     * @return whether the instruction calls instrumented code directly, or may run an instrumented class's static
     *     initialiser (or, for INVOKEDYNAMIC and a dynamic constant, a bootstrap method) before anything else is
     *     called
     */
    private boolean mayRunInstrumentedCode(AbstractInsnNode n) {
        if (n instanceof MethodInsnNode m) return !m.owner.startsWith("[") && selector.instruments(m.owner);
        if (n.getOpcode() == Opcodes.INVOKEDYNAMIC) return true;
        if (n instanceof LdcInsnNode ldc && ldc.cst instanceof ConstantDynamic) return true;
        String owner = null;
        if (n.getOpcode() == Opcodes.NEW) owner = ((TypeInsnNode) n).desc;
        if (n.getOpcode() == Opcodes.GETSTATIC || n.getOpcode() == Opcodes.PUTSTATIC) owner = ((FieldInsnNode) n).owner;
        return owner != null && !owner.equals(cn.name) && selector.instruments(owner);
    }

    /** @return the calls into code not instrumented, warning once about a method defining hidden classes */
    private List<MethodInsnNode> builtinCalls(AbstractInsnNode superCall) {
        List<MethodInsnNode> calls = new ArrayList<>();
        for (AbstractInsnNode n : mn.instructions) {
            // a call into the runtime is ours (an injected delay): the method's own time, never a row of its own
            if (n instanceof MethodInsnNode m && n != superCall && !m.owner.startsWith("[")
                    && !m.owner.startsWith(RUNTIME_PACKAGE) && !selector.instruments(m.owner)) {
                calls.add(m);
            }
        }
        for (MethodInsnNode m : calls) {
            if (m.owner.equals(LOOKUP) && m.name.equals("defineHiddenClass")) {
                skips.skip(SkipReason.HIDDEN_CLASSES, "the hidden classes defined in "
                        + SkipLog.name(cn.name, mn.name, mn.desc));
            }
        }
        return calls;
    }

    private void closeAtHandlers() {
        Map<AbstractInsnNode, Boolean> seen = new IdentityHashMap<>();
        for (TryCatchBlockNode tcb : mn.tryCatchBlocks) {
            AbstractInsnNode first = tcb.handler;
            while (first != null && first.getOpcode() < 0) first = first.getNext();
            if (first == null || seen.put(first, Boolean.TRUE) != null) continue;
            InsnList unwind = new InsnList();
            unwind.add(new VarInsnNode(Opcodes.ALOAD, slot));                           // Stack[2]: Throwable, ThreadTrace
            unwind.add(InstrSupport.push(id));                                          // Stack[3]: Throwable, ThreadTrace, I
            unwind.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, trace, "unwind", "(I)V", false)); // Stack[1]: Throwable
            mn.instructions.insertBefore(first, unwind);
        }
    }

    private void exitAtReturns() {
        List<AbstractInsnNode> returns = new ArrayList<>();
        for (AbstractInsnNode n : mn.instructions) {
            int op = n.getOpcode();
            if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) returns.add(n);
        }
        for (AbstractInsnNode r : returns) {
            InsnList exit = new InsnList();
            exit.add(new VarInsnNode(Opcodes.ALOAD, slot));                             // Stack[+1]: ThreadTrace
            exit.add(InstrSupport.push(id));                                            // Stack[+2]: ThreadTrace, I
            exit.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, trace, "exit", "(I)V", false)); // Stack[+0]
            mn.instructions.insertBefore(r, exit);
        }
    }

    /**
     * Every frame gets the trace's slot (and the site counts' slot): they are assigned before the first instruction that
     * any frame describes.
     */
    private void appendSlotToFrames() {
        for (AbstractInsnNode n : mn.instructions) {
            if (n instanceof FrameNode f) f.local = withSlot(f.local);
        }
    }

    private FrameNode handlerFrame() {
        Object[] locals = withSlot(Collections.emptyList()).toArray();
        return new FrameNode(Opcodes.F_NEW, locals.length, locals, 1, new Object[] {"java/lang/Throwable"});
    }

    /** Pads a frame's locals with TOP up to our slot and puts the trace there. */
    private List<Object> withSlot(List<Object> locals) {
        List<Object> out = new ArrayList<>(locals == null ? List.of() : locals);
        int used = 0;
        for (Object o : out) used += (o == Opcodes.LONG || o == Opcodes.DOUBLE) ? 2 : 1;
        while (used < slot) {
            out.add(Opcodes.TOP);
            used++;
        }
        out.add(trace);
        if (siteSlot >= 0) out.add("[J");
        return out;
    }
}
