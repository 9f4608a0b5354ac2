package workbench.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import workbench.agent.rt.LineCounters;

/**
 * The line mode's instrumenter: counts, per source line, how often execution starts it (and, when timing, how
 * long it ran) in the selected methods, like line_profiler does for {@code @profile}d functions.
 *
 * <p>Each selected method is a <em>table</em>. Its lambda bodies ({@code lambda$name$N} in the same class) and its
 * local and anonymous classes (whose {@code EnclosingMethod} names it) belong to the same table, and so do their
 * own lambdas and local classes. The table covers the lines of all of them, which it learns when the selected
 * method's class is transformed by reading the local classes' bytes through {@link ClassBytes}.
 * Where the hits are counted is {@link LineStarts}' business, the code that counts them
 * {@link LineProbeInserter}'s; the counters live in {@code workbench.agent.rt.LineCounters}.
 *
 * <p>Constructors and static initializers are not instrumented (a catch-all handler cannot cover code that runs
 * before {@code super()}). What else is left out, and why, is a {@link SkipReason} said once through the
 * {@link SkipLog}: methods without line numbers, with subroutines, or too large once counted.
 */
public final class LineCounterInstrumenter {

    /** Finds the bytes of a class the loader can see, to read a local class's lines before it is loaded. */
    @FunctionalInterface
    public interface ClassBytes {
        /**
         * @param internalName e.g. {@code workbench/workload/Foo$1}
         * @return the class file, or {@code null} when it cannot be found
         */
        byte[] find(String internalName);
    }

    private record TableRef(int id, int firstLine, int span) {
    }

    private final FunctionSelector selector;
    private final boolean timed;
    private final SkipLog log;
    private final Map<String, TableRef> tables = new ConcurrentHashMap<>();

    /**
     * @param selector which methods to instrument
     * @param timed    {@code true} for {@code --timing exact}, {@code false} to count hits only
     * @param log      where what is left out is said, once each
     */
    public LineCounterInstrumenter(FunctionSelector selector, boolean timed, SkipLog log) {
        this.selector = selector;
        this.timed = timed;
        this.log = log;
    }

    /** As above, each line said once to {@code log}. */
    public LineCounterInstrumenter(FunctionSelector selector, boolean timed, Consumer<String> log) {
        this(selector, timed, new SkipLog(log));
    }

    /**
     * Instruments a class if it has selected methods or is a local class of one.
     *
     * @param bytes  the class file
     * @param lookup finds the class's local classes' bytes
     * @return the instrumented class file, or {@code null} when the class has nothing to instrument
     */
    public byte[] instrument(byte[] bytes, ClassBytes lookup) {
        ClassReader reader = ClassFiles.reader(bytes, null, log);
        if (reader == null) return null;
        Set<String> tooLarge = new HashSet<>();
        while (true) {
            byte[] out = instrument(reader, lookup, tooLarge);
            if (out != null) return out.length == 0 ? null : out;
        }
    }

    /**
     * One attempt: the rewritten class, an empty array when there is nothing to do, or {@code null} when a method
     * turned out too large and was added to {@code tooLarge} for the next attempt.
     */
    private byte[] instrument(ClassReader reader, ClassBytes lookup, Set<String> tooLarge) {
        ClassNode cn = new ClassNode();
        reader.accept(cn, ClassReader.EXPAND_FRAMES);
        Map<MethodNode, TableRef> plan = new LinkedHashMap<>();
        TableRef enclosing = cn.outerMethod == null ? null
                : tables.get(key(cn.outerClass, cn.outerMethod, cn.outerMethodDesc));
        if (enclosing != null) {
            for (MethodNode m : cn.methods) {
                if (hasCode(m)) {
                    plan.put(m, enclosing);
                    tables.put(key(cn.name, m.name, m.desc), enclosing);
                }
            }
        } else {
            planSelected(cn, lookup, plan);
        }
        boolean frames = (cn.version & 0xFFFF) >= Opcodes.V1_6;
        int done = 0;
        for (Map.Entry<MethodNode, TableRef> e : plan.entrySet()) {
            MethodNode m = e.getKey();
            String where = SkipLog.name(cn.name, m.name, m.desc);
            SkipReason unfit = tooLarge.contains(m.name + m.desc) ? SkipReason.TOO_LARGE
                    : TraceMethodRewriter.unfit(m);
            if (unfit != null) {
                log.skip(unfit, where);
            } else if (instrumentMethod(cn, m, e.getValue(), frames, where)) {
                done++;
            }
        }
        if (done == 0) return new byte[0];
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        try {
            cn.accept(cw);
            return cw.toByteArray();
        } catch (MethodTooLargeException e) {
            // that method stays as it was; the next attempt counts the rest (its table stays, with no hits)
            if (!tooLarge.add(e.getMethodName() + e.getDescriptor())) throw e;
            return null;
        }
    }

