package workbench.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Finds where a method's line hits happen: the control-flow edges on which execution <em>starts a line</em>, and
 * where a probe for each must go.
 *
 * <p>The rule follows Python's line events, which line_profiler counts. Every instruction has the line of the
 * last LineNumberTable entry before it. An edge into instruction I of line L starts a line (is a hit of L) when:
 * <ol>
 * <li>it is the method's entry, or an exception handler's entry;</li>
 * <li>it comes from an instruction of another line (fall-through or jump);</li>
 * <li>it is a backward jump (or a jump to itself) from line L, so each pass of a loop written on one line is a
 * hit: {@code for (int i = 0; i < n; i++) s();} on one line gets n + 1 hits (entry, then one per jump back).
 * Exception: javac puts a {@code for} statement's update ({@code i++}) at the end of the body, on the header
 * line. When that update was itself entered from another line (the body's last line), it already counted this
 * pass, and the jump back to the condition belongs to the same hit. Precisely: the jump does not count when,
 * going back from it within its basic block over instructions of line L, one reaches an instruction after I
 * that was entered from another line, or a block start that every incoming edge enters with a hit. A multi-line
 * {@code for} header thus also gets iterations + 1 hits.</li>
 * </ol>
 * Forward jumps within a line (a {@code ?:}, {@code &&}) are not hits. Two {@code goto}s javac puts on a line
 * of their own are moved to the line they belong to (see {@link #lonelyGotos}).
 *
 * <p>When every edge into I starts a line, the probe goes just before I. Otherwise each hit edge gets its own
 * probe: after the source for a fall-through, before the jump for a {@code goto}, and for conditional jumps,
 * switches and handlers a trampoline at the method's end (probe, then {@code goto I}) that the edge is redirected
 * to. The method entry's hit is counted by the prologue.
 */
final class LineStarts {

    /** How control reaches an instruction. */
    enum Kind { ENTRY, FALL, GOTO, COND, SWITCH, HANDLER }

    /** One control-flow edge into an instruction. */
    static final class Edge {
        final Kind kind;
        final int src;
        final int tgt;
        /** The jump or switch instruction, or {@code null}. */
        final AbstractInsnNode insn;
        /** The label the jump, switch or handler names, or {@code null}. */
        final LabelNode label;
        /** The handler entry, or {@code null}. */
        final TryCatchBlockNode handler;

        Edge(Kind kind, int src, int tgt, AbstractInsnNode insn, LabelNode label, TryCatchBlockNode handler) {
            this.kind = kind;
            this.src = src;
            this.tgt = tgt;
            this.insn = insn;
            this.label = label;
            this.handler = handler;
        }
    }

    /** Where a probe goes. */
    enum Where { AT_TARGET, AFTER_SOURCE, BEFORE_GOTO, TRAMPOLINE }

    /** One probe: a hit of {@code line}, timed when the edge(s) it counts may come from another line. */
    record Probe(Where where, Edge edge, int target, int line, boolean timed) {
    }

    /** The method's instructions (labels, line numbers and frames left out), in order. */
    final List<AbstractInsnNode> insns = new ArrayList<>();
    /** Line of each instruction, or −1 before the first LineNumberTable entry. */
    final int[] lines;
    /** Probes to insert, the entry's excepted. */
    final List<Probe> probes = new ArrayList<>();
    /** Whether an instruction other than the entry jumps to the first instruction. */
    final boolean firstIsTarget;

    private final List<List<Edge>> in = new ArrayList<>();
    private final boolean[] blockStart;

    private LineStarts(MethodNode m) {
        Map<LabelNode, Integer> labelIndex = new HashMap<>();
        List<LabelNode> pending = new ArrayList<>();
        List<Integer> lineList = new ArrayList<>();
        List<Boolean> entryStarts = new ArrayList<>();
        int line = -1;
        boolean newEntry = false;
        for (AbstractInsnNode n : m.instructions) {
            if (n instanceof LabelNode) {
                pending.add((LabelNode) n);
            } else if (n instanceof LineNumberNode) {
                line = ((LineNumberNode) n).line;
                newEntry = true;
            } else if (n.getOpcode() >= 0) {
                for (LabelNode l : pending) labelIndex.put(l, insns.size());
                pending.clear();
                insns.add(n);
                lineList.add(line);
                entryStarts.add(newEntry);
                newEntry = false;
            }
        }
        int n = insns.size();
        lines = lineList.stream().mapToInt(Integer::intValue).toArray();
        lonelyGotos(m, labelIndex, entryStarts);
        blockStart = new boolean[n];
        for (int i = 0; i < n; i++) in.add(new ArrayList<>());
        if (n == 0) {
            firstIsTarget = false;
            return;
        }
        addEdge(new Edge(Kind.ENTRY, -1, 0, null, null, null));
        for (int i = 0; i < n; i++) {
            AbstractInsnNode insn = insns.get(i);
            int op = insn.getOpcode();
            if (insn instanceof JumpInsnNode) {
                if (op == Opcodes.JSR) throw new IllegalArgumentException("jsr/ret subroutines are not supported");
                JumpInsnNode j = (JumpInsnNode) insn;
                addEdge(new Edge(op == Opcodes.GOTO ? Kind.GOTO : Kind.COND, i, labelIndex.get(j.label), j, j.label,
                        null));
            } else if (insn instanceof TableSwitchInsnNode || insn instanceof LookupSwitchInsnNode) {
                for (LabelNode l : switchLabels(insn)) {
                    addEdge(new Edge(Kind.SWITCH, i, labelIndex.get(l), insn, l, null));
                }
            }
            if (fallsThrough(op)) {
                if (i + 1 < n) addEdge(new Edge(Kind.FALL, i, i + 1, null, null, null));
            } else if (i + 1 < n) {
                blockStart[i + 1] = true;
            }
            if (insn instanceof JumpInsnNode && i + 1 < n) blockStart[i + 1] = true;
        }
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            Integer h = labelIndex.get(t.handler);
            if (h != null) addEdge(new Edge(Kind.HANDLER, -1, h, null, t.handler, t));
        }
        boolean target = false;
        for (Edge e : in.get(0)) target |= e.kind != Kind.ENTRY;
        firstIsTarget = target;
        place();
    }

    /**
     * javac gives two jumps a line of their own that is no statement: the jump back of an enhanced {@code for},
     * on its closing brace, and the jump over the handlers at the end of a {@code try} block, on the try
     * statement's closing line. Python counts no hit on either, so the first takes the loop header's line and
     * the second the try block's last line. A {@code break} or {@code continue} alone on its line keeps it.
     */
    private void lonelyGotos(MethodNode m, Map<LabelNode, Integer> labelIndex, List<Boolean> entryStarts) {
        int n = insns.size();
        Set<Integer> handlers = new HashSet<>();
        for (TryCatchBlockNode t : m.tryCatchBlocks) handlers.add(labelIndex.get(t.handler));
        for (int i = 0; i < n; i++) {
            if (insns.get(i).getOpcode() != Opcodes.GOTO || !entryStarts.get(i)
                    || !(i + 1 == n || entryStarts.get(i + 1))) {
                continue;
            }
            int t = labelIndex.get(((JumpInsnNode) insns.get(i)).label);
            if (t < i && exitsTo(labelIndex, t, i, i + 1)) {
                lines[i] = lines[t];
            } else if (t > i && i > 0 && handlers.contains(i + 1)) {
                lines[i] = lines[i - 1];
            }
        }
    }

    /** Whether a conditional jump in [from, to) goes to {@code exit}: the loop's own exit test. */
    private boolean exitsTo(Map<LabelNode, Integer> labelIndex, int from, int to, int exit) {
        for (int j = from; j < to; j++) {
            AbstractInsnNode x = insns.get(j);
            if (x instanceof JumpInsnNode && x.getOpcode() != Opcodes.GOTO
                    && Integer.valueOf(exit).equals(labelIndex.get(((JumpInsnNode) x).label))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param m a method read with expanded frames
     * @return its line starts
     * @throws IllegalArgumentException when the method uses {@code jsr}
     */
    static LineStarts analyze(MethodNode m) {
        return new LineStarts(m);
    }

    static Set<LabelNode> switchLabels(AbstractInsnNode insn) {
        Set<LabelNode> labels = new LinkedHashSet<>();
        if (insn instanceof TableSwitchInsnNode) {
            labels.add(((TableSwitchInsnNode) insn).dflt);
            labels.addAll(((TableSwitchInsnNode) insn).labels);
        } else {
            labels.add(((LookupSwitchInsnNode) insn).dflt);
            labels.addAll(((LookupSwitchInsnNode) insn).labels);
        }
        return labels;
    }

    private static boolean fallsThrough(int op) {
        return op != Opcodes.GOTO && op != Opcodes.ATHROW && op != Opcodes.TABLESWITCH && op != Opcodes.LOOKUPSWITCH
                && op != Opcodes.RET && (op < Opcodes.IRETURN || op > Opcodes.RETURN);
    }

    private void addEdge(Edge e) {
        in.get(e.tgt).add(e);
        if (e.kind != Kind.FALL) blockStart[e.tgt] = true;
    }

    /** Rules 1 and 2, and rule 3 without its exception. */
    private boolean basicHit(Edge e) {
        int lt = lines[e.tgt];
        if (lt < 0) return false;
        switch (e.kind) {
            case ENTRY:
            case HANDLER:
                return true;
            case FALL:
                return lines[e.src] != lt;
            default:
                return lines[e.src] != lt || e.tgt <= e.src;
        }
    }

    private boolean hit(Edge e) {
        if (!basicHit(e)) return false;
        if (e.kind == Kind.ENTRY || e.kind == Kind.HANDLER || e.kind == Kind.FALL) return true;
        int lt = lines[e.tgt];
        if (lines[e.src] != lt) return true;
        // a backward jump within line lt: the for-update exception of rule 3
        int x = e.src;
        while (x > 0 && !blockStart[x] && lines[x - 1] == lt) x--;
        if (x <= e.tgt) return true;
        if (!blockStart[x]) return false; // x was entered from another line: that was this pass's hit
        List<Edge> into = in.get(x);
        for (Edge f : into) {
            if (!basicHit(f)) return true;
        }
        return into.isEmpty();
    }

    private void place() {
        for (int t = 0; t < insns.size(); t++) {
            List<Edge> all = in.get(t);
            List<Edge> hits = new ArrayList<>();
            boolean entry = false;
            for (Edge e : all) {
                if (hit(e)) hits.add(e);
                entry |= e.kind == Kind.ENTRY;
            }
            if (hits.isEmpty()) continue;
            if (hits.size() == all.size() && !entry) {
                boolean timed = false;
                for (Edge e : hits) timed |= timed(e);
                probes.add(new Probe(Where.AT_TARGET, null, t, lines[t], timed));
                continue;
            }
            for (Edge e : hits) {
                Where w;
                switch (e.kind) {
                    case ENTRY:
                        continue;
                    case FALL:
                        w = Where.AFTER_SOURCE;
                        break;
                    case GOTO:
                        w = Where.BEFORE_GOTO;
                        break;
                    default:
                        w = Where.TRAMPOLINE;
                }
                probes.add(new Probe(w, e, t, lines[t], timed(e)));
            }
        }
    }

    /** A hit from the same line only counts; one that may come from another line also moves the timer. */
    private boolean timed(Edge e) {
        return e.src < 0 || lines[e.src] != lines[e.tgt];
    }
}