    private void planSelected(ClassNode cn, ClassBytes lookup, Map<MethodNode, TableRef> plan) {
        List<MethodNode> selected = new ArrayList<>();
        List<MethodNode> lambdas = new ArrayList<>();
        for (MethodNode m : cn.methods) {
            if (!hasCode(m)) continue;
            boolean synthetic = (m.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0;
            if (synthetic && m.name.startsWith("lambda$")) {
                lambdas.add(m);
            } else if (!synthetic && selector.matches(cn.name, m.name)) {
                selected.add(m);
            }
        }
        for (MethodNode s : selected) {
            SkipReason unfit = TraceMethodRewriter.unfit(s);
            if (unfit == null && !CodeSize.fitsWithLineProbes(s)) unfit = SkipReason.TOO_LARGE;
            if (unfit != null) {
                log.skip(unfit, SkipLog.name(cn.name, s.name, s.desc));
                continue;
            }
            TreeSet<Integer> lines = lines(s);
            if (lines.isEmpty()) {
                log.skip(SkipReason.NO_LINE_NUMBERS, SkipLog.name(cn.name, s.name, s.desc));
                continue;
            }
            List<MethodNode> mine = new ArrayList<>();
            mine.add(s);
            for (MethodNode l : lambdas) {
                if (!plan.containsKey(l) && ownsLambda(s, lines, l, selected)) mine.add(l);
            }
            List<String> names = new ArrayList<>();
            for (MethodNode m : mine) {
                lines.addAll(lines(m));
                names.add(m.name);
            }
            TableRef known = tables.get(key(cn.name, s.name, s.desc));
            if (known != null) {
                // a second attempt (a method turned out too large) or another loader's copy: the same table
                for (MethodNode m : mine) plan.put(m, known);
                continue;
            }
            localClassLines(cn, names, lookup, lines, 0);
            int first = lines.first();
            String file = cn.sourceFile == null ? display(cn.name).replaceAll("\\$.*", "") + ".java"
                    : cn.sourceFile;
            String pkg = cn.name.lastIndexOf('/') < 0 ? "" : cn.name.substring(0, cn.name.lastIndexOf('/') + 1);
            int id = LineCounters.registerTable(cn.name, s.name, s.desc, pkg + file, first,
                    lines.last() - first + 1);
            TableRef ref = new TableRef(id, first, lines.last() - first + 1);
            for (MethodNode m : mine) {
                plan.put(m, ref);
                tables.put(key(cn.name, m.name, m.desc), ref);
            }
        }
    }

    /** A lambda belongs to the selected method it is named after; among overloads, to the one around its lines. */
    private static boolean ownsLambda(MethodNode s, TreeSet<Integer> sLines, MethodNode lambda,
                                      List<MethodNode> selected) {
        if (!lambda.name.startsWith("lambda$" + s.name + "$")) return false;
        TreeSet<Integer> ll = lines(lambda);
        if (ll.isEmpty()) return false;
        for (MethodNode other : selected) {
            if (other == s || !other.name.equals(s.name)) continue;
            TreeSet<Integer> ol = lines(other);
            if (!ol.isEmpty() && ol.first() <= ll.first() && ll.first() <= ol.last()
                    && !(sLines.first() <= ll.first() && ll.first() <= sLines.last())) {
                return false;
            }
        }
        return true;
    }

    /** Adds the lines of the local classes declared in the given methods of a class, and of theirs. */
    private void localClassLines(ClassNode cn, List<String> methods, ClassBytes lookup, TreeSet<Integer> lines,
                                 int depth) {
        if (depth > 8) return;
        for (InnerClassNode ic : cn.innerClasses) {
            if (ic.outerName != null || ic.name.equals(cn.name)) continue; // member classes are not local
            byte[] b = lookup.find(ic.name);
            if (b == null) {
                log.say("line mode: cannot read local class " + display(ic.name) + "; lines outside "
                        + display(cn.name) + " may be missed");
                continue;
            }
            ClassNode local = new ClassNode();
            new ClassReader(b).accept(local, ClassReader.SKIP_FRAMES);
            if (!cn.name.equals(local.outerClass) || !methods.contains(local.outerMethod)) continue;
            List<String> names = new ArrayList<>();
            for (MethodNode m : local.methods) {
                if (!hasCode(m)) continue;
                lines.addAll(lines(m));
                names.add(m.name);
            }
            localClassLines(local, names, lookup, lines, depth + 1);
        }
    }

    /** @return whether the method got its probes */
    private boolean instrumentMethod(ClassNode cn, MethodNode m, TableRef t, boolean frames, String where) {
        LineStarts starts;
        try {
            starts = LineStarts.analyze(m);
        } catch (IllegalArgumentException e) {
            log.skip(SkipReason.FAILED, where, e.getMessage());
            return false;
        }
        if (starts.insns.isEmpty() || starts.lines[0] < 0) {
            log.skip(SkipReason.NO_FIRST_LINE, where);
            return false;
        }
        TreeSet<Integer> lines = lines(m);
        if (lines.first() < t.firstLine() || lines.last() >= t.firstLine() + t.span()) {
            log.skip(SkipReason.LINES_ELSEWHERE, where);
            return false;
        }
        int approximate = new LineProbeInserter(cn.name, m, starts, frames).insert(t.id(), t.firstLine(), timed);
        if (approximate > 0) {
            log.say("line mode: " + where + ": " + approximate + " line start(s) counted on every arrival");
        }
        LineCounters.addCodeLines(t.id(), lines.stream().mapToInt(Integer::intValue).toArray());
        return true;
    }

    /** Native methods count as having code here, so that selecting one says why it has no lines. */
    private static boolean hasCode(MethodNode m) {
        return (m.access & Opcodes.ACC_ABSTRACT) == 0 && !m.name.equals("<init>") && !m.name.equals("<clinit>");
    }

    private static TreeSet<Integer> lines(MethodNode m) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (AbstractInsnNode n : m.instructions) {
            if (n instanceof LineNumberNode) lines.add(((LineNumberNode) n).line);
        }
        return lines;
    }

    private static String key(String owner, String name, String desc) {
        return owner + "." + name + desc;
    }

    private static String display(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
